import SwiftSyntax

extension Lowerer {
    func lowerStatement(_ stmt: StmtSyntax) throws -> StmtCode {
        if let s = stmt.as(ExpressionStmtSyntax.self) { return try lowerExpressionStatement(s.expression) }
        if let s = stmt.as(ForStmtSyntax.self) { return try lowerFor(s) }
        if let s = stmt.as(WhileStmtSyntax.self) { return try lowerWhile(s) }
        if let s = stmt.as(RepeatStmtSyntax.self) { return try lowerRepeat(s) }
        if let s = stmt.as(GuardStmtSyntax.self) { return try lowerGuard(s) }
        if let s = stmt.as(ReturnStmtSyntax.self) { return try lowerReturn(s) }
        if let s = stmt.as(BreakStmtSyntax.self) {
            if let label = s.label { return try labelledJump(label, isBreak: true) }
            if scope.loopDepth == 0 && scope.switchDepth == 0 {
                throw fail("'break' is only allowed inside a loop, if, do, or switch", s)
            }
            return { _ in .breakLoop }
        }
        if let s = stmt.as(ContinueStmtSyntax.self) {
            if let label = s.label { return try labelledJump(label, isBreak: false) }
            if scope.loopDepth == 0 { throw fail("'continue' is only allowed inside a loop", s) }
            return { _ in .continueLoop }
        }
        if let s = stmt.as(DoStmtSyntax.self) {
            if s.catchClauses.isEmpty { return try lowerBlock(s.body.statements) }
            return try lowerDoCatch(s)
        }
        if let s = stmt.as(ThrowStmtSyntax.self) { return try lowerThrow(s) }
        if stmt.is(DeferStmtSyntax.self) { throw fail("'defer' must be a statement of a block", stmt) }
        if let s = stmt.as(LabeledStmtSyntax.self) { return try lowerLabelledStatement(s) }
        if stmt.is(FallThroughStmtSyntax.self) { throw unsupported("'fallthrough' before the end of a case", stmt) }
        throw unsupported("this statement", stmt)
    }

    func lowerReturn(_ s: ReturnStmtSyntax) throws -> StmtCode {
        guard scope.returnType != nil else { throw fail("return invalid outside of a func", s) }
        guard s.expression != nil else {
            return { f in
                f.returnValue = .void
                return .returned
            }
        }
        let returned = try returnValue(s)
        if let slot = returned.localSlot {
            // `return n`: the variable is copied without calling its read closure.
            return { f in
                f.returnCopy(of: slot)
                return .returned
            }
        }
        let value = returned.code
        return { f in
            f.returnValue = try value(f)
            return .returned
        }
    }

    /// The value of `return e`, converted to the function's declared result type.
    func returnValue(_ s: ReturnStmtSyntax) throws -> Typed {
        guard let expected = scope.returnType else { throw fail("return invalid outside of a func", s) }
        guard let e = s.expression else { return .constant(.void, .void) }
        let value = try lower(e, expected: expected == .unknown ? nil : expected)
        if let opaque = scope.opaqueResult, !opaque.accepts(value.type) { throw fail(opaque.mismatchMessage, opaque.name) }
        return try coerce(value, to: expected, e)
    }

    /// Lowers `if`/`guard`/`while` conditions: boolean expressions and `let x = optional` bindings,
    /// declared in the current block.
    func lowerConditions(_ conditions: ConditionElementListSyntax) throws -> (Frame) throws -> Bool {
        // Boxed: a bare closure taken out of an Array comes wrapped in reabstraction thunks (see
        // `StmtBox`), which every `if` and `while` test then went through.
        var parts: [TestBox] = []
        for element in conditions {
            switch element.condition {
            case .expression(let e):
                parts.append(TestBox(run: try condition(e)))
            case .optionalBinding(let b) where b.pattern.is(ExpressionPatternSyntax.self):
                parts.append(TestBox(run: try tupleOptionalBinding(b)))
            case .optionalBinding(let b):
                guard let id = b.pattern.as(IdentifierPatternSyntax.self) else {
                    throw unsupported("this pattern in an optional binding", b.pattern)
                }
                let source: ExprSyntax = b.initializer?.value ?? ExprSyntax(DeclReferenceExprSyntax(baseName: id.identifier))
                let annotated = try b.typeAnnotation.map { try resolveType($0.type) }
                let value = try lower(source, expected: annotated.map { .optional($0) })
                var unwrapped: StaticType
                switch value.type {
                case .optional(let w): unwrapped = w
                case .unknown, .native: unwrapped = value.type
                default:
                    throw fail("initializer for conditional binding must have Optional type, not '\(value.type.name)'", source)
                }
                if let annotated { unwrapped = annotated }
                let slot = scope.declare(id.identifier.text, type: unwrapped,
                                         mutable: b.bindingSpecifier.tokenKind == .keyword(.var)).slot
                let code = value.code
                parts.append(TestBox { f in
                    switch try code(f) {
                    case .none: return false
                    case .some(let v):
                        f.slots[slot] = v
                        return true
                    case let v:
                        f.slots[slot] = v
                        return true
                    }
                })
            case .matchingPattern(let p):
                parts.append(TestBox(run: try matchingCondition(p)))
            case .availability(let a):
                throw unsupported("availability conditions", a)
            }
        }
        if parts.count == 1 { return parts[0].run }
        return { f in
            for p in parts where try !p.run(f) { return false }
            return true
        }
    }

    /// `if let (r, c) = find()`: when the optional holds a tuple, its elements are bound to the
    /// names (`_` skips one), as `let (r, c) = …` binds them.
    func tupleOptionalBinding(_ b: OptionalBindingConditionSyntax) throws -> (Frame) throws -> Bool {
        // (swift-syntax writes each name as a pattern inside an expression, `_` as a discard.)
        func name(_ e: ExprSyntax) -> String?? {
            if e.is(DiscardAssignmentExprSyntax.self) { return .some(nil) }
            if let ref = e.as(DeclReferenceExprSyntax.self) { return ref.baseName.text }
            guard let pattern = e.as(PatternExprSyntax.self)?.pattern else { return nil }
            if pattern.is(WildcardPatternSyntax.self) { return .some(nil) }
            return pattern.as(IdentifierPatternSyntax.self).map { $0.identifier.text }
        }
        guard let source = b.initializer?.value, let tuple = b.pattern.as(ExpressionPatternSyntax.self)?.expression.as(TupleExprSyntax.self),
            let names = tuple.elements.map({ name($0.expression) }) as? [String?]
        else { throw unsupported("this pattern in an optional binding", b.pattern) }
        let value = try lower(source)
        guard case .optional(let wrapped) = value.type else {
            throw fail("initializer for conditional binding must have Optional type, not '\(value.type.name)'", source)
        }
        var elementTypes = Array(repeating: StaticType.unknown, count: tuple.elements.count)
        if case .tuple(let types, _) = wrapped, types.count == elementTypes.count { elementTypes = types }
        let mutable = b.bindingSpecifier.tokenKind == .keyword(.var)
        let slots = zip(names, elementTypes).map { name, type in name.map { scope.declare($0, type: type, mutable: mutable).slot } }
        let code = value.code
        return { f in
            guard case .some(let v) = try code(f) else { return false }
            for (i, slot) in slots.enumerated() {
                if let slot { f.slots[slot] = try tupleElement(v, i) }
            }
            return true
        }
    }

    /// A boolean expression used as a condition.
    func condition(_ e: ExprSyntax) throws -> (Frame) throws -> Bool {
        testCode(try conditionExpression(e), e)
    }

    /// The Bool-yielding code of a lowered condition.
    func testCode(_ lowered: Typed, _ e: ExprSyntax) -> (Frame) throws -> Bool {
        if let test = lowered.test { return test.run }
        let code = lowered.code
        let position = pos(e)
        return { f in
            if case .bool(let b) = try code(f) { return b }
            throw RuntimeError(message: "condition is not a Bool", position: position)
        }
    }

    /// Lowers a condition, checking that it is a Bool.
    func conditionExpression(_ e: ExprSyntax) throws -> Typed {
        let lowered = try lower(e, expected: .bool)
        if lowered.type == .int {
            throw fail("type 'Int' cannot be used as a boolean; test for '!= 0' instead", e)
        }
        guard lowered.type == .bool || lowered.type.isVague else {
            throw fail("cannot convert value of type '\(lowered.type.name)' to expected condition type 'Bool'", e)
        }
        return lowered
    }

    func lowerIf(_ node: IfExprSyntax) throws -> StmtCode {
        let (test, then) = try {
            // The conditions' bindings are visible in the body only.
            scope.blocks.append([:])
            defer { scope.blocks.removeLast() }
            return (try lowerConditions(node.conditions), try lowerBlock(node.body.statements))
        }()
        let otherwise: StmtCode
        switch node.elseBody {
        case .ifExpr(let e): otherwise = try lowerIf(e)
        case .codeBlock(let b): otherwise = try lowerBlock(b.statements)
        case nil:
            // The common `if c { return x }` calls no closure when the test fails.
            return { f in try test(f) ? then(f) : .normal }
        }
        return { f in try test(f) ? then(f) : otherwise(f) }
    }

    func lowerGuard(_ node: GuardStmtSyntax) throws -> StmtCode {
        let otherwise = try lowerBlock(node.body.statements)
        if !exits(node.body.statements) {
            throw fail("'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope", node.body)
        }
        let test = try lowerConditions(node.conditions)
        return { f in try test(f) ? .normal : otherwise(f) }
    }

    /// Whether a block surely leaves its scope (its last statement returns, breaks, continues or traps).
    func exits(_ items: CodeBlockItemListSyntax) -> Bool {
        guard let last = items.last?.item else { return false }
        if case .stmt(let s) = last {
            return s.is(ReturnStmtSyntax.self) || s.is(BreakStmtSyntax.self) || s.is(ContinueStmtSyntax.self)
                || s.is(ThrowStmtSyntax.self)
        }
        if case .expr(let e) = last, let call = e.as(FunctionCallExprSyntax.self),
            let name = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text {
            return name == "fatalError"
        }
        return false
    }

    func lowerWhile(_ node: WhileStmtSyntax) throws -> StmtCode {
        scope.blocks.append([:])
        defer { scope.blocks.removeLast() }
        let test = try lowerConditions(node.conditions)
        let iteration = beginIterationScope(node.body)
        var body: StmtCode
        do {
            // (Ended on an error too: the scope must be the loop's outer one again.)
            defer { endIterationScope(iteration) }
            body = try lowerLoopBody(node.body.statements)
        }
        if let iteration {
            let size = { iteration.inner.slotCount }()
            let inner = body
            body = { f in
                let frame = Frame.make(size: size, parent: f)
                let flow = try inner(frame)
                if flow == .returned { f.returnValue = frame.returnValue }
                return flow
            }
        }
        let position = pos(node)
        let rt = self.rt
        // The counter is captured itself, as in `countingLoop`: `rt.tick` stayed a call per iteration.
        let work = rt.work
        return { f in
            while try test(f) {
                if work.tick() { try rt.checkDeadline(position) }
                let flow = try body(f)
                guard flow.continuesLoop else { return flow.afterLoop }
            }
            return .normal
        }
    }

    /// Lowers the body of a loop (where `break` and `continue` are allowed).
    func lowerLoopBody(_ items: CodeBlockItemListSyntax) throws -> StmtCode {
        let label = scope.pendingLoopLabel
        scope.pendingLoopLabel = nil
        scope.loopDepth += 1
        defer { scope.loopDepth -= 1 }
        guard let label else { return try lowerBlock(items) }
        return try labelledLoopBody(label) { try lowerBlock(items) }
    }

    func lowerRepeat(_ node: RepeatStmtSyntax) throws -> StmtCode {
        let body = try lowerLoopBody(node.body.statements)
        let test = try condition(node.condition)
        let position = pos(node)
        let rt = self.rt
        let work = rt.work
        return { f in
            repeat {
                if work.tick() { try rt.checkDeadline(position) }
                let flow = try body(f)
                guard flow.continuesLoop else { return flow.afterLoop }
            } while try test(f)
            return .normal
        }
    }
}
