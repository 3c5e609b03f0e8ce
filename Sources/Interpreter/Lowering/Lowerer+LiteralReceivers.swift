import SwiftSyntax

extension Lowerer {
    /// An array literal of integer literals before a method whose result the context types as an array
    /// of floating-point numbers: Swift infers the literal's elements from that context
    /// (`let ys: [Double] = [1, 2].filter { $0 > 1 }`), and for `map` only when the closure cannot give
    /// the element type from `Int` elements (`[1, 2].map { $0 * 2 }` is `[Double]` of Doubles, while
    /// `[7].map { Double($0 / 2) }` divides Ints, as Swift's preference for the literal's default type
    /// has it). Nil when the call is not of this form or the literal's default type already fits.
    func literalReceiverCall(_ baseExpr: ExprSyntax, _ name: String, _ args: [CallArgument], _ e: FunctionCallExprSyntax,
                             nameNode: DeclReferenceExprSyntax, expected: StaticType?) throws -> Typed? {
        guard case .array(let wanted)? = expected, wanted == .double || wanted == .float,
            let literal = baseExpr.as(ArrayExprSyntax.self), !literal.elements.isEmpty,
            literal.elements.allSatisfy({ $0.expression.is(IntegerLiteralExprSyntax.self) }) else { return nil }
        switch name {
        case "map", "compactMap":
            let asInts = try valueMethodCall(try lower(baseExpr), name, args, e, nameNode: nameNode, expected: expected)
            guard asInts.type == StaticType.array(.int) else { return asInts }
            return try valueMethodCall(try lower(baseExpr, expected: .array(wanted)), name, args, e, nameNode: nameNode, expected: expected)
        case "filter", "sorted", "reversed", "shuffled", "prefix", "suffix", "dropFirst", "dropLast":
            return try valueMethodCall(try lower(baseExpr, expected: .array(wanted)), name, args, e, nameNode: nameNode, expected: expected)
        default:
            return nil
        }
    }
}
