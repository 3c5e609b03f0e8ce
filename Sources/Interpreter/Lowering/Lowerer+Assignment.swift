import SwiftSyntax

/// One step from a variable to the storage an assignment changes (`xs[i]`, `d[k, default: 0]`, `t.0`, `x!`).
enum PathStep {
    case index(Code)
    /// An element of a value whose static type is an array, at an `Int` index.
    case element(IntCode)
    case defaulted(Code, Code)
    case tupleElement(Int)
    /// A stored property of a struct, by its index in declaration order.
    case field(Int)
    /// A computed property or a subscript with a setter: read through its getter, written back
    /// through its setter; the codes are the subscript's arguments (none for a property).
    case accessor(AccessorPair, [CodeBox])
    case unwrap
    /// `x?.append(1)`: continue only when the optional has a value.
    case unwrapIfPresent
}

/// The same step with its key evaluated.
enum ResolvedStep {
    case index(Value)
    case defaulted(Value, Value)
    case tupleElement(Int)
    case field(Int)
    case accessor(AccessorPair, [Value])
    case unwrap
    case unwrapIfPresent
}

/// The getter and setter of a computed property or subscript, as run-time operations on the value
/// holding it (with the subscript's arguments).
struct AccessorPair {
    let get: (Value, [Value]) throws -> Value
    let set: (inout Value, [Value], Value) throws -> Void
}

/// An assignable location: a variable slot and a path into its value.
struct LValue {
    var depth: Int
    var slot: Int
    var path: [PathStep]
    var type: StaticType
    var name: String
}

extension Lowerer {
    /// `x = e`, `x += e`, `xs[i] = e`, `d[k, default: 0] += 1`, `(a, b) = (b, a)`, `_ = e`; nil if not an assignment.
    func lowerAssignment(_ e: InfixOperatorExprSyntax) throws -> StmtCode? {
        let op: String
        if e.operator.is(AssignmentExprSyntax.self) {
            op = "="
        } else {
            op = operatorText(e.operator)
            guard ["+=", "-=", "*=", "/=", "%="].contains(op) || Self.integerCompoundAssignments.contains(op) else { return nil }
        }
        if op == "=", e.leftOperand.is(DiscardAssignmentExprSyntax.self) {
            let code = try lower(e.rightOperand).code
            return { f in
                _ = try code(f)
                return .normal
            }
        }
        if op == "=", let t = e.leftOperand.as(TupleExprSyntax.self), t.elements.count > 1 {
            if let swap = try elementTupleAssignment(t, e) { return swap }
            let targets = try t.elements.map { try lvalue($0.expression) }
            let value = try lower(e.rightOperand, expected: .tuple(targets.map(\.type), labels: nil)).code
            let stores = targets.enumerated().map { i, target in
                store(target, pos(e)) { old, tuple in old = try tupleElement(tuple, i) }
            }
            return { f in
                let tuple = try value(f)
                for s in stores { try s(f, tuple) }
                return .normal
            }
        }
        if op == "=", let initialization = try constantInitialization(e) { return initialization }
        if let native = try nativePropertyAssignment(e, op) { return native }
        if let element = try elementAssignment(e, op) { return element }
        if let entry = try dictionaryAssignment(e, op) { return entry }
        let target = try lvalue(e.leftOperand)
        let position = pos(e.operator)
        if op == "=" {
            let lowered = try coerce(lower(e.rightOperand, expected: target.type), to: target.type, e.rightOperand)
            let value = lowered.code
            if target.path.isEmpty && target.depth == 0 {
                let slot = target.slot
                if target.type == .int, lowered.type == .int, let int = lowered.int?.run {
                    return { f in
                        f.setNumber(.int(try int(f)), at: slot)
                        return .normal
                    }
                }
                if target.type == .double, lowered.type == .double, let double = lowered.double?.run {
                    return { f in
                        f.setNumber(.double(try double(f)), at: slot)
                        return .normal
                    }
                }
                return { f in
                    f.slots[slot] = try value(f)
                    return .normal
                }
            }
            if let place = placeAssignment(target, value, position) { return place }
            let s = store(target, position, replacing: true) { old, new in old = new }
            return { f in
                try s(f, try value(f))
                return .normal
            }
        }
        let binary = String(op.dropLast())
        if case .nominal(let type) = target.type {
            let candidates = Self.operatorOverloads(op, in: type.staticMethods)
            if !candidates.isEmpty {
                let operands = [e.leftOperand, e.rightOperand]
                let method = operatorOverload(candidates, operands, [Typed(target.type) { _ in .void }, try lower(e.rightOperand)])!
                return try compoundAssignment(method, target, e)
            }
            // Swift derives no `+=` from `+`; `static func +=` takes an `inout` operand.
            throw fail("binary operator '\(op)' cannot be applied to two '\(type.name)' operands", e.operator)
        }
        let rhs = try lower(e.rightOperand, expected: target.type.isNumeric ? target.type : nil)
        _ = try resultType(binary, target.type, rhs.type, e.operator)
        if Self.integerCompoundAssignments.contains(op), target.type != .int || rhs.type != .int, !target.type.isVague, !rhs.type.isVague {
            throw fail("binary operator '\(op)' cannot be applied to operands of type '\(target.type.name)' and '\(rhs.type.name)'", e.operator)
        }
        let value = rhs.code
        let rt = self.rt
        if let place = placeCompoundAssignment(target, binary, rhs, position) { return place }
        if target.path.isEmpty && target.depth == 0 && target.type == .double, let code = DoubleOpCode(binary) {
            let slot = target.slot
            if rhs.type == .double {
                let operand = rhs.doubleCode(position).run
                return { f in
                    let y = try operand(f)
                    guard case .double(let x) = f.slots[slot] else { throw RuntimeFailure.expectedDouble(f.slots[slot]) }
                    f.setNumber(.double(code.apply(x, y)), at: slot)
                    return .normal
                }
            }
            return { f in
                let r = try value(f)
                if case .double(let x) = f.slots[slot], case .double(let y) = r {
                    f.slots[slot] = .double(code.apply(x, y))
                } else {
                    f.slots[slot] = try at(position) { try Arithmetic.apply(binary, f.slots[slot], r, rt) }
                }
                return .normal
            }
        }
        if target.path.isEmpty && target.depth == 0 && target.type == .int, let code = IntOpCode(binary) {
            let slot = target.slot
            if rhs.type == .int {
                let operand = rhs.intCode(position).run
                return { f in
                    let y = try operand(f)
                    guard case .int(let x) = f.slots[slot] else { throw RuntimeFailure.expectedInt(f.slots[slot]) }
                    guard let v = code.apply(x, y) else { throw code.failure(x, y).located(at: position) }
                    f.setNumber(.int(v), at: slot)
                    return .normal
                }
            }
            return { f in
                let r = try value(f)
                if case .int(let x) = f.slots[slot], case .int(let y) = r, let v = code.apply(x, y) {
                    f.slots[slot] = .int(v)
                } else {
                    // Overflow or division by zero: Arithmetic raises Swift's trap message.
                    f.slots[slot] = try at(position) { try Arithmetic.apply(binary, f.slots[slot], r, rt) }
                }
                return .normal
            }
        }
        let s = store(target, position) { old, r in
            if binary == "+", try old.appendInPlace(r) { return }
            old = try Arithmetic.apply(binary, old, r, rt)
        }
        return { f in
            try s(f, try value(f))
            return .normal
        }
    }

    /// Code that updates the location `target` with `update(old, value)`.
    /// `replacing`: `update` ignores the old value (`x.p = v`), so a computed property's or subscript's
    /// getter is not called before its setter, as in Swift.
    func store(
        _ target: LValue, _ position: SourcePosition, replacing: Bool = false,
        _ update: @escaping (inout Value, Value) throws -> Void
    ) -> (Frame, Value) throws -> Void {
        let steps = target.path
        let locate = slotLocator(target.depth, target.slot)
        if steps.isEmpty {
            return { f, value in
                let storage = locate(f)
                var root = storage.pointee
                storage.pointee = .void  // keep the storage uniquely referenced while it is changed
                defer { storage.pointee = root }
                try at(position) { try update(&root, value) }
            }
        }
        if let place = PlacePath(target) {
            return { f, value in
                try place.withIndices(f) { indices in
                    try at(position) { try place.modify(locate(f), indices) { try update(&$0, value) } }
                }
            }
        }
        let count = steps.count
        return { f, value in
            // The evaluated steps live on the stack: a store such as `xs[i] = v` allocates nothing.
            try withUnsafeTemporaryAllocation(of: ResolvedStep.self, capacity: count) { resolved in
                var initialized = 0
                defer { resolved.baseAddress?.deinitialize(count: initialized) }
                for step in steps {
                    (resolved.baseAddress! + initialized).initialize(to: try step.resolve(f))
                    initialized += 1
                }
                let storage = locate(f)
                var root = storage.pointee
                storage.pointee = .void  // keep the storage uniquely referenced while it is changed
                defer { storage.pointee = root }
                try at(position) { try modifyPath(&root, resolved[...], replacing: replacing) { try update(&$0, value) } }
            }
        }
    }

    /// `v = e` for a `let v: T` declared without a value (Swift's deferred initialization, as in `let label:
    /// String` then `if … { label = "a" } else { label = "b" }`): stores the value once. Swift rejects a
    /// second store when compiling; here it traps with Swift's message.
    func constantInitialization(_ e: InfixOperatorExprSyntax) throws -> StmtCode? {
        guard let ref = e.leftOperand.as(DeclReferenceExprSyntax.self), scope.lookupMember(ref.baseName.text) == nil,
            let (depth, binding) = scope.lookup(ref.baseName.text), !binding.mutable, binding.mayBeUninitialized else { return nil }
        let value = try coerce(lower(e.rightOperand, expected: binding.type), to: binding.type, e.rightOperand).code
        let locate = slotLocator(depth, binding.slot), name = ref.baseName.text, position = pos(e.leftOperand)
        return { f in
            let new = try value(f)
            let slot = locate(f)
            guard case .void = slot.pointee else {
                throw RuntimeError(message: "immutable value '\(name)' may only be initialized once", position: position)
            }
            slot.pointee = new
            return .normal
        }
    }

    /// Resolves an assignment target. `throughReference`: the target is inside a class instance
    /// reached from `e`, so `e` itself need not be assignable (`let objects = [C()]; objects[0].x = 1`).
    func lvalue(_ e: ExprSyntax, throughReference: Bool = false) throws -> LValue {
        if let ref = e.as(DeclReferenceExprSyntax.self), let (_, type) = scope.lookupMember(ref.baseName.text) {
            let (_, binding, target) = try implicitSelf(ref)
            return try fieldLValue(target, type, ref.baseName.text, selfIsMutable: binding.mutable || throughReference, ref)
        }
        if let ref = e.as(DeclReferenceExprSyntax.self) {
            let name = ref.baseName.text
            guard let (depth, binding) = scope.lookup(name) else { throw cannotFind(name, e) }
            guard binding.mutable || throughReference else {
                throw fail("cannot assign to value: '\(name)' is a 'let' constant", e)
            }
            return LValue(depth: depth, slot: binding.slot, path: [], type: binding.type, name: name)
        }
        if let s = e.as(SubscriptCallExprSyntax.self) {
            var base = try lvalue(s.calledExpression, throughReference: throughReference || isClassValued(s.calledExpression))
            if case .nominal(let type) = base.type { return try subscriptLValue(base, type, s) }
            let args = Array(s.arguments)
            switch base.type {
            case .array, .unknown:
                guard args.count == 1, args[0].label == nil else { throw fail("unsupported subscript", s) }
                let index = try lower(args[0].expression, expected: .int)
                if case .array = base.type, index.type == .int {
                    base.path.append(.element(index.intCode(pos(args[0].expression))))
                } else {
                    base.path.append(.index(index.code))
                }
                base.type = base.type.elementType
            case .dictionary(let k, let v):
                guard let first = args.first, first.label == nil, args.count <= 2 else { throw fail("unsupported dictionary subscript", s) }
                let key = try lower(first.expression, expected: k).code
                if args.count == 2, args[1].label?.text == "default" {
                    base.path.append(.defaulted(key, try coerce(lower(args[1].expression, expected: v), to: v, args[1].expression).code))
                    base.type = v
                } else {
                    base.path.append(.index(key))
                    base.type = .optional(v)
                }
            default:
                throw fail("cannot assign through subscript of type '\(base.type.name)'", s)
            }
            return base
        }
        if let m = e.as(MemberAccessExprSyntax.self), let baseExpr = m.base {
            let name = m.declName.baseName.text
            if let ref = baseExpr.as(DeclReferenceExprSyntax.self), let (_, b) = scope.lookup(ref.baseName.text),
                case .metatype(let type) = b.type {
                // `Type.property = v`: a static property's global slot.
                guard let property = type.staticProperties[name] else {
                    throw fail("type '\(type.name)' has no member '\(name)'", m.declName)
                }
                guard property.mutable else { throw fail("cannot assign to property: '\(name)' is a 'let' constant", m.declName) }
                return LValue(depth: Lowerer.globalDepth, slot: property.slot, path: [], type: property.type, name: name)
            }
            if let ref = baseExpr.as(DeclReferenceExprSyntax.self), let (depth, b) = scope.lookup(ref.baseName.text),
                case .nominal(let type) = b.type, !b.mutable {
                let target = LValue(depth: depth, slot: b.slot, path: [], type: b.type, name: ref.baseName.text)
                return try fieldLValue(target, type, name, selfIsMutable: throughReference, m.declName, receiverName: ref.baseName.text)
            }
            let reference = throughReference || isClassValued(baseExpr)
            var base = try lvalue(baseExpr, throughReference: reference)
            if case .nominal(let type) = base.type {
                return try fieldLValue(base, type, name, selfIsMutable: true, m.declName)
            }
            if case .tuple(let types, let labels) = base.type {
                let index = Int(name) ?? labels?.firstIndex(of: name) ?? -1
                guard types.indices.contains(index) else {
                    throw fail("value of tuple type '\(base.type.name)' has no member '\(name)'", m.declName)
                }
                base.path.append(.tupleElement(index))
                base.type = types[index]
                return base
            }
            throw fail("cannot assign to property: '\(name)' is not assignable", m.declName)
        }
        if let u = e.as(ForceUnwrapExprSyntax.self) {
            var base = try lvalue(u.expression, throughReference: throughReference)
            base.path.append(.unwrap)
            if case .optional(let w) = base.type { base.type = w }
            return base
        }
        if let o = e.as(OptionalChainingExprSyntax.self) {
            var base = try lvalue(o.expression, throughReference: throughReference)
            base.path.append(.unwrapIfPresent)
            if case .optional(let w) = base.type { base.type = w }
            return base
        }
        throw fail("cannot assign to this expression", e)
    }
}

extension Lowerer {
    /// The stored property `name` of the struct at `base`, as an assignable location (Swift's
    /// messages when the property or the value holding it is a constant).
    func fieldLValue(_ base: LValue, _ type: NominalType, _ name: String, selfIsMutable: Bool,
                     _ node: some SyntaxProtocol, receiverName: String = "self") throws -> LValue {
        // A class instance is shared: its `var` properties change through a `let` reference too (also
        // one held as a protocol refining `AnyObject`). `let` properties are assigned only in the
        // type's initializers (where `self` is mutable).
        let inInitializer = selfIsMutable && receiverName == "self" && (type.isClass || scope.isInitializer)
        let selfIsMutable = selfIsMutable || type.isClassOrClassBound
        if type.isProtocol { return try protocolPropertyLValue(base, type, name, selfIsMutable: selfIsMutable, node, receiverName) }
        guard let index = type.fieldIndex[name] else {
            guard let getter = type.computed[name] else { throw fail("value of type '\(type.name)' has no member '\(name)'", node) }
            guard let setter = type.setters[name] else {
                throw fail("cannot assign to property: '\(name)' is a get-only property", node)
            }
            guard selfIsMutable else {
                let what = receiverName == "self" ? "'self' is immutable" : "'\(receiverName)' is a 'let' constant"
                throw fail("cannot assign to property: \(what)", node)
            }
            var target = base
            target.path.append(.accessor(accessors(getter, setter), []))
            target.type = getter.signature.result
            return target
        }
        let property = type.storedProperties[index]
        guard property.mutable || inInitializer else {
            throw fail("cannot assign to property: '\(name)' is a 'let' constant", node)
        }
        if !property.mutable, property.defaultValue != nil {
            throw fail("immutable value 'self.\(name)' may only be initialized once", node)
        }
        guard selfIsMutable else {
            let what = receiverName == "self" ? "'self' is immutable" : "'\(receiverName)' is a 'let' constant"
            throw fail("cannot assign to property: \(what)", node)
        }
        var target = base
        target.path.append(observedStep(type, index) ?? .field(index))
        target.type = property.type
        return target
    }
}

extension PathStep {
    /// The step with its key evaluated in frame `f`.
    @inline(__always)
    func resolve(_ f: Frame) throws -> ResolvedStep {
        switch self {
        case .index(let k): return .index(try k(f))
        case .element(let k): return .index(.int(try k.run(f)))
        case .defaulted(let k, let d): return .defaulted(try k(f), try d(f))
        case .tupleElement(let i): return .tupleElement(i)
        case .field(let i): return .field(i)
        case .accessor(let pair, let arguments): return .accessor(pair, try arguments.map { try $0.run(f) })
        case .unwrap: return .unwrap
        case .unwrapIfPresent: return .unwrapIfPresent
        }
    }
}

/// Applies `body` to the storage reached from `value` along `steps`, trapping like Swift on bad indices.
///
/// Each container is moved out of `value` (see `Value.withArray`) before it is changed, so it stays
/// uniquely referenced and Swift's copy-on-write changes it in place.
func modifyPath(_ value: inout Value, _ steps: Slice<UnsafeMutableBufferPointer<ResolvedStep>>, replacing: Bool = false,
                _ body: (inout Value) throws -> Void) throws {
    guard let step = steps.first else { return try body(&value) }
    let rest = steps.dropFirst()
    // (`replacing`: `body` ignores the old value, so a setter at the end of the path needs no getter call.)
    switch step {
    case .index(let key) where value.isArray:
        let i = try asInt(key)
        try value.withArray { array in
            guard i >= 0 && i < array.count else { throw RuntimeFailure.indexOutOfRange }
            try modifyPath(&array[i], rest, replacing: replacing, body)
        }
    case .index(let key) where value.isDictionary:
        try value.withDictionary { d in
            var current: Value = try d.takeValue(for: key).map { .some($0) } ?? .none
            try modifyPath(&current, rest, replacing: replacing, body)
            switch current {
            case .none: try d.remove(key)
            case .some(let v): try d.set(v, for: key)
            default: try d.set(current, for: key)
            }
        }
    case .defaulted(let key, let fallback) where value.isDictionary:
        try value.withDictionary { d in
            var current = try d.takeValue(for: key) ?? fallback
            try modifyPath(&current, rest, replacing: replacing, body)
            try d.set(current, for: key)
        }
    case .tupleElement(let i):
        guard case .tuple(var t) = value, i < t.elements.count else {
            throw RuntimeFailure("cannot assign through a value of type '\(value.typeName)'")
        }
        value = .void
        defer { value = .tuple(t) }
        try modifyPath(&t.elements[i], rest, replacing: replacing, body)
    case .field(let i):
        if case .object(let o) = value {
            // Changed in the shared instance; moved out meanwhile so it stays uniquely referenced.
            var field = o.fields[i]
            o.fields[i] = .void
            defer { o.fields[i] = field }
            return try modifyPath(&field, rest, replacing: replacing, body)
        }
        guard case .structure(var s) = value, i < s.fields.count else {
            throw RuntimeFailure("cannot assign through a value of type '\(value.typeName)'")
        }
        // Moved out, so the fields stay uniquely referenced and change in place.
        value = .void
        defer { value = .structure(s) }
        try modifyPath(&s.fields[i], rest, replacing: replacing, body)
    case .accessor(let pair, let arguments):
        var property = replacing && rest.isEmpty ? Value.void : try pair.get(value, arguments)
        try modifyPath(&property, rest, replacing: replacing, body)
        try pair.set(&value, arguments, property)
    case .unwrap, .unwrapIfPresent:
        guard case .some(var inner) = value else {
            if case .none = value {
                if case .unwrapIfPresent = step { return }
                throw RuntimeFailure.unwrapNil
            }
            throw RuntimeFailure("cannot assign through a value of type '\(value.typeName)'")
        }
        value = .void
        defer { value = .some(inner) }
        try modifyPath(&inner, rest, replacing: replacing, body)
    default:
        throw RuntimeFailure("cannot assign through a value of type '\(value.typeName)'")
    }
}
