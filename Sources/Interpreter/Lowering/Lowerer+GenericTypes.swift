import SwiftSyntax

extension Lowerer {
    /// Makes a declared type generic (`struct Pair<A, B>`, `class Box<T: Layer>`, `where` clauses):
    /// inside its members a type parameter stands for what a generic function's does (see
    /// `typeParameters`), so members are lowered once for every argument.
    func declareGenericParameters(_ clause: GenericParameterClauseSyntax?, _ whereClause: GenericWhereClauseSyntax?,
                                  of type: NominalType) throws {
        guard let clause else {
            if let whereClause { throw fail("'where' clause cannot be applied to a non-generic top-level declaration", whereClause) }
            return
        }
        type.typeParameters = try typeParameters(clause, whereClause)
        type.genericParameters = clause.parameters.map(\.name.text)
        type.typeArgumentSources = Array(repeating: nil, count: type.genericParameters.count)
    }

    /// Runs `body` (declaring or lowering the generic method `f`) with `f`'s type parameters in scope.
    func withTypeParameters<Result>(of f: FunctionDeclSyntax, _ body: () throws -> Result) throws -> Result {
        let saved = scope.typeParameters
        scope.typeParameters.merge(try typeParameters(f.genericParameterClause, f.genericWhereClause)) { _, new in new }
        defer { scope.typeParameters = saved }
        return try body()
    }

    /// Notes which type parameters a stored property's declared type shows (`items: [Element]`), so a
    /// value can tell its type arguments from what it holds.
    func noteTypeArgumentSources(_ annotation: TypeSyntax?, field: Int, of type: NominalType) {
        guard let annotation, !type.genericParameters.isEmpty else { return }
        if let id = annotation.as(IdentifierTypeSyntax.self), id.genericArgumentClause == nil,
            let index = type.genericParameters.firstIndex(of: id.name.text) {
            type.fieldsOfParameter[index, default: []].append(field)
        }
        for (index, parameter) in type.genericParameters.enumerated() where type.typeArgumentSources[index] == nil {
            if let path = typePath(to: parameter, in: annotation) {
                type.typeArgumentSources[index] = TypeArgumentSource(field: field, path: path)
            }
        }
    }

    /// The steps from a value of the written type `type` to a value of the type parameter `parameter`.
    func typePath(to parameter: String, in type: TypeSyntax) -> [TypeArgumentSource.Step]? {
        if let id = type.as(IdentifierTypeSyntax.self) {
            if id.name.text == parameter, id.genericArgumentClause == nil { return [] }
            let arguments = id.genericArgumentClause?.arguments.compactMap { argument -> TypeSyntax? in
                if case .type(let t) = argument.argument { return t }
                return nil
            } ?? []
            let steps: [TypeArgumentSource.Step]
            switch (id.name.text, arguments.count) {
            case ("Array", 1): steps = [.element]
            case ("Optional", 1): steps = [.wrapped]
            case ("Dictionary", 2): steps = [.key, .value]
            default: return nil
            }
            for (step, argument) in zip(steps, arguments) {
                if let rest = typePath(to: parameter, in: argument) { return [step] + rest }
            }
            return nil
        }
        if let a = type.as(ArrayTypeSyntax.self) { return typePath(to: parameter, in: a.element).map { [.element] + $0 } }
        if let o = type.as(OptionalTypeSyntax.self) { return typePath(to: parameter, in: o.wrappedType).map { [.wrapped] + $0 } }
        if let d = type.as(DictionaryTypeSyntax.self) {
            if let rest = typePath(to: parameter, in: d.key) { return [.key] + rest }
            return typePath(to: parameter, in: d.value).map { [.value] + $0 }
        }
        if let t = type.as(TupleTypeSyntax.self) {
            for (i, element) in t.elements.enumerated() {
                if let rest = typePath(to: parameter, in: element.type) { return [.tupleElement(i)] + rest }
            }
        }
        return nil
    }

    /// `Name<Arguments>(…)`: an initializer call of a generic type with its arguments written out.
    func specializedInitializerCall(_ g: GenericSpecializationExprSyntax, _ args: [CallArgument],
                                    _ e: FunctionCallExprSyntax) throws -> Typed? {
        guard let ref = g.expression.as(DeclReferenceExprSyntax.self),
            case .metatype(let type)? = scope.lookup(ref.baseName.text)?.binding.type
        else { return nil }
        return try constructionCall(type, args, e, typeArguments: try writtenArguments(g.genericArgumentClause, of: type))
    }

    /// `let s: Stack<Int> = Stack()`: a generic type's initializer call takes the arguments the
    /// annotation writes (nil for any other declaration).
    func annotatedConstruction(_ value: ExprSyntax, _ annotation: TypeSyntax?) throws -> Typed? {
        guard let id = annotation?.as(IdentifierTypeSyntax.self), let clause = id.genericArgumentClause,
            let call = value.as(FunctionCallExprSyntax.self), let ref = call.calledExpression.as(DeclReferenceExprSyntax.self),
            ref.baseName.text == id.name.text, case .metatype(let type)? = scope.lookup(ref.baseName.text)?.binding.type,
            !type.genericParameters.isEmpty
        else { return nil }
        return try constructionCall(type, callArguments(call), call, typeArguments: try writtenArguments(clause, of: type))
    }

    /// The arguments of `Name<…>` for the generic `type`, checked against its parameters.
    private func writtenArguments(_ clause: GenericArgumentClauseSyntax, of type: NominalType) throws -> [WrittenTypeArgument] {
        try checkArgumentCount(type, clause.arguments.count, clause)
        return try clause.arguments.map { argument in
            guard case .type(let t) = argument.argument else { throw unsupported("this generic argument", argument) }
            // The type's own parameter, inside its members (`Stack<Element>(…)`): the enclosing value's argument.
            if let id = t.as(IdentifierTypeSyntax.self), scope.enclosingSelfType === type,
                let index = type.genericParameters.firstIndex(of: id.name.text) {
                return .enclosing(index)
            }
            return try resolveType(t).argumentSpelling.map { .spelled($0) } ?? .unknown
        }
    }

    /// Swift's error for a generic type written with the wrong number of arguments (or any, when it is not generic).
    func checkArgumentCount(_ type: NominalType, _ count: Int, _ node: some SyntaxProtocol) throws {
        let expected = type.genericParameters.count
        guard expected > 0 else { throw fail("cannot specialize non-generic type '\(type.name)'", node) }
        guard count == expected else {
            let which = count > expected ? "many" : "few"
            throw fail("generic type '\(type.name)' specialized with too \(which) type parameters (got \(count), but expected \(expected))", node)
        }
    }

    /// `Type(…)`; for a generic struct or class, the value made also records its type arguments (see
    /// `GenericArguments`): those written, else what its fields show, else those of the value under
    /// construction when the call is inside the type's own members.
    func constructionCall(_ type: NominalType, _ args: [CallArgument], _ e: some SyntaxProtocol,
                          typeArguments: [WrittenTypeArgument]? = nil) throws -> Typed {
        var made = try initializerCall(type, args, e)
        guard !type.genericParameters.isEmpty, type.kind != .enumeration else { return made }
        let written = typeArguments ?? Array(repeating: .enclosing(nil), count: type.genericParameters.count)
        let sources = type.typeArgumentSources, parameters = type.genericParameters
        let enclosing = enclosingArguments(of: type)
        // `Box<Double>(value: 2)`: Swift types the literal as the written argument; here it arrives
        // as an Int, made a Double (or Float) in every property declared with that parameter's type.
        let floating: [(fields: [Int], float: Bool)] = parameters.indices.compactMap { i in
            guard case .spelled(let spelling) = written[i], spelling == "Double" || spelling == "Float",
                let fields = type.fieldsOfParameter[i] else { return nil }
            return (fields, spelling == "Float")
        }
        func convertLiterals(_ fields: inout [Value]) {
            for (indices, float) in floating {
                for i in indices where i < fields.count {
                    if case .int(let n) = fields[i] { fields[i] = float ? .float(Float(n)) : .double(Double(n)) }
                }
            }
        }
        let code = made.code
        made.code = { f in
            var value = try code(f)
            // `self`'s arguments, read (and split) only when an argument needs them.
            var context: [String]??
            func enclosingArgument(_ index: Int) throws -> String? {
                if context == nil { context = .some(try enclosing?(f)) }
                guard let arguments = context ?? nil, index < arguments.count else { return nil }
                return arguments[index]
            }
            func record(_ fields: inout [Value]) throws {
                convertLiterals(&fields)
                let spellings = try parameters.indices.map { i in
                    switch written[i] {
                    case .spelled(let spelling): return spelling
                    case .enclosing(let index?):
                        return try enclosingArgument(index) ?? sources[i]?.spelling(in: fields) ?? parameters[i]
                    case .enclosing(nil):
                        // What the fields show first: `Pair(a: b, b: a)` in a `Pair<A, B>` method swaps them.
                        return try sources[i]?.spelling(in: fields) ?? enclosingArgument(i) ?? parameters[i]
                    case .unknown: return sources[i]?.spelling(in: fields) ?? parameters[i]
                    }
                }
                GenericArguments.record(spellings.joined(separator: ", "), in: &fields, of: type)
            }
            switch value {
            case .structure(var s):
                value = .void
                try record(&s.fields)
                return .structure(s)
            case .some(.structure(var s)):
                value = .void
                try record(&s.fields)
                return .some(.structure(s))
            case .object(let o), .some(.object(let o)):
                try record(&o.fields)
                return value
            default:
                return value
            }
        }
        return made
    }

    /// Inside a member of `type` (where `self` is one of its values): code reading the type arguments
    /// `self` recorded, one spelling each.
    private func enclosingArguments(of type: NominalType) -> ((Frame) throws -> [String]?)? {
        guard scope.enclosingSelfType === type, let (depth, binding) = scope.lookup("self") else { return nil }
        let read = self.read(depth: depth, slot: binding.slot, type: binding.type).code
        return { f in
            switch try read(f) {
            case .structure(let s): return GenericArguments.recorded(s.fields, of: type).map(GenericArguments.split)
            case .object(let o): return GenericArguments.recorded(o.fields, of: type).map(GenericArguments.split)
            default: return nil
            }
        }
    }
}

/// A type argument as the call or annotation gives it.
enum WrittenTypeArgument {
    /// Known while lowering (`Stack<Int>`).
    case spelled(String)
    /// Not written (nil), or written as the type's own parameter: inside the type's members, the
    /// argument of the value under construction; elsewhere, what the new value's fields show.
    case enclosing(Int?)
    /// A type lowering does not know (a generic function's parameter): what the fields show.
    case unknown
}

extension StaticType {
    /// How Swift spells this type as a type argument (`Array<Int>`), or nil when lowering does not know
    /// it (a type parameter, `Any`, a generic type's own arguments).
    var argumentSpelling: String? {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .float: return "Float"
        case .bool: return "Bool"
        case .string: return "String"
        case .array(let e): return e.argumentSpelling.map { "Array<\($0)>" }
        case .optional(let w): return w.argumentSpelling.map { "Optional<\($0)>" }
        case .dictionary(let k, let v):
            guard let key = k.argumentSpelling, let value = v.argumentSpelling else { return nil }
            return "Dictionary<\(key), \(value)>"
        case .nominal(let t): return t.genericParameters.isEmpty ? t.name : nil
        case .native(let name): return name
        default: return nil
        }
    }
}

extension Lowerer {
    /// The `where` clause of an extension of the notebook's generic type (`extension Stack where Element
    /// == Double`, `where Element: Comparable`): what each constrained parameter stands for in the extension's
    /// members, as a generic function's do (`typeParameters`); a requirement naming one of the notebook's
    /// own types is not supported yet. Deviation: the members are then available
    /// on every value of the type; Swift offers them only where the requirements hold, so programs it
    /// accepts behave the same.
    func whereBindings(_ clause: GenericWhereClauseSyntax, of type: NominalType) throws -> [String: StaticType] {
        guard !type.genericParameters.isEmpty else {
            throw fail("'where' clause cannot be applied to a non-generic extension of '\(type.name)'", clause)
        }
        var bindings: [String: StaticType] = [:]
        for requirement in clause.requirements {
            let (left, bound): (TypeSyntax, StaticType)
            switch requirement.requirement {
            case .sameTypeRequirement(let same):
                guard case .type(let l) = same.leftType, case .type(let r) = same.rightType else {
                    throw unsupported("this requirement", requirement)
                }
                (left, bound) = (l, try resolveType(r))
            case .conformanceRequirement(let c):
                (left, bound) = (c.leftType, try constraintType(c.rightType))
            default:
                throw unsupported("this requirement", requirement)
            }
            let name = left.trimmedDescription
            guard type.genericParameters.contains(name) else { throw fail("cannot find type '\(name)' in scope", left) }
            // (Only what values checked where used can stand for: a field of type `[Element]` keeps its declared
            // type, so an element's own methods could not be found.)
            guard bound.isScalar || bound == .string || bound == .unknown else {
                throw unsupported("a 'where' requirement naming the notebook's own type", requirement)
            }
            bindings[name] = bound
        }
        return bindings
    }
}
