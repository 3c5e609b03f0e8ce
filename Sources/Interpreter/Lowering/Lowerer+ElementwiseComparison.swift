import SwiftSyntax

extension Lowerer {
    /// `a .< b`: handed to the native operator handler (one operand must be native, a tensor);
    /// Swift's own types have no element-wise comparisons.
    func elementwiseComparison(_ op: String, _ e: InfixOperatorExprSyntax) throws -> Typed {
        let l = try lower(e.leftOperand), r = try lower(e.rightOperand)
        let mayBeNative = [l.type, r.type].contains { side in
            if case .native = side { return true }
            return side.isVague
        }
        guard mayBeNative else {
            throw fail("binary operator '\(op)' cannot be applied to operands of type '\(l.type.name)' and '\(r.type.name)'", e.operator)
        }
        let lc = l.code, rc = r.code
        let position = pos(e.operator)
        let rt = self.rt
        return Typed(.unknown) { f in
            let a = try lc(f), b = try rc(f)
            return try at(position) {
                if let handler = rt.binaryOperator, a.isNative || b.isNative, let v = try handler(op, a, b, rt.nativeContext) {
                    return v
                }
                throw RuntimeFailure("binary operator '\(op)' cannot be applied to operands of type '\(a.typeName)' and '\(b.typeName)'")
            }
        }
    }
}

extension Value {
    /// Whether the value is a native object.
    fileprivate var isNative: Bool {
        if case .native = self { return true }
        return false
    }
}
