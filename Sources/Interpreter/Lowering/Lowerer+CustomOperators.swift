import SwiftOperators
import SwiftSyntax

extension Lowerer {
    /// Whether `name` is an infix operator the notebook declared (`infix operator •: MultiplicationPrecedence`)
    /// rather than one of Swift's or nbrun's own (`CellParser.operators`).
    static func isCustomInfixOperator(_ name: String) -> Bool {
        CellParser.operators.infixOperator(named: name) == nil
    }

    /// `infix operator • : MultiplicationPrecedence`: the parser has added it to the session's operator
    /// table (`CellParser.parse`); implementations are `func •` or a type's `static func •`.
    func declareOperator(_ o: OperatorDeclSyntax) throws -> StmtCode {
        guard o.fixitySpecifier.tokenKind == .keyword(.infix) else { throw unsupported("a '\(o.fixitySpecifier.text)' operator declaration", o) }
        return { _ in .normal }
    }

    /// `a • b` with a notebook's `func • (a: Vec, b: Vec) -> Double`; nil when no function implements the
    /// operator (a type's `static func •` is found with the other operator implementations).
    func customOperatorCall(_ op: String, _ e: InfixOperatorExprSyntax) throws -> Typed? {
        guard Self.isCustomInfixOperator(op), let (depth, binding) = scope.lookup(op), let signature = binding.signature else {
            return nil
        }
        let operands = [CallArgument(label: nil, expr: e.leftOperand), CallArgument(label: nil, expr: e.rightOperand)]
        try checkTry(signature, e, arguments: operands)
        let matched = try matchArguments(signature, operands, e)
        return directCall(op, depth: depth, slot: binding.slot, arguments: matched, defaults: signature.defaults, inOut: [],
                          result: signature.result, position: pos(e.operator))
    }

    /// `a + b` where the notebook declares `func + (a: Vec, b: Vec) -> Vec` at top level (one of Swift's own
    /// operators, for its own types): the declaration, or the overload by type, that fits the operands;
    /// nil when none does (the built-in operator then applies).
    func globalOperatorCall(_ op: String, _ e: InfixOperatorExprSyntax) throws -> Typed? {
        guard !Self.isCustomInfixOperator(op), let first = scope.lookup(op), first.binding.signature != nil else { return nil }
        let candidates = [first] + scope.lookup(prefix: Self.fullName(op, labels: [nil, nil]) + "[")
        let operands = [CallArgument(label: nil, expr: e.leftOperand), CallArgument(label: nil, expr: e.rightOperand)]
        let types = try operands.map { try lower($0.expr).type }
        guard let chosen = firstFitting(candidates, { $0.binding.signature?.types }, operands.map(\.expr), types),
            let signature = chosen.binding.signature else { return nil }
        try checkTry(signature, e, arguments: operands)
        let matched = try matchArguments(signature, operands, e)
        return directCall(op, depth: chosen.depth, slot: chosen.binding.slot, arguments: matched, defaults: signature.defaults,
                          inOut: [], result: signature.result, position: pos(e.operator))
    }
}
