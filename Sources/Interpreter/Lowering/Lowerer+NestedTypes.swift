import SwiftSyntax

extension Lowerer {
    /// Declares the `struct`s, `class`es and `enum`s nested in the types of `declared` (at any depth), each
    /// under its qualified name (`Outer.Inner`, which is also how Swift prints it), and puts each
    /// before the type holding it, so its initializers exist when the outer type's default values
    /// (`let history = History()`) are lowered.
    func declareNestedTypes(_ declared: inout [DeclaredStruct]) throws {
        declared = try declared.flatMap { try withNestedTypes($0) }
    }

    /// `outer`'s nested types (theirs first), then `outer`.
    func withNestedTypes(_ outer: DeclaredStruct) throws -> [DeclaredStruct] {
        let prefix = outer.type.name + "."
        var result: [DeclaredStruct] = []
        for member in outer.members {
            if let s = member.decl.as(StructDeclSyntax.self) {
                result += try withNestedTypes(DeclaredStruct(members: s.memberBlock.members, type: try declareStructName(s, prefix: prefix),
                                                             name: s.name, inheritance: s.inheritanceClause,
                                                             conformanceNode: Syntax(s.name)))
            } else if let c = member.decl.as(ClassDeclSyntax.self) {
                result += try withNestedTypes(try declareClassName(c, prefix: prefix))
            } else if let e = member.decl.as(EnumDeclSyntax.self) {
                result += try withNestedTypes(DeclaredStruct(members: e.memberBlock.members, type: try declareEnumName(e, prefix: prefix),
                                                             name: e.name, inheritance: e.inheritanceClause,
                                                             conformanceNode: Syntax(e.name)))
            }
        }
        return result + [outer]
    }

    /// The declared type an expression names (`Outer`, `Outer.Inner`), or nil.
    func typeExpression(_ e: ExprSyntax) -> NominalType? {
        if let ref = e.as(DeclReferenceExprSyntax.self) {
            guard let found = scope.lookup(ref.baseName.text) else { return nestedType(ref.baseName.text) }
            return found.binding.type.declaredType
        }
        // `Outcome<Int>.success(1)`: the arguments are erased, as in the type's members.
        if let g = e.as(GenericSpecializationExprSyntax.self) { return typeExpression(g.expression) }
        guard let m = e.as(MemberAccessExprSyntax.self), let base = m.base, let outer = typeExpression(base) else { return nil }
        return memberType(outer, m.declName.baseName.text)
    }

    /// Whether a member is a nested type (declared by `declareNestedTypes`, not as a member).
    func isNestedType(_ decl: DeclSyntax) -> Bool {
        decl.is(StructDeclSyntax.self) || decl.is(ClassDeclSyntax.self) || decl.is(EnumDeclSyntax.self)
    }

    /// The nested type a bare name means inside a type's members (`Inner` in `Outer`, or in a
    /// type nested in `Outer`), as Swift resolves it: the innermost enclosing type first.
    func nestedType(_ name: String) -> NominalType? {
        var scope: FunctionScope? = self.scope
        var enclosing: NominalType?
        while let s = scope, enclosing == nil {
            enclosing = s.selfType ?? s.staticType ?? s.declaringType
            scope = s.parent
        }
        guard var qualified = enclosing?.name else { return nil }
        while true {
            if let type = self.scope.lookup("\(qualified).\(name)")?.binding.type.declaredType { return type }
            guard let dot = qualified.lastIndex(of: ".") else { return nil }
            qualified = String(qualified[..<dot])
        }
    }

    /// `Outer.Inner` written as a type or used as a value: the nested type, or nil.
    func memberType(_ outer: NominalType, _ name: String) -> NominalType? {
        scope.lookup("\(outer.name).\(name)")?.binding.type.declaredType
    }
}
