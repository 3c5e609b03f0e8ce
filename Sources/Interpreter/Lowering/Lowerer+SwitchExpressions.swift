import SwiftSyntax

extension Lowerer {
    /// Whether `e` is a `switch` whose every case is one expression, or a `throw` or a call that never
    /// returns, with at least one expression: Swift's `switch` expression (`let rate = switch phase {
    /// case .warmUp: 0.1 case .train: 0.01 }`, or the whole body of a function that returns a value).
    func isValueSwitch(_ e: ExprSyntax) -> Bool {
        guard let s = e.as(SwitchExprSyntax.self) else { return false }
        var givesValue = false
        for element in s.cases {
            guard case .switchCase(let c) = element else { return false }
            if switchCaseValue(c) != nil {
                givesValue = true
            } else if c.statements.count != 1 || !definitelyReturns(c.statements) {
                return false
            }
        }
        return givesValue
    }

    /// Whether `e` can give a block's value: not an assignment, and an `if` or `switch` only as an expression.
    func isValueExpression(_ e: ExprSyntax) -> Bool {
        !isAssignment(e) && (!e.is(IfExprSyntax.self) || isValueIf(e)) && (!e.is(SwitchExprSyntax.self) || isValueSwitch(e))
    }

    /// A `switch` expression (see `isValueSwitch`): the subject, then the value of the first case that
    /// matches. The cases have one type: the context's, else the first case's that is not a number
    /// literal (a literal adapts to it, as in Swift).
    func switchExpression(_ e: SwitchExprSyntax, expected: StaticType?) throws -> Typed {
        let subject = try lower(e.subject)
        scope.blocks.append([:])
        defer { scope.blocks.removeLast() }
        var anchor = expected
        if anchor == nil {
            // (The cases are lowered once more below, with the type found here.)
            let types = try switchArms(e, subject: subject.type) { c -> StaticType? in
                guard let value = switchCaseValue(c), !isNumericLiteral(value) else { return nil }
                return try lower(value).type
            }
            anchor = types.lazy.compactMap(\.body).first
        }
        let arms = try switchArms(e, subject: subject.type) { c -> (value: Typed, given: ExprSyntax?) in
            guard let value = switchCaseValue(c) else {
                let statements = try lowerItems(Array(c.statements))
                return (Typed(.unknown) { f in _ = try statements(f); return .void }, nil)
            }
            return (try lower(value, expected: anchor), value)
        }
        let type = anchor ?? arms.lazy.compactMap { $0.body.given == nil ? nil : $0.body.value.type }.first ?? .unknown
        let bodies = try arms.map { arm in
            let value = try arm.body.given.map { try coerce(arm.body.value, to: type, $0) } ?? arm.body.value
            return SwitchArm(matches: arm.matches, boundName: arm.boundName, body: CodeBox(run: value.code))
        }
        let code = subject.code
        return Typed(type) { f in
            let value = try code(f)
            for arm in bodies {
                for match in arm.matches where try match(f, value) { return try arm.body.run(f) }
            }
            return .void  // (unreachable: the cases cover every value)
        }
    }

    /// Swift takes an `if` or `switch` as a value only where it is the whole of what is returned, thrown,
    /// assigned with `=` or given to a `let`/`var`, or the one expression of a body or of a branch of
    /// another such `if` or `switch`.
    func checkValuePosition(_ e: ExprSyntax, keyword: String) throws {
        let parent = e.parent
        let allowed = parent?.is(CodeBlockItemListSyntax.self) == true
            || parent?.is(ExpressionStmtSyntax.self) == true || parent?.is(CodeBlockItemSyntax.self) == true
            || parent?.is(InitializerClauseSyntax.self) == true || parent?.is(ReturnStmtSyntax.self) == true
            || parent?.is(ThrowStmtSyntax.self) == true
            || parent?.as(InfixOperatorExprSyntax.self).map { $0.operator.is(AssignmentExprSyntax.self) && $0.rightOperand.id == e.id } == true
        if !allowed {
            throw fail("'\(keyword)' may only be used as expression in return, throw, or as the source of an assignment", e)
        }
    }

    /// The one expression a case of a `switch` expression gives, or nil for a case that throws or traps.
    private func switchCaseValue(_ c: SwitchCaseSyntax) -> ExprSyntax? {
        guard let value = onlyExpression(c.statements), isValueExpression(value), !expressionReturns(value) else { return nil }
        return value
    }
}
