import SwiftSyntax

extension Lowerer {
    /// What the type parameters of a generic function stand for: the body is lowered once, with a
    /// parameter constrained to a protocol declared in the notebook treated as that protocol (an
    /// existential: its requirements dispatch on the value's own type), and any other parameter
    /// (unconstrained, or constrained only by Swift's protocols such as `Comparable` or `Numeric`)
    /// as a value whose type is checked when it is used. Values carry their own types, so nothing
    /// is specialised per call. Swift has checked a call's types before it runs; nbrun checks
    /// arguments against the protocol only.
    func typeParameters(_ clause: GenericParameterClauseSyntax?, _ whereClause: GenericWhereClauseSyntax?) throws -> [String: StaticType] {
        guard let clause else {
            if let whereClause { throw unsupported("a 'where' clause without type parameters", whereClause) }
            return [:]
        }
        var result: [String: StaticType] = [:]
        for parameter in clause.parameters {
            if let each = parameter.specifier { throw unsupported("a parameter pack", each) }
            result[parameter.name.text] = try constraintType(parameter.inheritedType)
        }
        /// `S.Element`, `C.Iterator.Element`: an associated type of a type parameter (checked where used).
        func isAssociatedType(_ t: TypeSyntax) -> Bool {
            guard let member = t.as(MemberTypeSyntax.self) else { return false }
            return result[member.baseType.trimmedDescription] != nil || isAssociatedType(member.baseType)
        }
        for requirement in whereClause?.requirements ?? [] {
            if case .sameTypeRequirement(let same) = requirement.requirement, let left = same.leftType.as(TypeSyntax.self),
                let right = same.rightType.as(TypeSyntax.self) {
                // `where S.Element == Double`, `where A.Input == B.Output`: the elements' type,
                // checked where they are used; `where T == Double`: the parameter is that type.
                if isAssociatedType(left) {
                    if !isAssociatedType(right) { _ = try resolveType(right) }
                    continue
                }
                if let name = left.as(IdentifierTypeSyntax.self)?.name.text, result[name] != nil {
                    result[name] = try resolveType(right)
                    continue
                }
            }
            guard case .conformanceRequirement(let c) = requirement.requirement else {
                throw unsupported("this requirement", requirement)
            }
            if isAssociatedType(c.leftType) { continue }  // `where S.Element: Numeric`
            let name = c.leftType.trimmedDescription
            guard result[name] != nil else { throw fail("cannot find type '\(name)' in scope", c.leftType) }
            if case .nominal(let added) = try constraintType(c.rightType) {
                // (A second protocol of the notebook's: the value's members are found on its own type, as for `P & Q`.)
                if case .nominal(let first)? = result[name], first !== added { result[name] = .unknown } else { result[name] = .nominal(added) }
            }
        }
        return result
    }

    /// The static type a type parameter with constraint `constraint` stands for.
    func constraintType(_ constraint: TypeSyntax?) throws -> StaticType {
        guard let constraint else { return .unknown }
        if let composition = constraint.as(CompositionTypeSyntax.self) {
            // `P & Q`: the one protocol of the notebook's among them; with several, a value whose members are
            // found on its own type when used.
            let declared = try composition.elements.compactMap { element -> NominalType? in
                if case .nominal(let t) = try constraintType(element.type) { return t }
                return nil
            }
            return declared.count == 1 ? .nominal(declared[0]) : .unknown
        }
        guard let id = constraint.as(IdentifierTypeSyntax.self) else { throw unsupported("this constraint", constraint) }
        if let declared = scope.lookup(id.name.text)?.binding.type.declaredType {
            return declared.isProtocol || declared.isClass ? .nominal(declared) : .unknown
        }
        // A host protocol (`<M: Layer>`): its values are checked where used, as for `[Layer]`.
        guard Lowerer.standardProtocols.contains(id.name.text) || rt.nativeProtocols[id.name.text] != nil else {
            throw fail("cannot find type '\(id.name.text)' in scope", constraint)
        }
        return .unknown
    }

    /// Swift's own protocols a type parameter may be constrained by (checked where used).
    static let standardProtocols: Set<String> = [
        "Any", "AnyObject", "Equatable", "Hashable", "Comparable", "Numeric", "SignedNumeric", "AdditiveArithmetic",
        "BinaryInteger", "SignedInteger", "FixedWidthInteger", "FloatingPoint", "BinaryFloatingPoint",
        "CustomStringConvertible", "Sequence", "Collection", "StringProtocol", "Codable", "Differentiable",
        "TensorFlowScalar", "TensorFlowFloatingPoint", "Error", "Sendable", "CaseIterable", "RawRepresentable",
        "CustomDebugStringConvertible", "Strideable", "UnsignedInteger", "Identifiable", "IteratorProtocol",
        "BidirectionalCollection", "RandomAccessCollection", "MutableCollection", "Encodable", "Decodable",
    ]
}
