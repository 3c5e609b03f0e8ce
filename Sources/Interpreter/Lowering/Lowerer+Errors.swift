import SwiftSyntax

extension Lowerer {
    /// `throw e`: raises the value through the compiled closures as a `RuntimeError` carrying it
    /// (Swift's own unwinding, so code that throws nothing pays nothing); unhandled, it stops the
    /// cell with Swift's top-level message, located at the `throw`.
    func lowerThrow(_ s: ThrowStmtSyntax) throws -> StmtCode {
        try checkHandled(s.throwKeyword, "error is not handled because the enclosing function is not declared 'throws'")
        let value = try lower(s.expression, expected: catchAllDepth == 0 ? scope.thrownType : nil)
        guard isErrorType(value.type) else {
            throw fail("thrown expression type '\(value.type.name)' does not conform to 'Error'", s.expression)
        }
        if catchAllDepth == 0, let declared = scope.thrownType, value.type != declared, value.type != .unknown {
            throw fail("thrown expression type '\(value.type.name)' cannot be converted to error type '\(declared.name)'", s.expression)
        }
        thrownTypes?.append(value.type == .unknown ? nil : value.type)
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

    /// Swift's error for a call of a throwing function not covered by a `try`, or of a `rethrows`
    /// one with an argument that throws.
    func checkTry(_ signature: Signature, _ node: some SyntaxProtocol, arguments: [CallArgument]) throws {
        if signature.throwing, tryDepth == 0 { throw fail(unmarkedCallMessage, node) }
        if signature.throwing { thrownTypes?.append(signature.thrownType) }
        if signature.isRethrowing { try checkRethrowingCall(arguments, node) }
    }

    /// The check of a call of a `rethrows` function (as the standard library's methods that take
    /// closures are): it needs a `try` when one of its arguments throws.
    func checkRethrowingCall(_ arguments: [CallArgument], _ node: some SyntaxProtocol) throws {
        if tryDepth == 0, arguments.contains(where: { argumentThrows($0.expr) }) { throw fail(unmarkedCallMessage, node) }
    }

    /// swiftc's words for a throwing call without `try`, which say so when nothing handles the error.
    private var unmarkedCallMessage: String {
        scope.mayThrow || catchAllDepth > 0 ? "call can throw but is not marked with 'try'"
            : "call can throw, but it is not marked with 'try' and the error is not handled"
    }

    /// Whether an argument is a function that throws: a closure Swift infers to throw, or a declared
    /// `throws` function named as a value. (Other function values are taken not to throw.)
    func argumentThrows(_ e: ExprSyntax) -> Bool {
        if let closure = e.as(ClosureExprSyntax.self) { return ThrowSites.closureThrows(closure) }
        if let ref = e.as(DeclReferenceExprSyntax.self), let (_, binding) = scope.lookup(ref.baseName.text) {
            return binding.signature?.throwing ?? false
        }
        return false
    }

    /// `try e`, `try? e` (nil when `e` throws) and `try! e` (a trap when it does).
    func lowerTry(_ e: TryExprSyntax, expected: StaticType?) throws -> Typed {
        tryDepth += 1
        defer { tryDepth -= 1 }
        let mark = e.questionOrExclamationMark?.tokenKind
        if mark == nil { try checkHandled(e.tryKeyword, "errors thrown from here are not handled") }
        var context = expected
        if mark == .postfixQuestionMark, case .optional(let wrapped)? = expected { context = wrapped }
        let recorded = thrownTypes?.count
        let inner = try lower(e.expression, expected: context)
        if let recorded {
            // `try?` and `try!` let no error out; a plain `try` of a call whose error type is not
            // known here (a closure's, a native function's) may throw any error.
            if mark != nil { thrownTypes?.removeSubrange(recorded...) }
            else if thrownTypes?.count == recorded { thrownTypes?.append(nil) }
        }
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
        let catchesAll = ThrowSites.catchesAll(s)
        let outerThrownTypes = thrownTypes
        thrownTypes = []
        let body = try {
            let handled = catchesAll ? 1 : 0
            catchAllDepth += handled
            defer { catchAllDepth -= handled }
            return try lowerBlock(s.body.statements)
        }()
        // `error` has the one type the body's `try`s and `throw`s raise (`throws(E)`), else any error.
        var errorType = StaticType.unknown
        if let written = s.throwsClause?.type {
            errorType = try resolveType(written)
        } else if let raised = thrownTypes, let first = raised.first, let type = first, raised.allSatisfy({ $0 == type }) {
            errorType = type
        }
        thrownTypes = outerThrownTypes.map { $0 + (catchesAll ? [] : (thrownTypes ?? [])) }
        var clauses: [(tests: [PatternTest], body: StmtCode)] = []
        for clause in s.catchClauses {
            scope.blocks.append([:])
            defer { scope.blocks.removeLast() }
            var tests: [PatternTest] = []
            if clause.catchItems.isEmpty { tests.append(bindPatternName("error", errorType, mutable: false).test) }
            for item in clause.catchItems {
                var test = try item.pattern.map { try compilePattern($0, subject: errorType).test }
                    ?? bindPatternName("error", errorType, mutable: false).test
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
    /// Whether a declaration is `throws` or `throws(E)` (its calls need `try`; `throws(Never)` throws
    /// nothing); `async` is not supported.
    func isThrowing(_ effects: FunctionEffectSpecifiersSyntax?) throws -> Bool {
        guard let effects else { return false }
        if let a = effects.asyncSpecifier { throw unsupported("'async'", a) }
        guard let clause = effects.throwsClause else { return false }
        if clause.type?.trimmedDescription == "Never" { return false }
        return clause.throwsSpecifier.tokenKind == .keyword(.throws)
    }

    /// For `throws(E)`: `E`, a declared type conforming to `Error`; nil for an untyped `throws` (and
    /// for `throws(any Error)`, which is the same).
    func thrownType(_ effects: FunctionEffectSpecifiersSyntax?) throws -> StaticType? {
        guard let written = effects?.throwsClause?.type, written.trimmedDescription != "Never" else { return nil }
        let type = try resolveType(written)
        if type == .unknown { return nil }
        guard isErrorType(type) else { throw fail("thrown type '\(type.name)' does not conform to the 'Error' protocol", written) }
        return type
    }

    /// Whether a declaration is `rethrows`: its body may throw, and its calls need `try` when an
    /// argument throws (`checkRethrowingCall`).
    func isRethrowing(_ effects: FunctionEffectSpecifiersSyntax?) -> Bool {
        effects?.throwsClause?.throwsSpecifier.tokenKind == .keyword(.rethrows)
    }
}
