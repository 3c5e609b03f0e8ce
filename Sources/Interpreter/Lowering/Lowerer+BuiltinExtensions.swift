import SwiftSyntax

extension Lowerer {
    /// The built-in types an `extension` may add members to, by the name the author writes.
    static let extensibleBuiltins: Set<String> = ["Int", "Double", "Float", "Bool", "String", "Array", "Dictionary"]

    /// `extension Int { … }`, `extension Array where Element == Double { … }`,
    /// `extension Tensor where Scalar == Float { … }`: a descriptor (one per extended type and
    /// `where` clause, kept for the session) whose methods and computed properties values of that
    /// type get. `Element == T` selects arrays of `T`; a protocol constraint (`Element: Numeric`)
    /// is accepted without being checked, so the members apply to every array.
    func builtinExtension(_ e: ExtensionDeclSyntax, _ id: IdentifierTypeSyntax) throws -> DeclaredStruct {
        let name = id.name.text
        guard Lowerer.extensibleBuiltins.contains(name) || rt.nativeTypes[name] != nil else {
            throw unsupported("an extension of the built-in type '\(name)'", e.extendedType)
        }
        var key = name
        var selfType = try builtinSelfType(name, e.extendedType)
        for requirement in e.genericWhereClause?.requirements ?? [] {
            switch requirement.requirement {
            case .sameTypeRequirement(let same):
                let parameter = same.leftType.trimmedDescription
                guard let right = same.rightType.as(TypeSyntax.self) else { throw unsupported("this requirement", same) }
                let element = try resolveType(right)
                switch (name, parameter) {
                case ("Array", "Element"):
                    key = "Array<\(element.name)>"
                    selfType = .array(element)
                case (_, "Scalar") where rt.nativeTypes[name] != nil: continue
                default: throw unsupported("the requirement '\(same.trimmedDescription)'", same)
                }
            case .conformanceRequirement(let c):
                // `extension Array where Element: Shape`: the elements are `Shape`s in the members (their
                // requirements dispatch on each element's type, also a built-in type's conformance).
                if name == "Array", c.leftType.trimmedDescription == "Element", case .nominal(let p) = try constraintType(c.rightType),
                    p.isProtocol {
                    selfType = .array(.nominal(p))
                }
                continue
            default: throw unsupported("this requirement", requirement)
            }
        }
        let type: NominalType
        if let existing = rt.builtinExtensions[key] {
            type = existing
        } else {
            type = NominalType(name: name, kind: .builtin)
            type.extendedBuiltin = selfType
            rt.builtinExtensions[key] = type
        }
        if key != name, let i = e.memberBlock.members.first(where: { $0.decl.is(InitializerDeclSyntax.self) }) {
            throw unsupported("an 'init' in a constrained extension of '\(name)'", i.decl)
        }
        // `Element` (`Key`, `Value`) names the element type in the members: the one the `where` clause
        // fixes, else any (checked where used).
        var parameters: [String: StaticType] = [:]
        switch selfType {
        case .array(let element): parameters["Element"] = element
        case .dictionary(let key, let value): (parameters["Key"], parameters["Value"]) = (key, value)
        default: break
        }
        guard let inheritance = e.inheritanceClause else {
            return DeclaredStruct(members: e.memberBlock.members, type: type, name: id.name, typeParameterBindings: parameters)
        }
        for inherited in inheritance.inheritedTypes {
            guard key == name else { throw unsupported("a conformance in a constrained extension of '\(name)'", inherited.type) }
            guard try declaredProtocol(inherited.type, conformedBy: type) else {
                throw unsupported("a conformance of the built-in type '\(name)' to '\(inherited.type.trimmedDescription)'",
                                  inherited.type)
            }
        }
        return DeclaredStruct(members: e.memberBlock.members, type: type, name: id.name, inheritance: inheritance,
                              conformanceNode: Syntax(e.extensionKeyword), typeParameterBindings: parameters)
    }

    /// The static type of `self` in an extension of the built-in type `name`.
    func builtinSelfType(_ name: String, _ node: TypeSyntax) throws -> StaticType {
        switch name {
        case "Int": return .int
        case "Double": return .double
        case "Float": return .float
        case "Bool": return .bool
        case "String": return .string
        case "Array": return .array(.unknown)
        case "Dictionary": return .dictionary(.unknown, .unknown)
        default: return .native(name)
        }
    }

    /// The extension descriptors that apply to a value of static type `type`, most specific first.
    func builtinExtensions(of type: StaticType) -> [NominalType] {
        let keys: [String]
        switch type {
        case .int: keys = ["Int"]
        case .double: keys = ["Double"]
        case .float: keys = ["Float"]
        case .bool: keys = ["Bool"]
        case .string: keys = ["String"]
        case .array(let element): keys = ["Array<\(element.name)>", "Array"]
        case .dictionary: keys = ["Dictionary"]
        case .native(let name): keys = [name]
        default: keys = []
        }
        return keys.compactMap { rt.builtinExtensions[$0] }
    }

    /// `value.name(args)` for a method an extension added to the value's built-in type, or nil.
    func builtinExtensionCall(_ receiver: Typed, _ name: String, _ args: [CallArgument], _ e: FunctionCallExprSyntax) throws -> Typed? {
        guard let method = builtinExtensions(of: receiver.type).lazy.compactMap({ $0.method(name, for: args) }).first else { return nil }
        // `2.5.rounded()` beside an extension's `rounded(to:)`: the standard library's method, when only
        // it takes these arguments (trailing closures aside).
        if !method.signature.accepts(labels: args.map(\.label)), !args.contains(where: \.isTrailingClosure), Methods.method(name) != nil {
            return nil
        }
        return try invoke(method, receiver: receiver.code, args, e)
    }

    /// `Double(celsius: 20)`: an `init` an extension added to the built-in type `name`, when the call's
    /// labels fit one (unlabelled, only for an argument of a declared type: the standard library's
    /// conversions keep plain `Double(x)`); nil otherwise. As in an enum's `init`, `self` starts
    /// unset and the body assigns it.
    func builtinInitializerCall(_ name: String, _ args: [CallArgument], _ e: FunctionCallExprSyntax) throws -> Typed? {
        guard let initializers = rt.builtinExtensions[name]?.initializers, !initializers.isEmpty else { return nil }
        let labels = args.map(\.label)
        let declaredArgument = try args.first.map { argument in
            if case .nominal = try lower(argument.expr).type { return true }
            return false
        } ?? false
        guard let initializer = initializers.first(where: { $0.signature.accepts(labels: labels) }),
            labels.contains(where: { $0 != nil }) || declaredArgument else { return nil }
        return try invoke(initializer, receiver: { _ in .void }, args, e)
    }

    /// `variable.name(args)` for a `mutating` method an extension added to the variable's built-in
    /// type (`xs.normalize()`, `d.clamp(to: 1)`): the value moves into the method's `self` and back,
    /// as for a struct; nil when no extension declares a mutating method of that name.
    func builtinExtensionMutatingCall(_ base: ExprSyntax, _ name: String, _ args: [CallArgument], _ e: FunctionCallExprSyntax,
                                      nameNode: some SyntaxProtocol) throws -> Typed? {
        let declared = rt.builtinExtensions.values.contains { $0.methods.values.contains { $0.isMutating && $0.name == name } }
        guard declared, let method = builtinExtensions(of: try lower(base).type).lazy.compactMap({ $0.method(name, for: args) }).first,
            method.isMutating else { return nil }
        try checkMutableReceiver(base, nameNode)
        return try invokeMutating(method, target: try lvalue(base), args, e)
    }

    /// `value.name` for a computed property an extension added to the value's built-in type, or nil.
    func builtinExtensionProperty(_ base: Typed, _ name: String, _ node: some SyntaxProtocol) throws -> Typed? {
        guard let getter = builtinExtensions(of: base.type).lazy.compactMap({ $0.computed[name] }).first else { return nil }
        return try invoke(getter, receiver: base.code, [], node)
    }

    /// `self` inside a method of an extension of a built-in type (also from a closure in it), when
    /// `name` is not a local variable or parameter there: as in Swift, the type's members then come
    /// before globals of the same name. Nil elsewhere.
    func builtinSelf(unlessLocal name: String) -> Typed? {
        var current: FunctionScope? = scope
        var methodDepth = 0
        while let s = current, !s.isBuiltinExtensionMethod {
            current = s.parent
            methodDepth += 1
        }
        guard current != nil, let (depth, binding) = scope.lookup("self") else { return nil }
        if let (found, _) = scope.lookup(name), found != Lowerer.globalDepth, found <= methodDepth { return nil }
        return read(depth: depth, slot: binding.slot, type: binding.type)
    }
}
