/// Compiled code of an expression whose static type is `Int`, yielding the plain integer.
///
/// Arithmetic, comparisons and calls between Int- or Double-typed expressions pass these numbers
/// directly, so a chain such as `fib(n - 1) + fib(n - 2)` or `Double(i % 7) * 0.5` builds no `Value`
/// until its result is stored. (A struct, so the closure keeps its own form; see `StmtBox`.)
struct IntCode {
    let run: (Frame) throws -> Int
}

/// Compiled code of an expression whose static type is `Double`, yielding the plain number.
struct DoubleCode {
    let run: (Frame) throws -> Double
}

extension Typed {
    /// An Int-typed expression given by its unboxed code; the boxed `code` wraps it.
    static func int(_ run: @escaping (Frame) throws -> Int) -> Typed {
        var typed = Typed(.int) { f in .int(try run(f)) }
        typed.int = IntCode(run: run)
        return typed
    }

    /// A Double-typed expression given by its unboxed code; the boxed `code` wraps it.
    static func double(_ run: @escaping (Frame) throws -> Double) -> Typed {
        var typed = Typed(.double) { f in .double(try run(f)) }
        typed.double = DoubleCode(run: run)
        return typed
    }

    /// The unboxed form of this Int-typed expression: its own, or its boxed code unwrapped (a value
    /// of another kind is reported at `position`).
    func intCode(_ position: SourcePosition) -> IntCode {
        if let int { return int }
        let code = self.code
        return IntCode { f in
            let value = try code(f)
            if case .int(let x) = value { return x }
            throw RuntimeFailure.expectedInt(value).located(at: position)
        }
    }

    /// The unboxed form of this Double-typed expression (see `intCode`).
    func doubleCode(_ position: SourcePosition) -> DoubleCode {
        if let double { return double }
        let code = self.code
        return DoubleCode { f in
            let value = try code(f)
            if case .double(let x) = value { return x }
            throw RuntimeFailure.expectedDouble(value).located(at: position)
        }
    }
}

extension Lowerer {
    /// Reads slot `slot` of the current frame as an unboxed Int or Double when `type` is one of them.
    func unboxedRead(slot: Int, type: StaticType, _ typed: Typed) -> Typed {
        var result = typed
        switch type {
        case .int:
            result.int = IntCode { f in
                if case .int(let x) = f.slots[slot] { return x }
                throw RuntimeFailure.expectedInt(f.slots[slot])
            }
        case .double:
            result.double = DoubleCode { f in
                if case .double(let x) = f.slots[slot] { return x }
                throw RuntimeFailure.expectedDouble(f.slots[slot])
            }
        default: break
        }
        return result
    }
}

extension Lowerer {
    /// `l op r` on Ints, trapping as Swift does; operands that are variables or constants are read
    /// in place (see `IntOperand`).
    func unboxedArithmetic(_ op: IntOpCode, _ l: Typed, _ r: Typed, _ position: SourcePosition) -> Typed {
        if case .int(let y)? = r.constant, l.type == .int, let slot = l.localSlot {
            // `n - 1`: kept as its parts too, which a call's argument evaluates in place.
            let slotArithmetic = SlotArithmetic(slot: slot, op: op, constant: y, position: position)
            var typed = Typed.int(slotArithmetic.apply)
            typed.slotArithmetic = slotArithmetic
            return typed
        }
        if let leftCall = l.globalIntCall, let rightCall = r.globalIntCall {
            // `f(a) + f(b)`: both calls made in place.
            return .int { f in
                let x = try leftCall.apply(f), y = try rightCall.apply(f)
                if let v = op.apply(x, y) { return v }
                throw op.failure(x, y).located(at: position)
            }
        }
        switch (IntOperand(l, position), IntOperand(r, position)) {
        case (.slot(let a), .slot(let b)):
            // `a + b` on two variables, the commonest pair, without dispatching on the operands.
            return .int { f in
                guard case .int(let x) = f.slots[a] else { throw RuntimeFailure.expectedInt(f.slots[a]) }
                guard case .int(let y) = f.slots[b] else { throw RuntimeFailure.expectedInt(f.slots[b]) }
                if let v = op.apply(x, y) { return v }
                throw op.failure(x, y).located(at: position)
            }
        case (.code(let left), .constant(let y)):
            return .int { f in
                let x = try left.run(f)
                if let v = op.apply(x, y) { return v }
                throw op.failure(x, y).located(at: position)
            }
        case (let left, let right):
            return .int { f in
                let x = try left.value(f), y = try right.value(f)
                if let v = op.apply(x, y) { return v }
                throw op.failure(x, y).located(at: position)
            }
        }
    }

    /// `l op r` on Doubles, with operands read in place where they can be (see `DoubleOperand`).
    func unboxedArithmetic(_ op: DoubleOpCode, _ l: Typed, _ r: Typed, _ position: SourcePosition) -> Typed {
        switch (DoubleOperand(l, position), DoubleOperand(r, position)) {
        case (.code(let left), .constant(let y)): return .double { f in op.apply(try left.run(f), y) }
        case (.code(let left), .code(let right)): return .double { f in op.apply(try left.run(f), try right.run(f)) }
        case (let left, let right): return .double { f in op.apply(try left.value(f), try right.value(f)) }
        }
    }

    /// A comparison of Ints, usable directly as a condition (`test`).
    func unboxedComparison(_ comparison: ComparisonCode, _ l: Typed, _ r: Typed, _ position: SourcePosition) -> Typed {
        if case .int(let y)? = r.constant, l.type == .int, let slot = l.localSlot {
            // `n < 2`: kept as its parts too, which conditionals evaluate in place.
            let slotTest = SlotTest(slot: slot, comparison: comparison, constant: y)
            var typed = Typed(.bool) { f in .bool(try slotTest.apply(f)) }
            typed.test = TestBox(run: slotTest.apply)
            typed.slotTest = slotTest
            return typed
        }
        let check: (Frame) throws -> Bool
        switch (IntOperand(l, position), IntOperand(r, position)) {
        case (.slot(let a), .slot(let b)):
            // `y >= x` on two variables, the commonest pair, without dispatching on the operands.
            check = { f in
                guard case .int(let x) = f.slots[a] else { throw RuntimeFailure.expectedInt(f.slots[a]) }
                guard case .int(let y) = f.slots[b] else { throw RuntimeFailure.expectedInt(f.slots[b]) }
                return comparison.apply(x, y)
            }
        case (.code(let left), .constant(let y)): check = { f in comparison.apply(try left.run(f), y) }
        case (let left, let right): check = { f in comparison.apply(try left.value(f), try right.value(f)) }
        }
        var typed = Typed(.bool) { f in .bool(try check(f)) }
        typed.test = TestBox(run: check)
        return typed
    }

    /// `test ? a : b` on Ints. A test of a local variable against a constant and branches that read
    /// local variables are evaluated in place, without calling their closures (`n < 2 ? n : ...`).
    func intTernary(_ slotTest: SlotTest?, _ test: @escaping (Frame) throws -> Bool, _ a: Typed, _ b: Typed,
                    _ position: SourcePosition) -> Typed {
        let then = a.intCode(position).run, otherwise = b.intCode(position).run
        let thenSlot = a.localSlot, elseSlot = b.localSlot
        @inline(__always) func branch(_ f: Frame, _ slot: Int?, _ code: (Frame) throws -> Int) throws -> Int {
            guard let slot else { return try code(f) }
            guard case .int(let x) = f.slots[slot] else { throw RuntimeFailure.expectedInt(f.slots[slot]) }
            return x
        }
        return .int { f in
            let chosen = if let slotTest { try slotTest.apply(f) } else { try test(f) }
            return chosen ? try branch(f, thenSlot, then) : try branch(f, elseSlot, otherwise)
        }
    }

    /// A comparison of Doubles, usable directly as a condition (`test`).
    func unboxedComparison(_ comparison: ComparisonCode, double l: Typed, _ r: Typed, _ position: SourcePosition) -> Typed {
        let left = DoubleOperand(l, position), right = DoubleOperand(r, position)
        let check: (Frame) throws -> Bool = { f in comparison.apply(try left.value(f), try right.value(f)) }
        var typed = Typed(.bool) { f in .bool(try check(f)) }
        typed.test = TestBox(run: check)
        return typed
    }
}

extension RuntimeFailure {
    /// A value of another kind where the static type said `Int` (a lowering bug, reported rather than trapped).
    static func expectedInt(_ value: Value) -> RuntimeFailure {
        RuntimeFailure("expected an Int, got '\(value.typeName)'")
    }

    /// A value of another kind where the static type said `Double`.
    static func expectedDouble(_ value: Value) -> RuntimeFailure {
        RuntimeFailure("expected a Double, got '\(value.typeName)'")
    }
}
