import SwiftSyntax

extension Lowerer {
    /// `for pattern in sequence where condition { ... }`; integer ranges written in place run without
    /// allocating, other sequences are evaluated once to a value and iterated.
    func lowerFor(_ node: ForStmtSyntax) throws -> StmtCode {
        if let t = node.tryKeyword { throw unsupported("'try'", t) }
        if let a = node.awaitKeyword { throw unsupported("'await'", a) }
        let position = pos(node)
        let rangeParts = node.sequence.as(InfixOperatorExprSyntax.self).flatMap { infix -> (ExprSyntax, ExprSyntax, Bool)? in
            let op = operatorText(infix.operator)
            guard op == "..<" || op == "..." else { return nil }
            return (infix.leftOperand, infix.rightOperand, op == "...")
        }
        var rangeBounds: (Code, Code, Bool)?
        var sequence: Typed?
        if let (lo, hi, closed) = rangeParts {
            let l = try lower(lo, expected: .int), h = try lower(hi, expected: .int)
            if l.type == .int && h.type == .int {
                rangeBounds = (l.code, h.code, closed)
            }
        }
        if rangeBounds == nil { sequence = try lower(node.sequence) }
        // A declared `Sequence` or `IteratorProtocol` type is walked through `next()`.
        var walk: DeclaredSequence?
        if case .nominal(let type)? = sequence?.type {
            walk = type.isProtocol ? nil : declaredSequence(type)
            if walk == nil {
                let shown = type.isProtocol ? "any \(type.name)" : type.name
                throw fail("for-in loop requires '\(shown)' to conform to 'Sequence'", node.sequence)
            }
        }
        let elementType = walk?.elementType ?? sequence?.type.elementType ?? .int
        // (Lowered before the loop variable is declared: the bounds may use a name it shadows.)
        let strideParts = sequence == nil ? nil : try strideBounds(node.sequence, elementType: elementType)

        // A body that creates closures runs in a fresh frame per iteration, so each closure captures
        // that iteration's variables (Swift's fresh loop bindings); other loops reuse the frame.
        let iteration = beginIterationScope(node.body)
        defer { endIterationScope(iteration) }
        let annotated = try node.typeAnnotation.map { try resolveType($0.type) }
        let assign: (Frame, Value) throws -> Void
        var variableSlot: Int?
        var caseTest: ((Frame) throws -> Bool)?
        if node.caseKeyword != nil {
            // `for case P in xs`: elements that do not match are skipped, as by a `where` clause.
            let scratch = scope.allocate()
            let test = try compilePattern(node.pattern, subject: annotated ?? elementType).test
            assign = { f, element in f.slots[scratch] = element }
            caseTest = { f in try test(f, f.slots[scratch]) }
        } else if let id = node.pattern.as(IdentifierPatternSyntax.self) {
            let slot = scope.declare(id.identifier.text, type: annotated ?? elementType, mutable: false).slot
            variableSlot = slot
            assign = { f, element in f.slots[slot] = element }
        } else if node.pattern.is(WildcardPatternSyntax.self) {
            assign = { _, _ in }
        } else if let binding = node.pattern.as(ValueBindingPatternSyntax.self), binding.bindingSpecifier.tokenKind == .keyword(.var),
            let id = binding.pattern.as(IdentifierPatternSyntax.self) {
            // `for var x in xs`: a variable the body may change (each iteration starts from the element;
            // not a counting loop's fast path, which owns its variable).
            let slot = scope.declare(id.identifier.text, type: annotated ?? elementType, mutable: true).slot
            assign = { f, element in f.slots[slot] = element }
        } else {
            let scratch = scope.allocate()
            let store = try bind(node.pattern, value: Typed(elementType) { f in f.slots[scratch] },
                                 annotated: annotated, mutable: false)
            assign = { f, element in
                f.slots[scratch] = element
                _ = try store(f)
            }
        }
        var whereTest = try node.whereClause.map { try condition($0.condition) }
        if let caseTest {
            let clause = whereTest
            whereTest = { f in try caseTest(f) && (try clause?(f) ?? true) }
        }
        let body = try lowerLoopBody(node.body.statements)
        let rt = self.rt
        let simplePattern = caseTest == nil && (variableSlot != nil || node.pattern.is(WildcardPatternSyntax.self))
        if let (lo, hi, closed) = rangeBounds, iteration == nil, whereTest == nil, simplePattern {
            return countingLoop(lo, hi, closed: closed, slot: variableSlot, body, position)
        }
        if let bounds = strideParts, iteration == nil, whereTest == nil, simplePattern,
            annotated == nil || annotated == elementType {
            return strideLoop(bounds, slot: variableSlot, body, position)
        }
        let step: (Frame, Value) throws -> Flow
        if let iteration {
            let size = { iteration.inner.slotCount }()
            step = { f, element in
                try rt.tick(position)
                let frame = Frame.make(size: size, parent: f)
                try assign(frame, element)
                if let whereTest, try !whereTest(frame) { return .continueLoop }
                let flow = try body(frame)
                if flow == .returned { f.returnValue = frame.returnValue }
                return flow
            }
        } else if let whereTest {
            step = { f, element in
                try rt.tick(position)
                try assign(f, element)
                return try whereTest(f) ? try body(f) : .continueLoop
            }
        } else {
            step = { f, element in
                try rt.tick(position)
                try assign(f, element)
                return try body(f)
            }
        }
        if let (lo, hi, closed) = rangeBounds {
            return { f in
                let low = try asInt(try lo(f))
                let end = try rangeEnd(low, try asInt(try hi(f)), closed: closed, position)
                var i = low
                while i < end {
                    let flow = try step(f, .int(i))
                    guard flow.continuesLoop else { return flow.afterLoop }
                    i += 1
                }
                return .normal
            }
        }
        let seq = sequence?.code ?? { _ in .void }
        if let walk {
            return { f in
                var iterator = try walk.makeIterator(try seq(f))
                while let element = try at(position, { try walk.next(&iterator) }) {
                    let flow = try step(f, element)
                    guard flow.continuesLoop else { return flow.afterLoop }
                }
                return .normal
            }
        }
        return { f in
            let elements = try at(position) { try iterationElements(try seq(f)) }
            for element in elements {
                let flow = try step(f, element)
                guard flow.continuesLoop else { return flow.afterLoop }
            }
            return .normal
        }
    }
}

/// The scope swap made for a loop body that runs in its own frame per iteration.
struct IterationScope {
    let outer: FunctionScope
    let inner: FunctionScope
}

extension Lowerer {
    /// Enters a per-iteration scope when `body` contains a closure or a nested function; otherwise
    /// opens an ordinary block. Returns nil in the ordinary case.
    func beginIterationScope(_ body: CodeBlockSyntax) -> IterationScope? {
        let createsClosures = body.tokens(viewMode: .sourceAccurate).contains { token in
            token.tokenKind == .leftBrace
                && (token.parent?.is(ClosureExprSyntax.self) == true || token.parent?.parent?.is(FunctionDeclSyntax.self) == true)
        }
        guard createsClosures else {
            scope.blocks.append([:])
            return nil
        }
        let inner = FunctionScope(parent: scope)
        // The body is still the enclosing function's code: its `return`, `throw`, `try`, `break` and
        // labels mean what they mean there.
        inner.returnType = scope.returnType
        inner.opaqueResult = scope.opaqueResult
        inner.mayThrow = scope.mayThrow
        inner.thrownType = scope.thrownType
        inner.tryDepth = scope.tryDepth
        inner.catchAllDepth = scope.catchAllDepth
        inner.loopDepth = scope.loopDepth
        inner.switchDepth = scope.switchDepth
        inner.loopLabels = scope.loopLabels
        inner.pendingLoopLabel = scope.pendingLoopLabel
        let iteration = IterationScope(outer: scope, inner: inner)
        scope = inner
        return iteration
    }

    func endIterationScope(_ iteration: IterationScope?) {
        if let iteration {
            scope = iteration.outer
        } else {
            scope.blocks.removeLast()
        }
    }
}

/// The elements a `for` loop visits for a sequence value.
func iterationElements(_ value: Value) throws -> [Value] {
    switch value {
    case .array(let a): return a
    case .range(let r):
        guard r.count <= Conversions.maxCount else { throw RuntimeFailure("range of \(r.count) elements is too large to materialize") }
        return r.count > 0 ? (r.lower..<r.upper).map { .int($0) } : []
    case .string(let s): return s.map { .string(String($0)) }
    case .dictionary(let d):
        return zip(d.keys, d.values).map { .tuple(Tuple([$0, $1], labels: ["key", "value"])) }
    case .set(let set): return set.elements
    default: throw RuntimeFailure("for-in loop requires a sequence, not '\(value.typeName)'")
    }
}

/// The Int inside a value, or a failure naming the value's type.
@inline(__always)
/// One past the last element of `low..<high` or `low...high`, trapping as Swift does.
func rangeEnd(_ low: Int, _ high: Int, closed: Bool, _ position: SourcePosition) throws -> Int {
    guard low <= high else { throw RuntimeFailure.badRange.located(at: position) }
    guard closed else { return high }
    guard high < Int.max else { throw RuntimeFailure.overflow.located(at: position) }
    return high + 1
}

func asInt(_ value: Value) throws -> Int {
    if case .int(let i) = value { return i }
    throw RuntimeFailure("expected an Int, got a value of type '\(value.typeName)'")
}
