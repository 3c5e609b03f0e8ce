import SwiftSyntax

extension Lowerer {
    /// The `static func op` of a declared type that an operand has (left operand first), or nil
    /// when neither operand is of a type implementing `op`.
    func operatorImplementation(_ op: String, _ left: ExprSyntax, _ right: ExprSyntax) throws -> Method? {
        let lowered = [try lower(left), try lower(right)]
        var candidates: [Method] = []
        for operand in lowered {
            guard case .nominal(let type) = operand.type else { continue }
            for method in Self.operatorOverloads(op, in: type.staticMethods) where !candidates.contains(where: { $0 === method }) {
                candidates.append(method)
            }
        }
        return operatorOverload(candidates, [left, right], lowered)
    }
}
