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
        if let inherited = e.inheritanceClause?.inheritedTypes.first {
            throw unsupported("a conformance added to the built-in type '\(name)'", inherited.type)
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
            case .conformanceRequirement: continue
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
        for member in e.memberBlock.members {
            if let f = member.decl.as(FunctionDeclSyntax.self), f.modifiers.contains(where: { $0.name.text == "mutating" }) {
                throw unsupported("a mutating method in an extension of '\(name)'", f.name)
            }
            if member.decl.is(InitializerDeclSyntax.self) { throw unsupported("an 'init' in an extension of '\(name)'", member.decl) }
        }
        return DeclaredStruct(members: e.memberBlock.members, type: type, name: id.name)
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
        return try invoke(method, receiver: receiver.code, args, e)
    }

    /// `value.name` for a computed property an extension added to the value's built-in type, or nil.
    func builtinExtensionProperty(_ base: Typed, _ name: String, _ node: some SyntaxProtocol) throws -> Typed? {
        guard let getter = builtinExtensions(of: base.type).lazy.compactMap({ $0.computed[name] }).first else { return nil }
        return try invoke(getter, receiver: base.code, [], node)
    }
}
