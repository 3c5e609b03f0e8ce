import SwiftSyntax

extension Lowerer {
    /// `value.method(args)`, `Type.staticMethod(args)`, mutating methods on variables, native methods.
    func methodCall(_ m: MemberAccessExprSyntax, _ args: [CallArgument], _ e: FunctionCallExprSyntax,
                    expected: StaticType? = nil) throws -> Typed {
        guard let baseExpr = m.base else { throw unsupported("an implicit member call", m) }
        let name = m.declName.baseName.text
        if baseExpr.is(SuperExprSyntax.self) { return try superCall(m, args, e) }
        if name == "Scalar", baseExpr.as(DeclReferenceExprSyntax.self)?.baseName.text == "Unicode", scope.lookup("Unicode") == nil,
            let impl = Conversions.conversion("UnicodeScalar") {
            return try conversionCall("UnicodeScalar", impl, args, e, expected: expected)  // `Unicode.Scalar(99)`
        }
        if let module = baseExpr.as(DeclReferenceExprSyntax.self)?.baseName.text, ModuleQualifiers.modules.contains(module),
            scope.lookup(module) == nil, rt.nativeTypes[module] == nil {
            return try qualifiedGlobalCall(module, name, args, e, nameNode: m.declName, expected: expected)
        }
        if let outer = typeExpression(baseExpr) {
            // `Outer.Inner(…)`, `Outer.Inner.make(…)`.
            if let nested = memberType(outer, name) { return try constructionCall(nested, args, e) }
            // (A bare name in scope is a type variable, handled below; one that is not is a nested type: `E.bad(1)`.)
            if baseExpr.as(DeclReferenceExprSyntax.self).map({ scope.lookup($0.baseName.text) == nil }) ?? true {
                if let made = try enumCaseCall(outer, name, args, e, nameNode: m.declName) { return made }
                guard let method = outer.staticMethod(name, for: args) else { throw fail("type '\(outer.name)' has no member '\(name)'", m.declName) }
                return try invoke(method, receiver: nil, args, e)
            }
        }
        if let ref = baseExpr.as(DeclReferenceExprSyntax.self), scope.lookup(ref.baseName.text) == nil,
            let type = rt.nativeTypes[ref.baseName.text] {
            guard let method = type.staticMethods[name] else {
                throw fail("type '\(type.name)' has no member '\(name)'", m.declName)
            }
            return try nativeCall(method, args, e, type: .unknown)
        }
        if name != "init", let dynamic = try dynamicSelfMember(baseExpr, name, args, e) { return dynamic }
        if name != "init", let dynamic = try protocolSelfMember(baseExpr, name, args, e) { return dynamic }
        if let member = try typeParameterMember(baseExpr, name, args, e) { return member }
        if let type = try selfTypeReference(baseExpr) ?? metatypeReference(baseExpr) {
            if name == "init" { return try constructionCall(type, args, e) }  // `Point.init(x: 1, y: 2)`
            if let made = try enumCaseCall(type, name, args, e, nameNode: m.declName) { return made }
            guard let method = type.staticMethod(name, for: args) else {
                throw fail("type '\(type.name)' has no member '\(name)'", m.declName)
            }
            return try invoke(method, receiver: nil, args, e)
        }
        if name == "init", let ref = baseExpr.as(DeclReferenceExprSyntax.self), ref.baseName.tokenKind == .keyword(.self),
            let (depth, binding) = scope.lookup("self"), case .nominal(let type) = binding.type {
            // `self.init(...)` in an initializer: another initializer makes the whole value.
            guard binding.mutable else { throw fail("'self.init' can only be called inside an initializer", m) }
            if type.isClass {
                // A convenience initializer delegates to another initializer of the same instance.
                return try delegatingInitializerCall(type, receiver: read(depth: depth, slot: binding.slot, type: binding.type).code, args, e,
                                                     dispatch: true)
            }
            let value = try initializerCall(type, args, e).code
            let locate = slotLocator(depth, binding.slot)
            return Typed(.void) { f in
                let made = try value(f)
                locate(f).pointee = made
                return .void
            }
        }
        if name == "random", let ref = baseExpr.as(DeclReferenceExprSyntax.self), scope.lookup(ref.baseName.text) == nil,
            let random = try randomValueCall(ref.baseName.text, args, e) {
            return random
        }
        if let mutation = try builtinExtensionMutatingCall(baseExpr, name, args, e, nameNode: m.declName) { return mutation }
        if let mutation = try mutatingCall(m, args, e) { return mutation }
        if let literal = try literalReceiverCall(baseExpr, name, args, e, nameNode: m.declName, expected: expected) { return literal }
        var receiver = try lower(baseExpr)
        if case .tuple(let types, let labels) = receiver.type, let index = Int(name) ?? labels?.firstIndex(of: name),
            types.indices.contains(index) {
            // `counter.inc(1)`, `pair.0(2)`: a closure held in a tuple element, called.
            return try dynamicCall(try memberAccess(m, expected: nil), args, e)
        }
        if case .nominal(let type) = receiver.type {
            // A declared sequence has the methods of every `Sequence` (`map`, `filter`, `reduce`, …).
            guard type.methods[name] == nil, type.computed[name] == nil, type.fieldIndex[name] == nil,
                let walk = declaredSequence(type), Methods.method(name) != nil else {
                return try structMethodCall(baseExpr, type, name, args, e, nameNode: m.declName)
            }
            if let search = try sequenceSearch(name, receiver, walk, args, e) { return search }
            receiver = sequenceElements(receiver, walk, baseExpr)
        }
        return try valueMethodCall(receiver, name, args, e, nameNode: m.declName, expected: expected)
    }

    /// The type a variable naming a type refers to (`Point` in `Point.make()`), or nil.
    func metatypeReference(_ e: ExprSyntax) -> NominalType? {
        guard let ref = e.as(DeclReferenceExprSyntax.self), case .metatype(let type)? = scope.lookup(ref.baseName.text)?.binding.type else {
            return nil
        }
        return type
    }

    /// `receiver.name(args)` on a value of a built-in or native type: a method an extension added,
    /// else the standard library's.
    func valueMethodCall(_ receiver: Typed, _ name: String, _ args: [CallArgument], _ e: FunctionCallExprSyntax,
                         nameNode: DeclReferenceExprSyntax, expected: StaticType? = nil) throws -> Typed {
        if let call = try builtinExtensionCall(receiver, name, args, e) { return call }
        if let call = try reduceIntoCall(receiver, name, args, e) { return call }
        if let call = try optionalMapCall(receiver, name, args, e) { return call }
        // The standard library's methods that take closures (`map`, `filter`, `sorted(by:)`, …) rethrow.
        if !receiver.type.isVague, !receiver.type.isNative { try checkRethrowingCall(args, e) }
        let element = receiver.type.elementType
        var lowered: [Typed] = []
        for (i, a) in args.enumerated() {
            var expectation = receiver.type.isNumeric ? receiver.type : argumentExpectation(name, i, a.label, element, result: expected)
            if name == "reduce", i == 1, let initial = lowered.first, initial.type.isAccumulatorType {
                // `reduce(Acc()) { $0.adding($1) }`, `reduce((lo: 0, hi: 0)) { ($0.lo + $1, …) }`: the
                // accumulator has the initial value's type (labels included).
                expectation = .function([initial.type, element], initial.type)
            }
            lowered.append(try lower(a.expr, expected: expectation))
        }
        // `shapes.reduce(0) { $0 + $1.area() }`: Swift makes a literal start a Double when the closure adds
        // Doubles to it, so the closure is tried with a Double accumulator (a type error keeps the Int).
        if name == "reduce", lowered.count == 2, lowered[0].type == .int, isNumericLiteral(args[0].expr),
            args[1].expr.is(ClosureExprSyntax.self),
            let asDouble = try? lower(args[1].expr, expected: .function([.double, element], .unknown)),
            case .function(_, .double) = asDouble.type {
            lowered = [try lower(args[0].expr, expected: .double), asDouble]
        }
        let position = pos(e)
        if receiver.type == .double, let unboxed = unboxedDoubleMethod(name, receiver, args, lowered, position) { return unboxed }
        let rt = self.rt
        let codes = lowered.map { CodeBox(run: $0.code) }, labels = args.map(\.label)
        let impl = Methods.method(name)
        if impl == nil, !receiver.type.isVague {
            throw fail("value of type '\(receiver.type.name)' has no member '\(name)'", nameNode)
        }
        let type = receiver.type.isVague && receiver.type != .unknown
            ? StaticType.unknown : methodResultType(name, receiver.type, lowered.map(\.type),
                                                    operatorArgument: args.first.map { isOperatorReference($0.expr) } ?? false)
        let base = receiver.code
        let resultLabels: [String?]? = if case .tuple(_, let labels) = type { labels } else { nil }
        return Typed(type) { f in
            let r = try base(f)
            if case .native(let object) = r {
                // Native receivers take labelled arguments, built directly.
                var arguments: [NativeArgument] = []
                arguments.reserveCapacity(codes.count)
                for (code, label) in zip(codes, labels) { arguments.append(NativeArgument(label: label, value: try code.run(f))) }
                return try at(position) { try object.callMethod(name, arguments, context: rt.nativeContext) }
            }
            var values: [Value] = []
            values.reserveCapacity(codes.count)
            for c in codes { values.append(try c.run(f)) }
            let result = try at(position) {
                guard let impl else { throw Properties.noMember(r, name) }
                return try impl(r, values, rt)
            }
            // `reduce((lo: 0, hi: 0)) { ($0.lo + $1, …) }`: the closure's tuple takes the result type's labels.
            if let resultLabels, case .tuple(var t) = result, t.labels == nil, t.elements.count == resultLabels.count {
                t.labels = resultLabels
                return .tuple(t)
            }
            return result
        }
    }

    /// `x.squareRoot()`, `x.rounded()` and `x.truncatingRemainder(dividingBy: y)` (or `remainder`) on
    /// Doubles, computed on the plain numbers; nil for any other method or arguments.
    private func unboxedDoubleMethod(_ name: String, _ receiver: Typed, _ args: [CallArgument], _ lowered: [Typed],
                                     _ position: SourcePosition) -> Typed? {
        let x = receiver.doubleCode(position).run
        switch (name, args.map(\.label), lowered.map(\.type)) {
        case ("squareRoot", [], []): return .double { f in try x(f).squareRoot() }
        case ("rounded", [], []): return .double { f in try x(f).rounded() }
        case ("truncatingRemainder", ["dividingBy"], [.double]):
            let y = lowered[0].doubleCode(position).run
            return .double { f in try x(f).truncatingRemainder(dividingBy: try y(f)) }
        case ("remainder", ["dividingBy"], [.double]):
            let y = lowered[0].doubleCode(position).run
            return .double { f in try x(f).remainder(dividingBy: try y(f)) }
        default: return nil
        }
    }

    /// The contextual type for argument `i` of a built-in method (closure parameters get the element
    /// type; `map`'s closure result, the element type of the `result` the call's context expects).
    func argumentExpectation(_ name: String, _ i: Int, _ label: String?, _ element: StaticType,
                             result: StaticType? = nil) -> StaticType? {
        switch name {
        case "map" where label == nil:
            if case .array(let mapped)? = result { return .function([element], mapped) }
            return .function([element], .unknown)
        case "map", "filter", "compactMap", "flatMap", "forEach", "allSatisfy", "first", "firstIndex", "lastIndex", "contains",
             "removeAll":
            if label == "of" || (name == "contains" && label == nil && !element.isVague) { return element }
            return .function([element], .unknown)
        case "sorted", "sort", "min", "max": return .function([element, element], .bool)
        case "count": return .function([element], .bool)
        case "prefix" where label == "while", "drop": return .function([element], .bool)
        case "mapValues", "compactMapValues":
            // (A dictionary's element is its `(key:, value:)` pair.)
            guard case .tuple(let pair, _) = element, pair.count == 2 else { return .function([.unknown], .unknown) }
            return .function([pair[1]], .unknown)
        case "reduce":
            // (An initial value of a declared element type may be an implicit member: `reduce(.zero, +)`.)
            // (With elements of a type known only at run time, the result the context expects: `-> Double { … .reduce(0, +) }`.)
            let initial: StaticType? = if case .nominal = element { element } else if element.isNumeric { element }
                else if element.isVague, let result, result.isNumeric { result } else { nil }
            return i == 0 ? initial : .function([.unknown, element], .unknown)
        case "append", "insert": return i == 0 ? element : .int
        case "union", "intersection", "subtracting", "symmetricDifference", "isSubset", "isStrictSubset", "isSuperset",
             "isStrictSuperset", "isDisjoint", "formUnion", "formIntersection", "subtract", "formSymmetricDifference":
            return .array(element)
        case "remove", "update": return label == "at" ? .int : element
        default: return nil
        }
    }

    /// The static type of a built-in method's result.
    /// (`operatorArgument`: the first argument is an operator used as a function, `map(*)`.)
    func methodResultType(_ name: String, _ receiver: StaticType, _ args: [StaticType], operatorArgument: Bool = false) -> StaticType {
        if let type = NumberMethods.resultType(name, receiver) { return type }
        let element = receiver.elementType
        if case .set = receiver, let type = setMethodResultType(name, element: element) { return type }
        let sameArray: StaticType = receiver == .range ? .array(.int) : (receiver == .string ? .string : .array(element))
        switch name {
        case "map":
            if case .function(_, let r)? = args.first, r != .unknown { return .array(r) }
            // `zip(a, b).map(*)`: an arithmetic operator on pairs of one number type gives that type.
            if operatorArgument, case .tuple(let pair, _) = element, pair.count == 2, pair[0] == pair[1], pair[0].isNumeric {
                return .array(pair[0])
            }
            if case .function(_, let r)? = args.first { return .array(r) }
            return .array(.unknown)
        case "flatMap":
            // `rows.flatMap { $0 }`: the elements of the arrays the closure gives.
            if case .function(_, .array(let r))? = args.first { return .array(r) }
            return .array(.unknown)
        case "compactMap":
            if case .function(_, .optional(let r))? = args.first { return .array(r) }
            return .array(.unknown)
        case "filter" where receiver.isDictionary: return receiver
        case "sorted" where receiver == .string: return .array(.string)  // (a String's `sorted()` is `[Character]`)
        case "filter", "sorted", "prefix", "suffix", "dropFirst", "dropLast", "drop": return sameArray
        case "reversed": return receiver == .string ? .string : sameArray
        case "reduce": return args.first ?? .unknown
        case "contains", "allSatisfy", "hasPrefix", "hasSuffix", "isMultiple", "lexicographicallyPrecedes": return .bool
        case "first", "min", "max", "randomElement": return .optional(element)
        case "shuffled": return receiver == .string ? .array(.string) : sameArray
        case "firstIndex", "lastIndex": return .optional(.int)
        case "count": return .int
        case "joined" where args.isEmpty && element.isArray: return element
        case "joined", "uppercased", "lowercased": return .string
        case "enumerated": return .array(.tuple([.int, element], labels: ["offset", "element"]))
        case "squareRoot", "rounded", "truncatingRemainder", "remainder": return receiver
        case "split": return receiver == .string ? .array(.string) : .array(sameArray)
        case "components": return .array(.string)
        case "mapValues", "compactMapValues":
            guard case .dictionary(let key, _) = receiver else { return .unknown }
            switch args.first {
            case .function(_, .optional(let value))? where name == "compactMapValues": return .dictionary(key, value)
            case .function(_, let value)? where name == "mapValues": return .dictionary(key, value)
            default: return .dictionary(key, .unknown)
            }
        case "replacingOccurrences", "trimmingCharacters", "padding": return .string
        case "forEach": return .void
        default: return .unknown
        }
    }

    /// A built-in mutating method on an assignable receiver (`xs.append(1)`), or nil when `m` is not one.
    func mutatingCall(_ m: MemberAccessExprSyntax, _ args: [CallArgument], _ e: FunctionCallExprSyntax) throws -> Typed? {
        let name = m.declName.baseName.text
        guard let baseExpr = m.base, Properties.mutatingNames.contains(name),
            let impl = Properties.mutating(name, labels: args.map(\.label)) else { return nil }
        let receiverType = try lower(baseExpr).type
        switch receiverType {
        case .native, .nominal, .metatype: return nil
        default: break
        }
        if let ref = baseExpr.as(DeclReferenceExprSyntax.self), let (_, b) = scope.lookup(ref.baseName.text), !b.mutable {
            throw fail("cannot use mutating member on immutable value: '\(ref.baseName.text)' is a 'let' constant", baseExpr)
        }
        let target = try lvalue(baseExpr)
        let element = target.type.elementType
        let arguments = try args.enumerated().map { i, a -> Typed in
            let expected = argumentExpectation(name, i, a.label, element)
            let lowered = try lower(a.expr, expected: expected)
            if name == "append", a.label == nil, let expected, !element.isVague {
                return try coerce(lowered, to: expected, a.expr)
            }
            return lowered
        }
        let codes = arguments.map { CodeBox(run: $0.code) }
        let rt = self.rt
        let position = pos(e)
        let resultType: StaticType
        switch name {
        case _ where { if case .set = target.type { return true }; return false }():
            resultType = setMutatingResultType(name, element: element)
        case "remove", "removeLast", "removeFirst": resultType = element
        case "popLast": resultType = .optional(element)
        case "removeValue", "updateValue":
            if case .dictionary(_, let v) = target.type { resultType = .optional(v) } else { resultType = .unknown }
        default: resultType = .void
        }
        if name == "append", codes.count == 1, args[0].label == nil, target.path.isEmpty {
            // The hot path of array building: append straight into the variable's slot.
            let locate = slotLocator(target.depth, target.slot)
            @inline(__always) func append(_ value: Value, _ f: Frame) throws {
                let storage = locate(f)
                if storage.pointee.isArray {
                    try storage.pointee.withArray { $0.append(value) }
                } else {
                    _ = try at(position) { try impl(&storage.pointee, [value], rt) }
                }
            }
            if let int = arguments[0].int?.run {
                // An Int element is boxed here rather than by a wrapper around its unboxed code.
                return Typed(.void) { f in
                    try append(.int(try int(f)), f)
                    return .void
                }
            }
            let argument = codes[0].run
            return Typed(.void) { f in
                try append(try argument(f), f)
                return .void
            }
        }
        // The arguments travel to the update as one array value; the result comes back through a box
        // (read right after the synchronous update, so nested calls cannot interfere).
        let box = ResultBox()
        let update = store(target, position) { old, packed in
            guard case .array(let values) = packed else { return }
            box.value = try impl(&old, values, rt)
        }
        return Typed(resultType) { f in
            var values: [Value] = []
            values.reserveCapacity(codes.count)
            for c in codes { values.append(try c.run(f)) }
            try update(f, .array(values))
            let result = box.value
            box.value = .void
            return result
        }
    }

    /// The statement form of a mutating call.
    func lowerMutatingCall(_ call: FunctionCallExprSyntax) throws -> StmtCode? {
        guard let m = call.calledExpression.as(MemberAccessExprSyntax.self),
            let typed = try mutatingCall(m, callArguments(call), call) else { return nil }
        let code = typed.code
        return { f in
            _ = try code(f)
            return .normal
        }
    }
}

/// Carries a mutating method's result out of the in-place update.
final class ResultBox {
    var value: Value = .void
    /// The final values of the call's `inout` parameters, to write back to the caller's variables.
    var written: [Value] = []
}

extension StaticType {
    /// Whether a `reduce` closure's result takes this type from the initial value: a declared type
    /// or a labelled tuple of known element types.
    var isAccumulatorType: Bool {
        switch self {
        case .nominal: return true
        case .tuple(_, let labels): return labels != nil && !isVague
        default: return false
        }
    }
}

extension Lowerer {
    /// Whether `e` is an operator named as a function value (`+`, `*`).
    func isOperatorReference(_ e: ExprSyntax) -> Bool {
        guard let ref = e.as(DeclReferenceExprSyntax.self), case .binaryOperator = ref.baseName.tokenKind else { return false }
        return true
    }
}
