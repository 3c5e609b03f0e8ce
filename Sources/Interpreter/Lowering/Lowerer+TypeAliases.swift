import SwiftSyntax

extension Lowerer {
    /// `typealias Name = T`: a declared type's alias is a second name of its type (so
    /// `Name(…)` constructs one); any other type's alias is resolved wherever a type is written.
    /// Declared before the rest of the block, so it may be used above its declaration, as in Swift.
    func declareTypeAlias(_ t: TypeAliasDeclSyntax) throws {
        if let generics = t.genericParameterClause { throw unsupported("a generic typealias", generics) }
        _ = try memberModifiers(t.modifiers, allowed: [])
        try checkAttributes(t.attributes)
        try checkRedeclaration(t.name.text, t.name)
        let target = try resolveType(t.initializer.value)
        if case .nominal(let type) = target {
            scope.declare(t.name.text, type: .metatype(type), mutable: false)
        } else {
            scope.typeParameters[t.name.text] = target
        }
    }

    /// `typealias Item = Int` inside a type: a name for `Int` in the type's members, and `Type.Item`
    /// elsewhere (how a conforming type names a protocol's associated type).
    func declareMemberTypeAlias(_ t: TypeAliasDeclSyntax, in type: NominalType) throws {
        if let generics = t.genericParameterClause { throw unsupported("a generic typealias", generics) }
        _ = try memberModifiers(t.modifiers, allowed: [])
        try checkAttributes(t.attributes)
        if type.typeAliases[t.name.text] != nil { throw fail("invalid redeclaration of '\(t.name.text)'", t.name) }
        type.typeAliases[t.name.text] = try resolveType(t.initializer.value)
    }
}
