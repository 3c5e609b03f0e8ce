import SwiftSyntax

extension Lowerer {
    /// `optimizer.learningRate = 0.01` (or `*= 0.5`) where the base is a native object: the object
    /// is a reference, so its property is set through `setProperty` whether the base is a `let` or a
    /// `var`; nil when the target is not a property of a native value.
    func nativePropertyAssignment(_ e: InfixOperatorExprSyntax, _ op: String) throws -> StmtCode? {
        guard let m = e.leftOperand.as(MemberAccessExprSyntax.self), let baseExpr = m.base,
            baseExpr.is(DeclReferenceExprSyntax.self) || baseExpr.is(MemberAccessExprSyntax.self) else { return nil }
        if let ref = baseExpr.as(DeclReferenceExprSyntax.self), scope.lookup(ref.baseName.text) == nil { return nil }
        let base = try lower(baseExpr)
        guard case .native = base.type else { return nil }
        let name = m.declName.baseName.text
        let value = try lower(e.rightOperand).code
        let object = base.code
        let binary = op == "=" ? nil : String(op.dropLast())
        let position = pos(e.operator)
        let rt = self.rt
        return { f in
            guard case .native(let native) = try object(f) else { throw RuntimeFailure("expected a native object") }
            let new = try value(f)
            try at(position) {
                var result = new
                if let binary {
                    let old = try native.property(name, context: rt.nativeContext)
                    result = try Arithmetic.apply(binary, old, new, rt)
                }
                try native.setProperty(name, result, context: rt.nativeContext)
            }
            return .normal
        }
    }
}
