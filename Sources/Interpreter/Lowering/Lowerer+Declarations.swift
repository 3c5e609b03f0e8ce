import SwiftSyntax

extension Lowerer {
    /// `let`/`var` with an optional annotation and initializer; tuple patterns destructure.
    func lowerVariableDecl(_ decl: VariableDeclSyntax) throws -> StmtCode {
        if let attribute = decl.attributes.first { throw unsupported("attribute '\(attribute.trimmedDescription)'", attribute) }
        if let modifier = decl.modifiers.first(where: { $0.name.text != "weak" && $0.name.text != "unowned" }) {
            throw unsupported("modifier '\(modifier.name.text)'", modifier)
        }
        let mutable = decl.bindingSpecifier.tokenKind == .keyword(.var)
        var codes: [StmtBox] = []
        for binding in decl.bindings {
            if let accessor = binding.accessorBlock { throw unsupported("a computed property", accessor) }
            let annotated = try binding.typeAnnotation.map { try resolveType($0.type) }
            var value: Typed?
            if let initializer = binding.initializer {
                let lowered = try annotatedConstruction(initializer.value, binding.typeAnnotation?.type)
                    ?? lower(initializer.value, expected: annotated)
                value = try annotated.map { try coerce(lowered, to: $0, initializer.value) } ?? lowered
            }
            for id in binding.pattern.tokens(viewMode: .sourceAccurate) where id.tokenKind.isIdentifier {
                try checkRedeclaration(id.text, id)
            }
            codes.append(StmtBox(run: try bind(binding.pattern, value: value, annotated: annotated, mutable: mutable)))
        }
        return sequence(codes)
    }

    /// Declares the names of `pattern` and stores `value` (if any) into their slots.
    func bind(_ pattern: PatternSyntax, value: Typed?, annotated: StaticType?, mutable: Bool) throws -> StmtCode {
        if let id = pattern.as(IdentifierPatternSyntax.self) {
            let type = annotated ?? value?.type ?? .unknown
            if type == .nilLiteral { throw fail("'nil' requires a contextual type", pattern) }
            if case .array(.unknown) = type, annotated == nil, value?.constant != nil {
                throw fail("empty collection literal requires an explicit type", pattern)
            }
            let slot = scope.declare(id.identifier.text, type: type, mutable: mutable, initialized: value != nil).slot
            guard let value else {
                // Uninitialized again each time the declaration runs (a `let` in a loop body is assigned once per pass).
                return { f in
                    f.slots[slot] = .void
                    return .normal
                }
            }
            // An Int or Double value is stored from its unboxed code, skipping the boxing wrapper.
            if type == .int, value.type == .int, let int = value.int?.run {
                return { f in
                    f.setNumber(.int(try int(f)), at: slot)
                    return .normal
                }
            }
            if type == .double, value.type == .double, let double = value.double?.run {
                return { f in
                    f.setNumber(.double(try double(f)), at: slot)
                    return .normal
                }
            }
            let code = value.code
            return { f in
                f.slots[slot] = try code(f)
                return .normal
            }
        }
        if pattern.is(WildcardPatternSyntax.self) {
            guard let code = value?.code else { return { _ in .normal } }
            return { f in
                _ = try code(f)
                return .normal
            }
        }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            guard let value else { throw fail("tuple pattern needs an initial value", pattern) }
            let elementTypes: [StaticType]
            if case .tuple(let types, _) = value.type {
                guard types.count == tuple.elements.count else {
                    throw fail("tuple pattern has the wrong length for tuple type '\(value.type.name)'", pattern)
                }
                elementTypes = types
            } else {
                elementTypes = Array(repeating: .unknown, count: tuple.elements.count)
            }
            var stores: [StmtBox] = []
            let scratch = scope.allocate()
            for (i, element) in tuple.elements.enumerated() {
                let read = Typed(elementTypes[i]) { f in try tupleElement(f.slots[scratch], i) }
                stores.append(StmtBox(run: try bind(element.pattern, value: read, annotated: nil, mutable: mutable)))
            }
            let all = sequence(stores)
            let position = pos(pattern)
            return { f in
                f.slots[scratch] = try value.code(f)
                return try at(position) { try all(f) }
            }
        }
        throw unsupported("this pattern", pattern)
    }

    /// Resolves a written type (`Int`, `[Double]`, `[String: Int]`, `Int?`, `(Int, String)`, `Tensor`).
    func resolveType(_ type: TypeSyntax) throws -> StaticType {
        if let id = type.as(IdentifierTypeSyntax.self) {
            let args = try id.genericArgumentClause?.arguments.map { arg -> StaticType in
                guard case .type(let t) = arg.argument else { throw unsupported("this generic argument", arg) }
                return try resolveType(t)
            } ?? []
            switch (id.name.text, args.count) {
            case ("Int", 0): return .int
            case ("Double", 0): return .double
            case ("Float", 0): return .float
            case ("Bool", 0): return .bool
            case ("String", 0), ("Character", 0), ("Substring", 0): return .string
            case ("Void", 0): return .void
            case ("Array", 1): return .array(args[0])
            case ("Optional", 1): return .optional(args[0])
            case ("Dictionary", 2): return .dictionary(args[0], args[1])
            case ("Set", 1): return .set(args[0])
            // A key path is a function value here (see docs/language.md, Deviations).
            case ("KeyPath", 2), ("WritableKeyPath", 2), ("ReferenceWritableKeyPath", 2): return .function([args[0]], args[1])
            // `let r: Range<Int> = 0..<n`, `func f(_ r: ClosedRange<Int>)`: ranges of Ints (the only ones here).
            case ("Range", 1) where args[0] == .int, ("ClosedRange", 1) where args[0] == .int: return .range
            case ("Range", 1) where args[0] == .double || args[0] == .float, ("ClosedRange", 1) where args[0] == .double || args[0] == .float:
                return Self.floatingRangeType(closed: id.name.text == "ClosedRange", float: args[0] == .float)
            // `let s: Set = [1, 2]`: the element type comes from the value.
            case ("Set", 0): return .set(.unknown)
            case ("Any", 0): return .unknown
            // Swift's `Error` as a type (`func report(_ e: Error)`, `[Error]`): any thrown value,
            // checked where it is used (see docs/language.md, Deviations).
            case ("Error", 0) where scope.lookup("Error") == nil: return .unknown
            case ("Self", 0) where scope.typeNamedSelf != nil: return .nominal(scope.typeNamedSelf!)
            case (let name, 0) where scope.typeParameter(name) != nil: return scope.typeParameter(name)!
            case (let name, 0) where scope.lookup(name) == nil && nestedType(name) != nil: return .nominal(nestedType(name)!)
            case (let name, 0) where scope.lookup(name)?.binding.type.declaredType != nil:
                return .nominal(scope.lookup(name)!.binding.type.declaredType!)
            case (let name, let count) where count > 0 && scope.lookup(name)?.binding.type.declaredType != nil:
                // A generic type of the notebook (`Stack<Int>`): its arguments are erased, as in its members.
                let declared = scope.lookup(name)!.binding.type.declaredType!
                // A protocol's primary associated types (`some Container<Int>`) are checked where used.
                if declared.isProtocol { return .nominal(declared) }
                try checkArgumentCount(declared, count, id)
                return .nominal(declared)
            case (let name, 0) where rt.nativeTypes[name] != nil: return .native(name)
            // Swift for TensorFlow's spelling `Tensor<Float>`: the scalar type is the tensor's own.
            case (let name, 1) where rt.nativeTypes[name] != nil: return .native(name)
            // A host protocol used as a type (`[Layer]`) holds any conforming value, checked when used.
            case (let name, 0) where rt.nativeProtocols[name] != nil: return .unknown
            default: throw fail("cannot find type '\(id.trimmedDescription)' in scope", type)
            }
        }
        if let composition = (type.as(SomeOrAnyTypeSyntax.self)?.constraint ?? type).as(CompositionTypeSyntax.self) {
            return try protocolComposition(composition)
        }
        if let any = type.as(SomeOrAnyTypeSyntax.self), let id = any.constraint.as(IdentifierTypeSyntax.self) {
            // (The notebook's own `protocol Layer` comes before the runtime's protocol of that name.)
            if rt.nativeProtocols[id.name.text] != nil, scope.lookup(id.name.text) == nil { return .unknown }
            if id.name.text == "Error", scope.lookup("Error") == nil { return .unknown }
            // `any P` spells out what a protocol used as a type already is here: an existential. `some P`
            // (an opaque result, or a parameter of an unnamed generic type) holds one conforming value,
            // which calls its own members as an existential does; values are never erased here.
            if scope.lookup(id.name.text)?.binding.type.declaredType?.isProtocol == true { return try resolveType(any.constraint) }
            if any.someOrAnySpecifier.tokenKind == .keyword(.some), Lowerer.standardProtocols.contains(id.name.text) {
                return .unknown
            }
        }
        // `Point.Type`, `Any.Type`: a type as a value (`MetatypeValue`), checked where it is used.
        if let m = type.as(MetatypeTypeSyntax.self), m.metatypeSpecifier.tokenKind == .keyword(.Type) {
            if m.baseType.as(IdentifierTypeSyntax.self)?.name.text != "Any" { _ = try resolveType(m.baseType) }
            return .unknown
        }
        if let a = type.as(ArrayTypeSyntax.self) { return .array(try resolveType(a.element)) }
        if let d = type.as(DictionaryTypeSyntax.self) {
            return .dictionary(try resolveType(d.key), try resolveType(d.value))
        }
        if let o = type.as(OptionalTypeSyntax.self) { return .optional(try resolveType(o.wrappedType)) }
        if let t = type.as(TupleTypeSyntax.self) {
            let types = try t.elements.map { try resolveType($0.type) }
            if types.count == 1 { return types[0] }
            let labels = t.elements.map { $0.firstName?.text }
            return .tuple(types, labels: labels.contains { $0 != nil } ? labels : nil)
        }
        if let fn = type.as(FunctionTypeSyntax.self) {
            if let a = fn.effectSpecifiers?.asyncSpecifier { throw unsupported("'async'", a) }
            let params = try fn.parameters.map { parameter in
                if let attributed = parameter.type.as(AttributedTypeSyntax.self),
                    attributed.specifiers.contains(where: { $0.trimmedDescription == "inout" }) {
                    throw unsupported("an 'inout' parameter in a function type", attributed)
                }
                return try resolveType(parameter.type)
            }
            return .function(params, try resolveType(fn.returnClause.type))
        }
        if let attributed = type.as(AttributedTypeSyntax.self) {
            if attributed.specifiers.contains(where: { $0.trimmedDescription == "inout" }) {
                throw fail("'inout' may only be used on parameters", type)
            }
            if attributed.attributes.contains(where: { $0.trimmedDescription == "@escaping" }),
                attributed.specifiers.isEmpty {
                return try resolveType(attributed.baseType)
            }
        }
        // `Unicode.Scalar`: a scalar is a one-scalar String here (see `UnicodeScalars`).
        if let m = type.as(MemberTypeSyntax.self), m.name.text == "Scalar", m.baseType.trimmedDescription == "Unicode",
            scope.lookup("Unicode") == nil { return .string }
        if let m = type.as(MemberTypeSyntax.self) {
            let base = try resolveType(m.baseType)
            if case .nominal(let outer) = base, let nested = memberType(outer, m.name.text) { return .nominal(nested) }
            if case .nominal(let outer) = base, let alias = outer.typeAliases[m.name.text] { return alias }
            // `C.Item` of a type parameter `C: Container`: whatever the argument's type uses.
            if base == .unknown, m.name.text.first?.isUppercase == true { return .unknown }
        }
        if type.is(SomeOrAnyTypeSyntax.self) { throw unsupported("'some'/'any' types", type) }
        throw unsupported("type '\(type.trimmedDescription)'", type)
    }

    /// Converts a parameter's (or an associated value's) default to its type, with swiftc's wording
    /// for a mismatch (`default argument value of type 'String' cannot be converted to type 'Int'`).
    func coerceDefaultArgument(_ value: Typed, to target: StaticType, _ node: some SyntaxProtocol) throws -> Typed {
        do {
            return try coerce(value, to: target, node)
        } catch let error as SemanticError where error.message.hasPrefix("cannot convert value of type") {
            throw fail("default argument value of type '\(value.type.name)' cannot be converted to type '\(target.name)'", node)
        }
    }

    /// Converts a lowered expression to `target`: wraps into optionals, checks assignability.
    /// `Named & Aged` (or `any Named & Aged`) as a type: a value conforming to all of them, whose
    /// members are found when used (as for `Any`; swiftc also checks each conformance before running).
    func protocolComposition(_ composition: CompositionTypeSyntax) throws -> StaticType {
        for element in composition.elements {
            if let id = element.type.as(IdentifierTypeSyntax.self), Lowerer.standardProtocols.contains(id.name.text),
                scope.lookup(id.name.text) == nil { continue }
            let part = try resolveType(element.type)
            let isProtocol = if case .nominal(let t) = part { t.isProtocol } else { part == .unknown }
            guard isProtocol else { throw fail("non-protocol, non-class type '\(element.type.trimmedDescription)' cannot be used within a protocol-constrained type", element.type) }
        }
        return .unknown
    }

    func coerce(_ value: Typed, to target: StaticType, _ node: some SyntaxProtocol) throws -> Typed {
        if value.type == target || target == .unknown { return value }
        if case .optional(let wrapped) = target {
            if value.type == .nilLiteral { return Typed(target, value.code) }
            if case .optional = value.type { return Typed(target, value.code) }
            let inner = try coerce(value, to: wrapped, node)
            let code = inner.code
            if value.type.isVague {
                return Typed(target) { f in try code(f).asOptional }
            }
            return Typed(target) { f in .some(try code(f)) }
        }
        if case .tuple(_, let labels?) = target, case .tuple = value.type, value.type.isAssignable(to: target) {
            let code = value.code
            return Typed(target) { f in
                guard case .tuple(var t) = try code(f) else { return try code(f) }
                t.labels = labels
                return .tuple(t)
            }
        }
        if value.type.isAssignable(to: target) { return Typed(target, value.code) }
        if let wrapped = try optionalTupleElements(value, to: target, node) { return wrapped }
        if value.type == .nilLiteral {
            throw fail("'nil' cannot initialize specified type '\(target.name)'", node)
        }
        if case .nominal(let p) = target, p.isProtocol {
            throw fail("value of type '\(value.type.name)' does not conform to specified type '\(p.name)'", node)
        }
        throw fail("cannot convert value of type '\(value.type.name)' to specified type '\(target.name)'", node)
    }
}

extension Lowerer {
    /// A tuple converted to a tuple type with optional elements (`let p: (String, Int?) = ("a", 1)`):
    /// each element that needs it is wrapped, as Swift converts tuples element by element. Nil when
    /// the types do not fit that way.
    func optionalTupleElements(_ value: Typed, to target: StaticType, _ node: some SyntaxProtocol) throws -> Typed? {
        guard case .tuple(let targets, let labels) = target, case .tuple(let types, _) = value.type, targets.count == types.count,
            zip(types, targets).allSatisfy({ type, target in
                if type.isAssignable(to: target) || type == .nilLiteral { return true }
                if case .optional(let w) = target { return type.isAssignable(to: w) }
                return false
            }) else { return nil }
        let wraps = zip(types, targets).map { type, target -> Bool in
            guard case .optional = target, type != .nilLiteral else { return false }
            if case .optional = type { return false }
            return !type.isVague
        }
        let code = value.code
        return Typed(target) { f in
            guard case .tuple(var t) = try code(f) else { return try code(f) }
            for (i, wrap) in wraps.enumerated() where wrap { t.elements[i] = .some(t.elements[i]) }
            if let labels { t.labels = labels }
            return .tuple(t)
        }
    }
}

/// Element `i` of a tuple value (used by destructuring).
func tupleElement(_ value: Value, _ i: Int) throws -> Value {
    guard case .tuple(let t) = value, i < t.elements.count else {
        throw RuntimeFailure("cannot destructure value of type '\(value.typeName)'")
    }
    return t.elements[i]
}

extension TokenKind {
    /// Whether the token names something (an identifier in a pattern).
    var isIdentifier: Bool {
        if case .identifier = self { return true }
        return false
    }
}
