import SwiftSyntax

// Overload resolution for the members of declared types. Swift overloads methods by argument labels
// (`moved(by:)` beside `moved(to:)`), subscripts by labels or number of parameters, and operators by
// operand types (`Vec * Double` beside `Double * Vec`). A type keeps the first method of a name under
// the name and each later one under its full name (`moved(to:)`, `*(Double, Vec)`), so every member
// table stays keyed by strings and merges (inheritance, protocol extensions) carry overloads along.

extension Signature {
    /// Whether a call with argument `labels` fits these parameters, leaving out parameters that
    /// have default values.
    func accepts(labels call: [String?]) -> Bool {
        var next = 0
        for (parameter, label) in labels.enumerated() {
            if next < call.count, call[next] == label {
                next += 1
            } else if !hasDefault[parameter] {
                return false
            }
        }
        return next == call.count
    }
}

extension Lowerer {
    /// The key under which a method `name` with parameter `labels` is (or will be) kept in `table`:
    /// the name when no method of that name with other labels is there, else its full name.
    static func methodKey(_ name: String, labels: [String?], in table: [String: Method]) -> String {
        guard let first = table[name], first.signature.labels != labels else { return name }
        return fullName(name, labels: labels)
    }

    /// The key of the method of `table` that a call of `name` with argument `labels` means: the one
    /// whose parameters take those labels, in declaration order; when none does, the first one
    /// (whose labels the call is then checked against, as without overloads). Nil when `table` has
    /// no method of that name.
    static func overloadKey(_ name: String, labels: [String?], in table: [String: Method]) -> String? {
        let prefix = name + "("
        let overloads = table.keys.filter { $0.hasPrefix(prefix) }.sorted()
        let candidates = (table[name] == nil ? [] : [name]) + overloads
        return candidates.first { table[$0]!.signature.accepts(labels: labels) } ?? candidates.first
    }

    /// The argument labels a `func` declares (none for an operator's operands).
    static func declaredLabels(_ f: FunctionDeclSyntax) -> [String?] {
        let parameters = f.signature.parameterClause.parameters
        if case .binaryOperator = f.name.tokenKind { return parameters.map { _ in nil } }
        return parameters.map { $0.firstName.tokenKind == .wildcard ? nil : $0.firstName.text }
    }
}

extension NominalType {
    /// The instance method that a call of `name` with `args` means, among its overloads.
    func method(_ name: String, for args: [CallArgument]) -> Method? {
        methodKey(name, for: args).flatMap { methods[$0] }
    }

    /// The key of the instance method that a call of `name` with `args` means (a class's dispatch
    /// table is keyed by it).
    func methodKey(_ name: String, for args: [CallArgument]) -> String? {
        Lowerer.overloadKey(name, labels: args.map(\.label), in: methods)
    }

    /// The static method that a call of `name` with `args` means, among its overloads.
    func staticMethod(_ name: String, for args: [CallArgument]) -> Method? {
        Lowerer.overloadKey(name, labels: args.map(\.label), in: staticMethods).flatMap { staticMethods[$0] }
    }
}

extension NominalType {
    /// This type's method that implements protocol requirement `requirement`: the one of its name
    /// with the same argument labels, whichever overload that is.
    func implementation(of requirement: Method) -> Method? {
        let labels = requirement.signature.labels
        let method = methods[Lowerer.methodKey(requirement.name, labels: labels, in: methods)]
        return method?.signature.labels == labels ? method : nil
    }
}

extension Lowerer {
    /// The subscript of `type` that `value[args]` means: the one whose parameters take the arguments'
    /// labels and number; when none does, the first (whose labels the call is then checked against).
    func subscriptDeclaration(_ type: NominalType, for args: [CallArgument], _ node: some SyntaxProtocol) throws -> Subscript {
        let labels = args.map(\.label)
        guard let declared = type.subscripts.first(where: { $0.getter.signature.accepts(labels: labels) }) ?? type.subscripts.first else {
            throw fail("value of type '\(type.name)' has no subscripts", node)
        }
        return declared
    }
}

extension Lowerer {
    /// The key of an operator implementation with operand `types` in `table`: the operator itself
    /// for the first, `*(Vec, Double)` for each later one (Swift overloads operators by operand types).
    static func operatorKey(_ name: String, types: [StaticType], in table: [String: Method]) -> String {
        table[name] == nil ? name : name + "(" + types.map(\.name).joined(separator: ", ") + ")"
    }

    /// The key of a method overloaded by parameter type: its full name and types (`scale(_:)[[Double]]`),
    /// after the overload of the same labels declared first (kept under its usual key).
    static func typedMethodKey(_ name: String, labels: [String?], types: [StaticType]) -> String {
        fullName(name, labels: labels) + "[" + types.map(\.name).joined(separator: ", ") + "]"
    }

    /// The method of `table` that `args` call among the overloads by parameter type of the one at `key`
    /// (see `typeOverloadCall`): exact types first, then number literals converted, else the first.
    func typedOverload(_ table: [String: Method], key: String, _ name: String, _ args: [CallArgument]) -> Method? {
        guard let first = table[key] else { return nil }
        let prefix = Self.fullName(name, labels: first.signature.labels) + "["
        let typed = table.filter { $0.key.hasPrefix(prefix) }.sorted { $0.key < $1.key }.map(\.value)
        guard !typed.isEmpty else { return first }
        let lowered = args.map { (try? lower($0.expr))?.type }
        return firstFitting([first] + typed, { $0.signature.types }, args.map(\.expr), lowered, literalArrays: true) ?? first
    }

    /// The key of a type's `static prefix func` for operator `name` (`-v`).
    static func prefixOperatorKey(_ name: String) -> String {
        "prefix " + name
    }

    /// The implementations of operator `name` in `table`: the first declared, then the others.
    static func operatorOverloads(_ name: String, in table: [String: Method]) -> [Method] {
        guard let first = table[name] else { return [] }
        let prefix = name + "("
        return [first] + table.filter { $0.key.hasPrefix(prefix) }.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The `Method` a `func` declaration of `type` declared (an overload by labels or, for an
    /// operator, by operand types, found as its declaration keyed it).
    func declaredMethod(_ f: FunctionDeclSyntax, of type: NominalType) throws -> Method? {
        let name = f.name.text
        if f.modifiers.contains(where: { $0.name.text == "prefix" }) {
            return type.staticMethods[Self.prefixOperatorKey(name)]
        }
        if case .binaryOperator = f.name.tokenKind {
            let outerType = scope.declaringType
            scope.declaringType = type  // (for `Self` among the operand types)
            defer { scope.declaringType = outerType }
            let types = try f.signature.parameterClause.parameters.map { try parameterType($0.type).0 }
            return Self.operatorOverloads(name, in: type.staticMethods).first { $0.signature.types == types }
        }
        let labels = Self.declaredLabels(f)
        let isStatic = f.modifiers.contains { $0.name.text == "static" || $0.name.text == "class" }
        let table = isStatic ? type.staticMethods : type.methods
        guard let found = table[Self.methodKey(name, labels: labels, in: table)] else { return nil }
        if !type.isClass, table.keys.contains(where: { $0.hasPrefix(Self.fullName(name, labels: labels) + "[") }) {
            // An overload by parameter type: the one whose types these parameters have.
            let types = try withTypeParameters(of: f) { try f.signature.parameterClause.parameters.map { try parameterType($0.type).0 } }
            if found.signature.types != types { return table[Self.typedMethodKey(name, labels: labels, types: types)] }
        }
        return found
    }

    /// The implementation of operator `op` that operands `operands` (lowered as `lowered`) call: of
    /// those their declared types have, the one whose parameter types they have (or a supertype),
    /// else one a number literal converts to, else the first.
    func operatorOverload(_ candidates: [Method], _ operands: [ExprSyntax], _ lowered: [Typed]) -> Method? {
        guard candidates.count > 1 else { return candidates.first }
        return firstFitting(candidates, { $0.signature.types }, operands, lowered.map(\.type)) ?? candidates.first
    }

    /// The first of `candidates` whose parameter types (`parameters`) the arguments `expressions` of static
    /// types `types` have, else the first a number literal among them converts for (see `argumentsFit`).
    func firstFitting<Candidate>(_ candidates: [Candidate], _ parameters: (Candidate) -> [StaticType]?,
                                 _ expressions: [ExprSyntax], _ types: [StaticType?], literalArrays: Bool = false) -> Candidate? {
        func fitting(literals: Bool) -> Candidate? {
            candidates.first { candidate in
                parameters(candidate).map { argumentsFit($0, expressions, types, literals: literals, literalArrays: literalArrays) } ?? false
            }
        }
        return fitting(literals: false) ?? fitting(literals: true)
    }

    /// Whether arguments `expressions` of static types `types` (nil: not known) fit `parameters` one by one
    /// (`operandFits`); with `literals`, a number literal fits a number type it converts to, and with
    /// `literalArrays` too, an array literal of numbers an array of a number type they convert to.
    func argumentsFit(_ parameters: [StaticType], _ expressions: [ExprSyntax], _ types: [StaticType?],
                      literals: Bool, literalArrays: Bool = false) -> Bool {
        parameters.count == expressions.count && zip(parameters, zip(expressions, types)).allSatisfy { parameter, argument in
            guard let type = argument.1 else { return false }
            if literals, literalArrays, case .array(let element) = parameter, element.isNumeric,
                let items = argument.0.as(ArrayExprSyntax.self)?.elements, !items.isEmpty,
                items.allSatisfy({ isNumericLiteral($0.expression) }) {
                return element != .int || items.allSatisfy { $0.expression.is(IntegerLiteralExprSyntax.self) }
            }
            return operandFits(type, isLiteral: literals && isNumericLiteral(argument.0), parameter)
        }
    }

    func operandFits(_ type: StaticType, isLiteral: Bool, _ parameter: StaticType) -> Bool {
        if type == parameter || type.isVague { return true }
        // An integer literal may be any number; a literal with a fraction, any floating-point number.
        if isLiteral, type == .int ? parameter.isNumeric : (type.isNumeric && parameter.isNumeric && parameter != .int) { return true }
        if case .nominal(let own) = type, case .nominal(let other) = parameter { return own.isSubtype(of: other) }
        return false
    }
}

extension Lowerer {
    /// `area(shape)` where `area` is overloaded by parameter type: the overload with the call's labels
    /// whose parameter types the arguments fit (see `operatorOverload`), else the first; nil when
    /// the function has no overloads by type.
    func typeOverloadCall(_ name: String, _ args: [CallArgument], _ e: FunctionCallExprSyntax) throws -> Typed? {
        let fullName = Self.fullName(name, labels: args.map(\.label))
        let typed = scope.lookup(prefix: fullName + "[")
        guard !typed.isEmpty, let first = scope.lookup(fullName) else { return nil }
        let lowered = try args.map { try lower($0.expr).type }
        // Exact types first (`describe(2.5)` is the Double overload), then literals converted.
        let chosen = firstFitting([first] + typed, { $0.binding.signature?.types }, args.map(\.expr), lowered) ?? first
        guard let signature = chosen.binding.signature else { return nil }
        return try staticCall(name, depth: chosen.depth, slot: chosen.binding.slot, signature, args, e)
    }
}
