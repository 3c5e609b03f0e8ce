import SwiftSyntax

/// A generic function whose result is one of its type parameters, bare or in an array or an optional
/// (`-> T`, `-> [T]`, `-> T?`), and which takes that type parameter bare or in an array (`_ x: T`,
/// `_ xs: [T]`). Its body is lowered once with `T` as its constraint (`Lowerer.typeParameters`); a call's
/// result takes the argument's static type instead (`same(A(name: "x")).name`, `(id([1.5]).first ?? 0) + 1`),
/// as Swift infers `T` from the argument.
struct GenericResult {
    enum Shape { case bare, array, optional }

    /// The parameter whose argument fixes `T`, and how `T` appears in it and in the result.
    let parameter: Int
    let parameterShape: Shape
    let resultShape: Shape

    /// The description of `f`'s result, or nil when it is not of this form.
    init?(_ f: FunctionDeclSyntax) {
        let own = Set(f.genericParameterClause?.parameters.map(\.name.text) ?? [])
        guard let returned = f.signature.returnClause?.type, let (name, resultShape) = Self.use(of: own, in: returned),
            let (index, shape) = f.signature.parameterClause.parameters.enumerated().lazy.compactMap({ i, p -> (Int, Shape)? in
                guard p.ellipsis == nil, let (used, shape) = Self.use(of: own, in: p.type), used == name, shape != .optional else { return nil }
                return (i, shape)
            }).first
        else { return nil }
        parameter = index
        parameterShape = shape
        self.resultShape = resultShape
    }

    /// The call's result type when argument `index` has static type `argument`; nil when that argument
    /// does not fix `T` (another parameter, or a type that says nothing).
    func result(forArgument index: Int, of argument: StaticType) -> StaticType? {
        guard index == parameter else { return nil }
        let element: StaticType
        switch parameterShape {
        case .bare: element = argument
        case .array:
            guard case .array(let e) = argument else { return nil }
            element = e
        case .optional: return nil
        }
        guard !element.isVague, element != .nilLiteral else { return nil }
        switch resultShape {
        case .bare: return element
        case .array: return .array(element)
        case .optional: return .optional(element)
        }
    }

    /// Which of `names` `type` is, and whether bare, as an array's element or as an optional's.
    private static func use(of names: Set<String>, in type: TypeSyntax) -> (String, Shape)? {
        func name(_ t: TypeSyntax) -> String? {
            guard let id = t.as(IdentifierTypeSyntax.self), id.genericArgumentClause == nil, names.contains(id.name.text) else { return nil }
            return id.name.text
        }
        if let bare = name(type) { return (bare, .bare) }
        if let array = type.as(ArrayTypeSyntax.self), let element = name(array.element) { return (element, .array) }
        if let optional = type.as(OptionalTypeSyntax.self), let wrapped = name(optional.wrappedType) { return (wrapped, .optional) }
        return nil
    }
}
