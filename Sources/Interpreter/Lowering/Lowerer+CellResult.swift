import SwiftSyntax

extension Lowerer {
    /// Lowers the top level of a cell like `lowerCell(_:)`, and when its last item is an expression with
    /// a value (not an assignment, a mutating call, an `if` or a `switch`), hands that value to `result`
    /// after the cell ran: a REPL's echo of the last expression, Jupyter's `execute_result`.
    func lowerCell(_ file: SourceFileSyntax, result: @escaping (Value) -> Void) throws -> StmtCode {
        guard let last = file.statements.last, case .expr(let expr) = last.item,
              !expr.is(IfExprSyntax.self), !expr.is(SwitchExprSyntax.self)
        else { return try lowerCell(file) }
        let body = try lowerItems(file.statements.dropLast(), topLevel: true)
        if let e = expr.as(InfixOperatorExprSyntax.self), let assignment = try lowerAssignment(e) {
            return sequence([StmtBox(run: body), StmtBox(run: assignment)])
        }
        if let call = expr.as(FunctionCallExprSyntax.self), let mutation = try lowerMutatingCall(call) {
            return sequence([StmtBox(run: body), StmtBox(run: mutation)])
        }
        let code = try lower(expr).code
        return { f in
            let flow = try body(f)
            guard flow == .normal else { return flow }
            let value = try code(f)
            if case .void = value {} else { result(value) }
            return .normal
        }
    }
}
