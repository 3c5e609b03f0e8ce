import SwiftSyntax

extension Lowerer {
    /// `throw e`: raises the value through the compiled closures as a `RuntimeError` carrying it
    /// (Swift's own unwinding, so code that throws nothing pays nothing); unhandled, it stops the
    /// cell with Swift's top-level message, located at the `throw`.
    func lowerThrow(_ s: ThrowStmtSyntax) throws -> StmtCode {
        try checkHandled(s.throwKeyword, "error is not handled because the enclosing function is not declared 'throws'")
        let value = try lower(s.expression)
        guard isErrorType(value.type) else {
            throw fail("thrown expression type '\(value.type.name)' does not conform to 'Error'", s.expression)
        }
        let code = value.code
        let position = pos(s)
        return { f in
            let thrown = try code(f)
            throw RuntimeError(message: "Error raised at top level: \(thrown.debugDescription)", position: position, thrown: ThrownValue(value: thrown))
        }
    }

    /// Whether values of `type` may be thrown: a declared type conforming to `Error`, or a value
    /// whose type is only known at run time (a caught `error` thrown again).
    func isErrorType(_ type: StaticType) -> Bool {
        if case .nominal(let t) = type { return t.conformances.contains("Error") }
        return type == .unknown
    }

    /// Swift's errors for a `throw` or `try` where nothing would handle the error: outside a
    /// `throws` function and outside a `do` with a catch-all clause.
    func checkHandled(_ node: some SyntaxProtocol, _ message: String) throws {
        if !scope.mayThrow, catchAllDepth == 0 { throw fail(message, node) }
    }

    /// Swift's error for a call of a throwing function not covered by a `try`.
    func checkTry(_ signature: Signature, _ node: some SyntaxProtocol) throws {
        if signature.throwing, tryDepth == 0 { throw fail("call can throw but is not marked with 'try'", node) }
    }

    /// `try e`, `try? e` (nil when `e` throws) and `try! e` (a trap when it does).
    func lowerTry(_ e: TryExprSyntax, expected: StaticType?) throws -> Typed {
        tryDepth += 1
        defer { tryDepth -= 1 }
        let mark = e.questionOrExclamationMark?.tokenKind
        if mark == nil { try checkHandled(e.tryKeyword, "errors thrown from here are not handled") }
        var context = expected
        if mark == .postfixQuestionMark, case .optional(let wrapped)? = expected { context = wrapped }
        let inner = try lower(e.expression, expected: context)
        let code = inner.code
        switch mark {
        case .postfixQuestionMark?:
            // As in Swift 5, an optional result is not wrapped again.
            let isOptional: Bool
            if case .optional = inner.type { isOptional = true } else { isOptional = false }
            let vague = inner.type.isVague
            return Typed(isOptional || vague ? (vague ? .unknown : inner.type) : .optional(inner.type)) { f in
                do {
                    let value = try code(f)
                    return vague ? value.asOptional : (isOptional ? value : .some(value))
                } catch let error as RuntimeError where error.thrown != nil {
                    return .none
                }
            }
        case .exclamationMark?:
            let position = pos(e)
            return Typed(inner.type) { f in
                do {
                    return try code(f)
                } catch let error as RuntimeError {
                    guard let thrown = error.thrown?.value else { throw error }
                    throw RuntimeError(message: "'try!' expression unexpectedly raised an error: \(thrown.debugDescription)",
                                       position: position)
                }
            }
        default:
            return inner
        }
    }

    /// `do { … } catch P { … } catch { … }`: the first clause whose pattern matches the thrown
    /// value runs; a bare `catch` binds `error`; an error no clause matches propagates.
    func lowerDoCatch(_ s: DoStmtSyntax) throws -> StmtCode {
        if let t = s.throwsClause { throw unsupported("a typed 'do throws'", t) }
        let catchesAll = s.catchClauses.contains { c in c.catchItems.isEmpty || c.catchItems.contains { isCatchAll($0) } }
        if catchesAll { catchAllDepth += 1 }
        let body = try lowerBlock(s.body.statements)
        if catchesAll { catchAllDepth -= 1 }
        var clauses: [(tests: [PatternTest], body: StmtCode)] = []
        for clause in s.catchClauses {
            scope.blocks.append([:])
            defer { scope.blocks.removeLast() }
            var tests: [PatternTest] = []
            if clause.catchItems.isEmpty { tests.append(bindPatternName("error", .unknown, mutable: false).test) }
            for item in clause.catchItems {
                var test = try item.pattern.map { try compilePattern($0, subject: .unknown).test }
                    ?? bindPatternName("error", .unknown, mutable: false).test
                if let w = item.whereClause {
                    let extra = try condition(w.condition)
                    let base = test
                    test = { f, v in try base(f, v) && extra(f) }
                }
                tests.append(test)
            }
            clauses.append((tests, try lowerBlock(clause.body.statements)))
        }
        return { f in
            do {
                return try body(f)
            } catch let error as RuntimeError {
                guard let thrown = error.thrown?.value else { throw error }
                for clause in clauses {
                    for test in clause.tests where try test(f, thrown) { return try clause.body(f) }
                }
                throw error
            }
        }
    }

    /// Whether a `catch` item catches every error (`catch let e`, `catch _`, `catch`).
    func isCatchAll(_ item: CatchItemSyntax) -> Bool {
        guard item.whereClause == nil else { return false }
        guard var pattern = item.pattern else { return true }
        if let b = pattern.as(ValueBindingPatternSyntax.self) { pattern = b.pattern }
        if let e = pattern.as(ExpressionPatternSyntax.self)?.expression, let p = e.as(PatternExprSyntax.self) { pattern = p.pattern }
        return pattern.is(IdentifierPatternSyntax.self) || pattern.is(WildcardPatternSyntax.self)
    }

    /// Wraps the statements after each `defer` so the deferred block runs when they finish: on
    /// normal exit, `return`, `break`, `continue` or a thrown error. Later `defer`s are wrapped
    /// inside earlier ones, so they run first (reverse order), as in Swift.
    func assembleDefers(_ codes: [StmtBox], _ defers: [(at: Int, body: StmtCode)]) -> [StmtBox] {
        var codes = codes
        for (at, deferred) in defers.reversed() {
            let rest = sequence(Array(codes[at...]))
            codes = Array(codes[..<at]) + [StmtBox { f in
                let flow: Flow
                do {
                    flow = try rest(f)
                } catch {
                    _ = try deferred(f)
                    throw error
                }
                _ = try deferred(f)
                return flow
            }]
        }
        return codes
    }
}

extension Lowerer {
    /// Whether a declaration is `throws` (its calls need `try`); `async` and typed `throws(E)` are
    /// not supported.
    func isThrowing(_ effects: FunctionEffectSpecifiersSyntax?) throws -> Bool {
        guard let effects else { return false }
        if let a = effects.asyncSpecifier { throw unsupported("'async'", a) }
        guard let clause = effects.throwsClause else { return false }
        if let type = clause.type { throw unsupported("typed 'throws(\(type.trimmedDescription))'", clause) }
        return clause.throwsSpecifier.tokenKind == .keyword(.throws)
    }

    /// Whether a declaration is `rethrows`: its body may throw, and its calls are not checked for
    /// `try` (Swift asks for one only when an argument throws, which is not tracked here).
    func isRethrowing(_ effects: FunctionEffectSpecifiersSyntax?) -> Bool {
        effects?.throwsClause?.throwsSpecifier.tokenKind == .keyword(.rethrows)
    }
}
