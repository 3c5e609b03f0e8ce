import SwiftSyntax

/// `Optional`'s cases written out: `.some(3)` and `.none` where an optional is expected,
/// `Optional.some(3)`, `Optional.none`, `Optional<Int>.none`.
extension Lowerer {
    /// `.some(x)` (an optional expected) or `Optional.some(x)`; nil for any other call.
    func optionalSomeCall(_ callee: ExprSyntax, _ args: [CallArgument], expected: StaticType?) throws -> Typed? {
        guard let m = callee.as(MemberAccessExprSyntax.self), m.declName.baseName.text == "some", args.count == 1,
            args[0].label == nil else { return nil }
        let wrapped: StaticType?
        if let base = m.base {
            guard isOptionalTypeName(base) else { return nil }
            if case .optional(let w)? = expected { wrapped = w } else { wrapped = nil }
        } else {
            guard case .optional(let w)? = expected else { return nil }
            wrapped = w
        }
        let inner = try lower(args[0].expr, expected: wrapped)
        let value = try wrapped.map { try coerce(inner, to: $0, args[0].expr) } ?? inner
        let code = value.code
        return Typed(.optional(value.type)) { f in .some(try code(f)) }
    }

    /// `.none` where an optional is expected (Swift's choice also when the wrapped enum has a `none`
    /// case), `Optional.none`, `Optional<Int>.none`; nil for any other member.
    func optionalNone(_ m: MemberAccessExprSyntax, expected: StaticType?) -> Typed? {
        guard m.declName.baseName.text == "none" else { return nil }
        guard let base = m.base else {
            if case .optional? = expected { return .constant(.none, expected!) }
            return nil
        }
        guard isOptionalTypeName(base) else { return nil }
        if let g = base.as(GenericSpecializationExprSyntax.self), let argument = g.genericArgumentClause.arguments.first,
            case .type(let written) = argument.argument, let type = try? resolveType(written) {
            return .constant(.none, .optional(type))
        }
        if case .optional? = expected { return .constant(.none, expected!) }
        return .constant(.none, .nilLiteral)
    }

    /// Whether `e` names Swift's `Optional` (`Optional`, `Optional<Int>`) and not a declaration of the notebook.
    private func isOptionalTypeName(_ e: ExprSyntax) -> Bool {
        let ref = e.as(DeclReferenceExprSyntax.self) ?? e.as(GenericSpecializationExprSyntax.self)?.expression.as(DeclReferenceExprSyntax.self)
        guard let ref, ref.baseName.text == "Optional" else { return false }
        return scope.lookup("Optional") == nil
    }
}
