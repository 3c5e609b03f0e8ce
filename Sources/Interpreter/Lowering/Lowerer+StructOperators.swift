import SwiftSyntax

extension Lowerer {
    /// The `static func op` of a declared type that an operand has (left operand first), or nil
    /// when neither operand is of a type implementing `op`.
    func operatorImplementation(_ op: String, _ left: ExprSyntax, _ right: ExprSyntax) throws -> Method? {
        for operand in [left, right] {
            if case .nominal(let type) = try lower(operand).type, let method = type.staticMethods[op] { return method }
        }
        return nil
    }
}
