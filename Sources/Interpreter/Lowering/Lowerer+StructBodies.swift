import SwiftSyntax

extension Lowerer {
    /// Lowers the bodies of a struct's methods, initializers and computed properties, once every
    /// name of the cell is declared (as for top-level functions). The compiled bodies are stored in
    /// the type's `Method`s; nothing is left to do at run time.
    func lowerStructBodies(_ declared: DeclaredStruct) throws {
        let type = declared.type
        let savedParameters = type.typeParameters
        type.typeParameters.merge(declared.typeParameterBindings) { _, bound in bound }
        defer { type.typeParameters = savedParameters }
        if type.isProtocol { return try lowerProtocolExtensionBodies(declared) }
        defer {
            installDescription(type)
            installOwnEquality(type)
        }
        for (requirement, member) in [("CustomStringConvertible", "description"), ("CustomDebugStringConvertible", "debugDescription")]
            where type.conformances.contains(requirement) && type.computed[member] == nil && type.fieldIndex[member] == nil {
            throw fail("type '\(type.name)' does not conform to protocol '\(requirement)'", declared.name)
        }
        var nextInitializer = declared.firstInitializer
        for member in declared.members {
            if let f = member.decl.as(FunctionDeclSyntax.self) {
                guard let body = f.body else { throw fail("method '\(f.name.text)' needs a body", f) }
                try withTypeParameters(of: f) {
                    guard let method = try declaredMethod(f, of: type) else { return }
                    try lowerMethod(method, of: type, body.statements, parameters(f.signature.parameterClause), closing: body.rightBrace,
                                    opaqueResult: OpaqueResult(of: f), generic: f)
                }
            } else if let i = member.decl.as(InitializerDeclSyntax.self) {
                guard let body = i.body else { throw fail("initializer requires a body", i) }
                // As in Swift, a type's own initializers store properties without running observers.
                let observers = type.observers
                type.observers = [:]
                defer { type.observers = observers }
                let method = type.initializers[nextInitializer]
                nextInitializer += 1
                try lowerMethod(method, of: type, body.statements, parameters(i.signature.parameterClause), closing: body.rightBrace,
                                isInitializer: true)
            } else if let s = member.decl.as(SubscriptDeclSyntax.self), let accessors = s.accessorBlock,
                let declared = type.subscripts.last(where: { $0.getter.signature.labels == Self.subscriptLabels(s) }) {
                let params = parameters(s.parameterClause)
                try lowerMethod(declared.getter, of: type, getterStatements(accessors), params, closing: accessors.rightBrace)
                if let setter = declared.setter, case .accessors(let list) = accessors.accessors,
                    let accessor = list.first(where: { $0.accessorSpecifier.tokenKind == .keyword(.set) }) {
                    guard let body = accessor.body else { throw fail("setter needs a body", accessor) }
                    let newValue = accessor.parameters?.name.text ?? "newValue"
                    try lowerMethod(setter, of: type, body.statements, params + [(newValue, nil)], closing: body.rightBrace)
                }
            } else if let v = member.decl.as(VariableDeclSyntax.self) {
                if v.modifiers.contains(where: { $0.name.text == "lazy" }) {
                    for binding in v.bindings { try lowerLazyAccessors(binding, of: type) }
                    continue
                }
                for binding in v.bindings {
                    if try lowerObservers(binding, of: type) { continue }
                    if let accessors = binding.accessorBlock, let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                        isTypeProperty(v), let getter = type.staticComputed[name] {
                        try lowerMethod(getter, of: type, getterStatements(accessors), [], closing: accessors.rightBrace)
                        continue
                    }
                    guard let accessors = binding.accessorBlock,
                        let name = binding.pattern.as(IdentifierPatternSyntax.self)?.identifier.text,
                        let getter = type.computed[name] else { continue }
                    try lowerMethod(getter, of: type, getterStatements(accessors), [], closing: accessors.rightBrace)
                    if let setter = type.setters[name], case .accessors(let list) = accessors.accessors,
                        let accessor = list.first(where: { $0.accessorSpecifier.tokenKind == .keyword(.set) }) {
                        guard let body = accessor.body else { throw fail("setter needs a body", accessor) }
                        let parameter = accessor.parameters?.name.text ?? "newValue"
                        try lowerMethod(setter, of: type, body.statements, [(parameter, nil)], closing: body.rightBrace)
                    }
                }
            }
        }
    }

    /// Makes `print` and `\(…)` show a `CustomStringConvertible` type's `description`, and collections
    /// a `CustomDebugStringConvertible` type's `debugDescription`.
    func installDescription(_ type: NominalType) {
        if type.conformances.contains("CustomStringConvertible") { type.describe = describer(type, "description") }
        if type.conformances.contains("CustomDebugStringConvertible") { type.debugDescribe = describer(type, "debugDescription") }
    }

    /// Reads the text property `name` (stored or computed; for a class, the instance's own class's).
    private func describer(_ type: NominalType, _ name: String) -> ((Value) throws -> Value)? {
        if type.isClass { return classDescriber(name) }
        if let index = type.fieldIndex[name] {
            return { value in
                guard case .structure(let s) = value else { throw RuntimeFailure.expectedStruct }
                return s.fields[index]
            }
        }
        guard let getter = type.computed[name] else { return nil }
        let rt = self.rt
        return { value in
            guard let fn = getter.function else { throw RuntimeFailure("'\(name)' is used before its declaration") }
            return try rt.invoke(fn, value)
        }
    }

    /// A parameter list's names as the body sees them, with their default values.
    func parameters(_ clause: FunctionParameterClauseSyntax) -> [(name: String, defaultValue: ExprSyntax?)] {
        clause.parameters.map { p in ((p.secondName ?? p.firstName).text, p.defaultValue?.value) }
    }

    /// The statements of a computed property's getter (`{ a * b }` or `{ get { a * b } }`).
    func getterStatements(_ accessors: AccessorBlockSyntax) throws -> CodeBlockItemListSyntax {
        switch accessors.accessors {
        case .getter(let statements): return statements
        case .accessors(let list):
            guard let body = list.first(where: { $0.accessorSpecifier.tokenKind == .keyword(.get) })?.body else {
                throw fail("computed property needs a getter", accessors)
            }
            return body.statements
        }
    }

    /// Lowers one member body into `method.function`: `self` in slot 0 (unless static), then the
    /// parameters. An initializer's body starts from a value whose fields hold their defaults and
    /// yields `self`. `generic` is the declaration of a method with type parameters of its own.
    func lowerMethod(_ method: Method, of type: NominalType, _ statements: CodeBlockItemListSyntax,
                     _ params: [(name: String, defaultValue: ExprSyntax?)], closing: some SyntaxProtocol,
                     isInitializer: Bool = false, opaqueResult: OpaqueResult? = nil, generic: FunctionDeclSyntax? = nil) throws {
        let outer = scope
        let inner = FunctionScope(parent: outer)
        let signature = method.signature
        // In `init?`, `return nil` fails; a plain `return` ends the initialisation.
        inner.returnType = isInitializer ? (method.isFailable ? .optional(.nominal(type)) : .void) : signature.result
        inner.opaqueResult = opaqueResult
        inner.isInitializer = isInitializer
        inner.mayThrow = signature.throwing || signature.isRethrowing
        inner.thrownType = signature.thrownType
        scope = inner
        defer { scope = outer }
        if method.hasSelf {
            // In an extension of a built-in type, `self` has that type (bare names reach its members
            // only when they name nothing else: see `builtinSelf`).
            inner.declare("self", type: type.extendedBuiltin ?? .nominal(type), mutable: method.isMutating)
            inner.selfType = type.extendedBuiltin == nil ? type : nil
            inner.isBuiltinExtensionMethod = type.extendedBuiltin != nil
            // (In an extension of a built-in type, its `Element` and the like; see `builtinExtension`.)
            if type.extendedBuiltin != nil { inner.typeParameters.merge(type.typeParameters) { own, _ in own } }
        } else {
            inner.staticType = type
        }
        for (i, p) in params.enumerated() {
            inner.declare(p.name, type: signature.types[i], mutable: signature.inoutParameters.contains(i))
        }
        if let generic, generic.genericParameterClause != nil {
            // A generic method's own type parameters, which its body may use as values (`T.zero`).
            inner.typeParameters = try typeParameters(generic.genericParameterClause, generic.genericWhereClause)
            noteTypeParameterSources(Array(generic.signature.parameterClause.parameters))
        }
        signature.defaults.codes = try params.enumerated().map { i, p in
            try p.defaultValue.map { d in
                try coerceDefaultArgument(lower(d, expected: signature.types[i]), to: signature.types[i], d).code
            }
        }
        let lowered: Typed
        if isInitializer {
            let body = try lowerBlock(statements)
            let superInit = implicitSuperInit(type, statements, isInitializer: isInitializer)
            if method.isFailable {
                lowered = Typed(.optional(.nominal(type))) { f in
                    if try body(f) == .returned, case .none = f.returnValue { return .none }
                    _ = try superInit?(f)
                    return .some(f.slots[0])
                }
            } else {
                lowered = Typed(.nominal(type)) { f in
                    _ = try body(f)
                    _ = try superInit?(f)
                    return f.slots[0]
                }
            }
        } else {
            inner.framesMayEscape = Lowerer.mayCaptureFrame(statements)
            lowered = try lowerBody(statements, declared: signature.result)
            if signature.result != .void, !isSingleExpression(statements), !definitelyReturns(statements) {
                throw fail("missing return in instance method expected to return '\(signature.result.name)'", closing)
            }
        }
        let compiled = interpretedBody(literalArgumentConversion(method, of: type, lowered), scope: inner, statements)
        method.function = Function(name: method.name, parameterCount: params.count + (method.hasSelf ? 1 : 0),
                                   body: .interpreted(compiled, captured: globalFrame))
    }

    /// A method of a generic type taking a parameter of one of the type's parameters: an integer
    /// literal the caller passed arrives as an Int, where Swift typed it as the receiver's argument
    /// (`push(1)` on a `Stack<Double>` pushes `1.0`), so the body first makes such an argument a
    /// Double or Float when the receiver records that argument. Other methods are left as they are.
    func literalArgumentConversion(_ method: Method, of type: NominalType, _ body: Typed) -> Typed {
        let conversions = method.typeParameterOfParameter
        guard method.hasSelf, !conversions.isEmpty else { return body }
        let code = body.code
        return Typed(body.type) { f in
            // (Only an Int argument can need it; the receiver's arguments are read only then.)
            guard conversions.contains(where: { if case .int = f.slots[1 + $0.parameter] { true } else { false } }) else {
                return try code(f)
            }
            let fields: [Value]
            switch f.slots[0] {
            case .structure(let s): fields = s.fields
            case .object(let o): fields = o.fields
            default: return try code(f)
            }
            if let recorded = GenericArguments.recorded(fields, of: type) {
                // (One parameter, the common case: its spelling is the whole record, no split per call.)
                let arguments = type.genericParameters.count == 1 ? [recorded] : GenericArguments.split(recorded)
                for (parameter, k) in conversions where k < arguments.count {
                    guard case .int(let n) = f.slots[1 + parameter] else { continue }
                    if arguments[k] == "Double" { f.slots[1 + parameter] = .double(Double(n)) }
                    if arguments[k] == "Float" { f.slots[1 + parameter] = .float(Float(n)) }
                }
            }
            return try code(f)
        }
    }
}
