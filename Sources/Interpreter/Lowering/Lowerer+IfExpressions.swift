import SwiftSyntax

extension Lowerer {
    /// Whether `e` is an `if` whose every branch is one expression and which has a final `else`:
    /// Swift's `if` expression (`let rate = if epoch < 5 { 0.1 } else { 0.01 }`, or the whole body
    /// of a function that returns a value).
    func isValueIf(_ e: ExprSyntax) -> Bool {
        guard let i = e.as(IfExprSyntax.self), isOneExpression(i.body.statements) else { return false }
        switch i.elseBody {
        case .ifExpr(let next): return isValueIf(ExprSyntax(next))
        case .codeBlock(let block): return isOneExpression(block.statements)
        case nil: return false
        }
    }

    private func isOneExpression(_ statements: CodeBlockItemListSyntax) -> Bool {
        guard let e = onlyExpression(statements) else { return false }
        return isValueExpression(e)
    }

    /// An `if` expression (see `isValueIf`): its conditions (bindings included, in a block of their
    /// own), then the value of the branch taken. The branches have one type: the context's, else
    /// the first branch's that is not a number literal (a literal adapts to it, as in Swift).
    func ifExpression(_ e: IfExprSyntax, expected: StaticType?) throws -> Typed {
        let branches = try valueIfBranches(e)
        var anchor = expected
        if anchor == nil, let branch = branches.first(where: { !isNumericLiteral($0.value) }) {
            // (Lowered once more below; its conditions' names are bound in a block of their own.)
            scope.blocks.append([:])
            defer { scope.blocks.removeLast() }
            _ = try branch.conditions.map { try lowerConditions($0) }
            anchor = try lower(branch.value).type
        }
        var lowered: [(test: ((Frame) throws -> Bool)?, value: Typed)] = []
        for branch in branches {
            scope.blocks.append([:])
            defer { scope.blocks.removeLast() }
            let test = try branch.conditions.map { try lowerConditions($0) }
            lowered.append((test, try lower(branch.value, expected: anchor)))
        }
        let type = anchor ?? lowered[0].value.type
        let parts = try zip(lowered, branches).map { part, branch in
            (test: part.test, value: CodeBox(run: try coerce(part.value, to: type, branch.value).code))
        }
        return Typed(type) { f in
            for part in parts where try part.test?(f) ?? true { return try part.value.run(f) }
            return .void  // (unreachable: the last branch has no test)
        }
    }

    /// The branches of an `if` expression in order: each one's conditions (nil for the final
    /// `else`) and its expression.
    private func valueIfBranches(_ e: IfExprSyntax) throws -> [(conditions: ConditionElementListSyntax?, value: ExprSyntax)] {
        guard let value = onlyExpression(e.body.statements) else { throw unsupported("this 'if' expression", e) }
        var branches = [(conditions: Optional(e.conditions), value: value)]
        switch e.elseBody {
        case .ifExpr(let next): branches += try valueIfBranches(next)
        case .codeBlock(let block):
            guard let last = onlyExpression(block.statements) else { throw unsupported("this 'if' expression", block) }
            branches.append((nil, last))
        case nil: throw fail("'if' must have an unconditional 'else' to be used as expression", e)
        }
        return branches
    }
}
