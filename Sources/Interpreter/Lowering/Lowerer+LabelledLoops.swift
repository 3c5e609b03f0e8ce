import SwiftSyntax

/// A loop's label (`outer: for i in …`) while its body is lowered, with the number `break outer` and
/// `continue outer` leave in `Runtime.flowLabel` for the loops between them and it.
struct LoopLabel {
    let name: String
    let id: Int
}

extension Lowerer {
    /// `outer: for …`, `outer: while …`, `outer: repeat …`: the loop, whose body turns a `break outer` or
    /// `continue outer` from a nested loop into its own `break` or `continue` (see `labelledLoopBody`).
    func lowerLabelledStatement(_ s: LabeledStmtSyntax) throws -> StmtCode {
        let name = s.label.text
        guard s.statement.is(ForStmtSyntax.self) || s.statement.is(WhileStmtSyntax.self) || s.statement.is(RepeatStmtSyntax.self) else {
            throw unsupported("a label on this statement", s.label)
        }
        if scope.loopLabels.contains(where: { $0.name == name }) {
            throw fail("label '\(name)' cannot be reused on an inner statement", s.label)
        }
        scope.pendingLoopLabel = LoopLabel(name: name, id: rt.nextLoopLabel())
        defer { scope.pendingLoopLabel = nil }
        return try lowerStatement(s.statement)
    }

    /// `break outer` / `continue outer` (nil `label`: the innermost loop's, as before).
    func labelledJump(_ label: TokenSyntax, isBreak: Bool) throws -> StmtCode {
        guard let target = scope.loopLabels.last(where: { $0.name == label.text }) else {
            throw fail("cannot find label '\(label.text)' in scope", label)
        }
        let rt = self.rt, id = target.id, flow: Flow = isBreak ? .breakLabel : .continueLabel
        return { _ in
            rt.flowLabel = id
            return flow
        }
    }

    /// A labelled loop's body: lowered with its label in scope; a `break` or `continue` naming it that
    /// comes out of a nested loop becomes this loop's own.
    func labelledLoopBody(_ label: LoopLabel, _ lower: () throws -> StmtCode) throws -> StmtCode {
        scope.loopLabels.append(label)
        defer { scope.loopLabels.removeLast() }
        let body = try lower()
        let rt = self.rt, id = label.id
        return { f in
            let flow = try body(f)
            guard flow == .breakLabel || flow == .continueLabel, rt.flowLabel == id else { return flow }
            return flow == .breakLabel ? .breakLoop : .continueLoop
        }
    }
}
