import SwiftSyntax

/// Where a body may throw, found as Swift infers whether a closure throws: a `throw`, or a `try`
/// that is not `try?`/`try!`, outside nested closures and functions and outside the body of a `do`
/// whose `catch` clauses catch every error.
final class ThrowSites: SyntaxVisitor {
    private(set) var found = false

    /// Whether a closure throws: declared `throws`, or a throw site in its body.
    static func closureThrows(_ closure: ClosureExprSyntax) -> Bool {
        if closure.signature?.effectSpecifiers?.throwsClause != nil { return true }
        let sites = ThrowSites(viewMode: .sourceAccurate)
        sites.walk(closure.statements)
        return sites.found
    }

    /// Whether a `do` statement's `catch` clauses catch every error (`catch`, `catch let e`, `catch _`).
    static func catchesAll(_ s: DoStmtSyntax) -> Bool {
        s.catchClauses.contains { c in c.catchItems.isEmpty || c.catchItems.contains(where: isCatchAll) }
    }

    /// Whether a `catch` item catches every error.
    static func isCatchAll(_ item: CatchItemSyntax) -> Bool {
        guard item.whereClause == nil else { return false }
        guard var pattern = item.pattern else { return true }
        if let b = pattern.as(ValueBindingPatternSyntax.self) { pattern = b.pattern }
        if let e = pattern.as(ExpressionPatternSyntax.self)?.expression, let p = e.as(PatternExprSyntax.self) { pattern = p.pattern }
        return pattern.is(IdentifierPatternSyntax.self) || pattern.is(WildcardPatternSyntax.self)
    }

    override func visit(_ node: TryExprSyntax) -> SyntaxVisitorContinueKind {
        if node.questionOrExclamationMark == nil { found = true }
        return found ? .skipChildren : .visitChildren
    }

    override func visit(_ node: ThrowStmtSyntax) -> SyntaxVisitorContinueKind {
        found = true
        return .skipChildren
    }

    override func visit(_ node: DoStmtSyntax) -> SyntaxVisitorContinueKind {
        guard ThrowSites.catchesAll(node) else { return .visitChildren }
        // The body's errors are caught; a catch clause's own body may still throw.
        for clause in node.catchClauses { walk(clause.body) }
        return .skipChildren
    }

    override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
}
