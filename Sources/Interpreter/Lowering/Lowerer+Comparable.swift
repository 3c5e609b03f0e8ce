import SwiftSyntax

extension Lowerer {
    /// `a > b`, `a <= b`, `a >= b` for a `Comparable` type that implements only `<` (Swift derives
    /// the others from it); nil when `op` is not one of those or the operands are not such a type.
    func derivedComparison(_ op: String, _ e: InfixOperatorExprSyntax) throws -> Typed? {
        guard [">", "<=", ">="].contains(op), case .nominal(let type) = try lower(e.leftOperand).type,
            type.conformances.contains("Comparable"), type.staticMethods[op] == nil, let less = type.staticMethods["<"] else {
            return nil
        }
        // a > b is b < a; a <= b is !(b < a); a >= b is !(a < b).
        let swapped = op != ">="
        let operands = [CallArgument(label: nil, expr: swapped ? e.rightOperand : e.leftOperand),
                        CallArgument(label: nil, expr: swapped ? e.leftOperand : e.rightOperand)]
        let code = try invoke(less, receiver: nil, operands, e.operator).code
        let negated = op != ">"
        return Typed(.bool) { f in
            guard case .bool(let b) = try code(f) else { throw RuntimeFailure("'<' must return a Bool") }
            return .bool(b != negated)
        }
    }

    /// Lets `sorted()`, `min()` and `max()` order values of a `Comparable` type by its own `<`.
    func installOrdering(_ type: NominalType) {
        guard type.conformances.contains("Comparable"), let less = type.staticMethods["<"] else { return }
        let rt = self.rt
        type.lessThan = { a, b in
            guard let fn = less.function else { throw RuntimeFailure("'<' is used before its declaration") }
            guard case .bool(let x) = try rt.invoke(fn, a, b) else { throw RuntimeFailure("'<' must return a Bool") }
            return x
        }
    }
}
