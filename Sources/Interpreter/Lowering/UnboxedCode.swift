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
    /// `l op r` on Ints, trapping as Swift does; a constant right operand is folded into the code.
    func unboxedArithmetic(_ op: IntOpCode, _ l: Typed, _ r: Typed, _ position: SourcePosition) -> Typed {
        let left = l.intCode(position).run, right = r.intCode(position).run
        let constant = r.constant, leftSlot = l.localSlot
        let leftCall = l.globalIntCall, rightCall = r.globalIntCall
        if case .int(let y)? = constant {
            if let slot = leftSlot {
                // `n - 1`: the operand is read in place, without a call.
                let slotArithmetic = SlotArithmetic(slot: slot, op: op, constant: y, position: position)
                var typed = Typed.int(slotArithmetic.apply)
                typed.slotArithmetic = slotArithmetic
                return typed
            }
            return .int { f in
                let x = try left(f)
                if let v = op.apply(x, y) { return v }
                throw op.failure(x, y).located(at: position)
            }
        }
        if l.type == .int, r.type == .int, let leftSlot, let rightSlot = r.localSlot {
            // `a + b` on two variables: both read in place.
            return .int { f in
                guard case .int(let x) = f.slots[leftSlot] else { throw RuntimeFailure.expectedInt(f.slots[leftSlot]) }
                guard case .int(let y) = f.slots[rightSlot] else { throw RuntimeFailure.expectedInt(f.slots[rightSlot]) }
                if let v = op.apply(x, y) { return v }
                throw op.failure(x, y).located(at: position)
            }
        }
        if let leftCall, let rightCall {
            // `f(a) + f(b)`: both calls made in place.
            return .int { f in
                let x = try leftCall.apply(f), y = try rightCall.apply(f)
                if let v = op.apply(x, y) { return v }
                throw op.failure(x, y).located(at: position)
            }
        }
        return .int { f in
            let x = try left(f), y = try right(f)
            if let v = op.apply(x, y) { return v }
            throw op.failure(x, y).located(at: position)
        }
    }

    /// `l op r` on Doubles; a constant right operand is folded into the code.
    func unboxedArithmetic(_ op: DoubleOpCode, _ l: DoubleCode, _ r: DoubleCode, constant: Value?) -> Typed {
        let left = l.run, right = r.run
        if case .double(let y)? = constant {
            return .double { f in op.apply(try left(f), y) }
        }
        return .double { f in op.apply(try left(f), try right(f)) }
    }

    /// A comparison of Ints, usable directly as a condition (`test`).
    func unboxedComparison(_ comparison: ComparisonCode, _ l: Typed, _ r: Typed, _ position: SourcePosition) -> Typed {
        let left = l.intCode(position).run, right = r.intCode(position).run
        let check: (Frame) throws -> Bool
        if case .int(let y)? = r.constant, let slot = l.localSlot {
            let slotTest = SlotTest(slot: slot, comparison: comparison, constant: y)
            var typed = Typed(.bool) { f in .bool(try slotTest.apply(f)) }
            typed.test = TestBox(run: slotTest.apply)
            typed.slotTest = slotTest
            return typed
        } else if case .int(let y)? = r.constant {
            check = { f in comparison.apply(try left(f), y) }
        } else if l.type == .int, r.type == .int, let leftSlot = l.localSlot, let rightSlot = r.localSlot {
            // `y >= x` on two variables: both read in place.
            check = { f in
                guard case .int(let x) = f.slots[leftSlot] else { throw RuntimeFailure.expectedInt(f.slots[leftSlot]) }
                guard case .int(let y) = f.slots[rightSlot] else { throw RuntimeFailure.expectedInt(f.slots[rightSlot]) }
                return comparison.apply(x, y)
            }
        } else {
            check = { f in comparison.apply(try left(f), try right(f)) }
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
    func unboxedComparison(_ comparison: ComparisonCode, _ l: DoubleCode, _ r: DoubleCode) -> Typed {
        let left = l.run, right = r.run
        let check: (Frame) throws -> Bool = { f in comparison.apply(try left(f), try right(f)) }
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
