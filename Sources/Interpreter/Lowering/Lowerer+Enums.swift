import SwiftSyntax

extension Lowerer {
    /// The protocols an enum may conform to: those of a struct, plus the ones Swift synthesises for
    /// enums (`Hashable` makes a value a dictionary key; `Comparable` orders cases by declaration).
    static let enumConformances: Set<String> = ["Equatable", "Hashable", "Comparable", "CaseIterable", "CustomStringConvertible",
                                                "CustomDebugStringConvertible", "Error",
                                                "Sequence", "IteratorProtocol", "Sendable"]

    /// The raw type an enum declares as its first inherited type, if `name` is one it may declare.
    static func rawType(_ name: String) -> StaticType? {
        switch name {
        case "Int": return .int
        case "String", "Character": return .string  // (a Character is a one-character String here)
        case "Double": return .double
        default: return nil
        }
    }

    /// Declares an enum's name as a type in the current (top-level) scope, with its raw type and
    /// conformances; its cases and members are declared with the other types' members. A nested
    /// enum's name has its enclosing types' as `prefix` (`Robot.Mode`).
    func declareEnumName(_ e: EnumDeclSyntax, prefix: String = "") throws -> NominalType {
        _ = try memberModifiers(e.modifiers, allowed: ["indirect"])
        try checkAttributes(e.attributes)
        let name = prefix + e.name.text
        try checkRedeclaration(name, e.name)
        let type = NominalType(name: name, kind: .enumeration)
        try declareGenericParameters(e.genericParameterClause, e.genericWhereClause, of: type)
        for (i, inherited) in (e.inheritanceClause?.inheritedTypes ?? []).enumerated() {
            let name = inherited.type.trimmedDescription
            if i == 0, let raw = Lowerer.rawType(name) {
                type.rawType = raw
                continue
            }
            if try declaredProtocol(inherited.type, conformedBy: type) { continue }
            guard Lowerer.enumConformances.contains(name) || rt.nativeProtocols[name] != nil else {
                throw unsupported("conformance to '\(name)'", inherited.type)
            }
            type.conformances.insert(name)
        }
        // `Hashable` and `Comparable` refine `Equatable`.
        if !type.conformances.isDisjoint(with: ["Hashable", "Comparable"]) { type.conformances.insert("Equatable") }
        scope.declare(name, type: .metatype(type), mutable: false)
        return type
    }

    /// `case a, b(Int), c(x: Double) = …`: adds the cases in order, with their raw values.
    func declareCases(_ c: EnumCaseDeclSyntax, in type: NominalType) throws {
        guard type.kind == .enumeration else { throw fail("enum 'case' is not allowed outside of an enum", c.caseKeyword) }
        _ = try memberModifiers(c.modifiers, allowed: ["indirect"])
        try checkAttributes(c.attributes)
        for element in c.elements {
            let name = element.name.text
            try checkMemberRedeclaration(name, in: type, element.name)
            if type.caseIndex[name] != nil { throw fail("invalid redeclaration of '\(name)'", element.name) }
            var labels: [String?] = [], types: [StaticType] = [], defaults: [CodeBox?] = []
            for p in element.parameterClause?.parameters ?? [] {
                labels.append(p.firstName.flatMap { $0.tokenKind == .wildcard ? nil : $0.text })
                types.append(try resolveType(p.type))
                defaults.append(p.defaultValue.map { associatedDefault($0.value, types[types.count - 1], of: type) })
            }
            if type.rawType != nil, let clause = element.parameterClause {
                throw fail("enum with raw type cannot have cases with arguments", clause)
            }
            var enumCase = EnumCase(name: name, labels: labels, types: types)
            enumCase.defaults = defaults
            enumCase.rawValue = try rawValue(element, in: type)
            type.caseIndex[name] = type.enumCases.count
            if types.isEmpty {
                enumCase.shared = EnumValue(type: type, caseIndex: type.enumCases.count, payload: [])
            }
            type.enumCases.append(enumCase)
        }
    }

    /// An associated value's default: lowered, as a stored property's is, once every name of the
    /// cell is declared, so it may name a global declared below the enum.
    private func associatedDefault(_ e: ExprSyntax, _ valueType: StaticType, of type: NominalType) -> CodeBox {
        let pending = PendingDefault(expression: e, type: valueType, owner: type, isArgument: true)
        pendingDefaults.append(pending)
        return CodeBox { f in try pending.code(f) }
    }

    /// A conformance an `extension` adds to an enum declared earlier, checked as Swift checks it.
    func addEnumConformance(_ name: String, to type: NominalType, _ node: some SyntaxProtocol) throws {
        let plain = type.enumCases.allSatisfy { $0.types.isEmpty }
        if name == "CaseIterable", !plain {
            throw fail("type '\(type.name)' does not conform to protocol 'CaseIterable'", node)
        }
        if name == "Comparable", type.rawType != nil {
            throw fail("type '\(type.name)' does not conform to protocol 'Comparable'", node)
        }
        type.conformances.insert(name)
        if name == "Hashable" || name == "Comparable" { type.conformances.insert("Equatable") }
    }

    /// A case's raw value: the literal it is given, or Swift's implicit one (the previous Int plus
    /// one, starting at 0; a String case's own name).
    func rawValue(_ element: EnumCaseElementSyntax, in type: NominalType) throws -> Value? {
        guard let rawType = type.rawType else {
            if let given = element.rawValue {
                throw fail("enum case cannot have a raw value if the enum does not have a raw type", given.value)
            }
            return nil
        }
        let value: Value
        if let given = element.rawValue {
            guard let constant = try lower(given.value, expected: rawType).constant, constant.staticType == rawType else {
                throw fail("raw value for enum case must be a literal", given.value)
            }
            value = constant
        } else {
            switch rawType {
            case .string: value = .string(element.name.text)
            case .int:
                guard case .int(let previous)? = type.enumCases.last?.rawValue else {
                    if type.enumCases.isEmpty { value = .int(0); break }
                    throw fail("enum case must declare a raw value when the preceding raw value is not an integer", element.name)
                }
                value = .int(previous + 1)
            default:
                guard case .double(let previous)? = type.enumCases.last?.rawValue else {
                    if type.enumCases.isEmpty { value = .double(0); break }
                    throw fail("enum case must declare a raw value when the preceding raw value is not an integer", element.name)
                }
                value = .double(previous + 1)
            }
        }
        if try type.enumCases.contains(where: { try $0.rawValue.map { try valuesEqual($0, value) } ?? false }) {
            throw fail("raw value for enum case is not unique", element.rawValue?.value ?? ExprSyntax(DeclReferenceExprSyntax(baseName: element.name)))
        }
        return value
    }

    /// What Swift synthesises for an enum once its members are declared: `Equatable` and
    /// `Hashable` without associated values, and for a raw type `init?(rawValue:)` and `rawValue`.
    func synthesizeEnumMembers(_ type: NominalType, _ name: TokenSyntax) throws {
        let plain = type.enumCases.allSatisfy { $0.types.isEmpty }
        if plain { type.conformances.formUnion(["Equatable", "Hashable"]) }
        if type.conformances.contains("CaseIterable"), !plain {
            throw fail("type '\(type.name)' does not conform to protocol 'CaseIterable'", name)
        }
        if type.conformances.contains("Comparable"), type.rawType != nil, type.staticMethods["<"] == nil {
            // Swift synthesises `<` only for enums without a raw type.
            throw fail("type '\(type.name)' does not conform to protocol 'Comparable'", name)
        }
        guard let rawType = type.rawType else { return }
        var byRaw: [HashKey: Value] = [:]
        for c in type.enumCases {
            if let raw = c.rawValue, let shared = c.shared { byRaw[try HashKey(raw)] = .enumeration(shared) }
        }
        let lookup = byRaw
        let initializer = Method(name: "init", signature: Signature(labels: ["rawValue"], types: [rawType], hasDefault: [false],
                                                                   defaults: DefaultValues(), result: .nominal(type)),
                                 isMutating: false, hasSelf: false, isFailable: true)
        initializer.function = synthesized(type.name, parameters: 1) { f in
            guard let found = lookup[try HashKey(f.slots[0])] else { return .none }
            return .some(found)
        }
        type.initializers.append(initializer)
        let getter = Method(name: "rawValue", signature: Signature(labels: [], types: [], hasDefault: [], defaults: DefaultValues(),
                                                                   result: rawType),
                            isMutating: false, hasSelf: true)
        getter.function = synthesized("rawValue", parameters: 1) { f in
            guard case .enumeration(let e) = f.slots[0], let raw = e.enumCase.rawValue else { throw RuntimeFailure.expectedEnum }
            return raw
        }
        type.computed["rawValue"] = getter
    }

    /// A member Swift synthesises, as a function whose frame holds only its parameters.
    func synthesized(_ name: String, parameters: Int, _ code: @escaping Code) -> Function {
        let body = InterpretedBody(frameSize: parameters, code: code, int: nil, double: nil, mayCaptureFrame: false,
                                   needsClearing: true)
        return Function(name: name, parameterCount: parameters, body: .interpreted(body, captured: globalFrame))
    }

    /// `Type.name` on an enum: a case (one with associated values is its constructor function), or
    /// `allCases`; nil when `name` is another static member.
    func enumStaticMember(_ type: NominalType, _ name: String, _ node: some SyntaxProtocol) throws -> Typed? {
        guard type.kind == .enumeration else { return nil }
        if let index = type.caseIndex[name] {
            let c = type.enumCases[index]
            if let shared = c.shared { return .constant(.enumeration(shared), .nominal(type)) }
            // A case with associated values used as a value is its constructor function.
            let count = c.types.count
            let constructor = synthesized(name, parameters: count) { f in
                .enumeration(EnumValue(type: type, caseIndex: index, payload: (0..<count).map { f.slots[$0] }))
            }
            return .constant(.function(constructor), .function(c.types, .nominal(type)))
        }
        if name == "allCases", type.conformances.contains("CaseIterable") {
            return .constant(.array(type.enumCases.compactMap { $0.shared.map(Value.enumeration) }), .array(.nominal(type)))
        }
        return nil
    }

    /// `Type.name(args)` on an enum: a case with associated values; nil when `name` is not a case.
    func enumCaseCall(_ type: NominalType, _ name: String, _ args: [CallArgument], _ e: some SyntaxProtocol,
                      nameNode: some SyntaxProtocol) throws -> Typed? {
        guard type.kind == .enumeration, let index = type.caseIndex[name] else { return nil }
        let c = type.enumCases[index]
        guard !c.types.isEmpty else { throw fail("enum case '\(name)' has no associated values", nameNode) }
        let signature = Signature(labels: c.labels, types: c.types, hasDefault: c.defaults.map { $0 != nil },
                                  defaults: DefaultValues(), result: .nominal(type))
        let codes = try matchArguments(signature, args, e).enumerated().map { i, argument in
            argument.map { CodeBox(run: $0.code) } ?? c.defaults[i]!
        }
        if codes.count == 1 {
            let only = codes[0].run
            return Typed(.nominal(type)) { f in .enumeration(EnumValue(type: type, caseIndex: index, payload: [try only(f)])) }
        }
        let appendPayload = StepChain.appending(codes.map(\.run)), count = codes.count
        return Typed(.nominal(type)) { f in
            var payload: [Value] = []
            payload.reserveCapacity(count)
            try appendPayload(f, &payload)
            return .enumeration(EnumValue(type: type, caseIndex: index, payload: payload))
        }
    }

    /// The enum an implicit member expression (`.red`, `.circle(radius: 1)`) refers to, from the
    /// type its context expects (an optional's wrapped type too).
    func implicitEnum(_ expected: StaticType?) -> NominalType? {
        switch expected {
        case .nominal(let t)? where t.kind == .enumeration: return t
        case .optional(.nominal(let t))? where t.kind == .enumeration: return t
        default: return nil
        }
    }

    /// The type an implicit member expression (`.red`, `.zero`, `.identity(3)`) names a static member
    /// of: the declared enum, struct or class its context expects (an optional's wrapped type too).
    func implicitMemberType(_ expected: StaticType?) -> NominalType? {
        switch expected {
        case .nominal(let t)?, .optional(.nominal(let t))?: return t.isProtocol || t.kind == .builtin ? nil : t
        default: return nil
        }
    }

    /// Whether `e` is an implicit member expression, whose type comes from the other operand.
    func isImplicitMember(_ e: ExprSyntax) -> Bool {
        if let m = e.as(MemberAccessExprSyntax.self) { return m.base == nil }
        if let call = e.as(FunctionCallExprSyntax.self), let m = call.calledExpression.as(MemberAccessExprSyntax.self) {
            return m.base == nil
        }
        return false
    }
}
