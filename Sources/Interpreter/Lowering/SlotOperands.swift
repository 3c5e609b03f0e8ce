// Expressions over one Int variable of the current frame and a constant, kept as their parts so
// that the conditionals and calls of recursive code (`n < 2 ? n : f(n - 1)`) evaluate them in
// place instead of calling a closure.

/// A comparison of an Int variable of the current frame with a constant (`n < 2`), which
/// conditionals evaluate in place instead of calling a test closure.
struct SlotTest {
    let slot: Int
    let comparison: ComparisonCode
    let constant: Int

    @inline(__always)
    func apply(_ f: Frame) throws -> Bool {
        guard case .int(let x) = f.slots[slot] else { throw RuntimeFailure.expectedInt(f.slots[slot]) }
        return comparison.apply(x, constant)
    }
}

/// An Int variable of the current frame combined with a constant (`n - 1`), which a call
/// evaluates in place as its argument instead of calling the expression's closure.
struct SlotArithmetic {
    let slot: Int
    let op: IntOpCode
    let constant: Int
    let position: SourcePosition

    @inline(__always)
    func apply(_ f: Frame) throws -> Int {
        guard case .int(let x) = f.slots[slot] else { throw RuntimeFailure.expectedInt(f.slots[slot]) }
        if let v = op.apply(x, constant) { return v }
        throw op.failure(x, constant).located(at: position)
    }
}
