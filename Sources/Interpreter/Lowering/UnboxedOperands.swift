// The operands of unboxed arithmetic and comparisons, kept as their parts: a variable of the current
// frame or of the top level, or a constant, is read in place, and only any other expression costs a call of its closure.
// (`x * x + y * y`, `j <= limit`, `xs[i + 1]`, `s += 1`.)

/// Where an Int operand comes from.
enum IntOperand {
    /// A variable of the current frame.
    case slot(Int)
    /// A variable of the session's top level (see `SlotLocator.global`).
    case global(UnsafeMutablePointer<Value>)
    /// A value known when the code is lowered.
    case constant(Int)
    /// Any other Int-typed expression, by its unboxed code.
    case code(IntCode)

    /// The cheapest form of an Int-typed lowered expression.
    init(_ typed: Typed, _ position: SourcePosition) {
        if case .int(let k)? = typed.constant {
            self = .constant(k)
        } else if typed.type == .int, let slot = typed.localSlot {
            self = .slot(slot)
        } else if typed.type == .int, let storage = typed.globalVariable {
            self = .global(storage)
        } else {
            self = .code(typed.intCode(position))
        }
    }

    /// The operand's value in frame `f`.
    @inline(__always)
    func value(_ f: Frame) throws -> Int {
        switch self {
        case .slot(let slot):
            guard case .int(let x) = f.slots[slot] else { throw RuntimeFailure.expectedInt(f.slots[slot]) }
            return x
        case .global(let storage):
            guard case .int(let x) = storage.pointee else { throw RuntimeFailure.expectedInt(storage.pointee) }
            return x
        case .constant(let k): return k
        case .code(let code): return try code.run(f)
        }
    }
}

/// Where a Double operand comes from (see `IntOperand`).
enum DoubleOperand {
    case slot(Int)
    case global(UnsafeMutablePointer<Value>)
    case constant(Double)
    case code(DoubleCode)

    /// The cheapest form of a Double-typed lowered expression.
    init(_ typed: Typed, _ position: SourcePosition) {
        if case .double(let k)? = typed.constant {
            self = .constant(k)
        } else if typed.type == .double, let slot = typed.localSlot {
            self = .slot(slot)
        } else if typed.type == .double, let storage = typed.globalVariable {
            self = .global(storage)
        } else {
            self = .code(typed.doubleCode(position))
        }
    }

    /// The operand's value in frame `f`.
    @inline(__always)
    func value(_ f: Frame) throws -> Double {
        switch self {
        case .slot(let slot):
            guard case .double(let x) = f.slots[slot] else { throw RuntimeFailure.expectedDouble(f.slots[slot]) }
            return x
        case .global(let storage):
            guard case .double(let x) = storage.pointee else { throw RuntimeFailure.expectedDouble(storage.pointee) }
            return x
        case .constant(let k): return k
        case .code(let code): return try code.run(f)
        }
    }
}

extension Typed {
    /// The storage of the top-level variable this expression just reads, if it does.
    var globalVariable: UnsafeMutablePointer<Value>? {
        guard let place, place.steps.isEmpty, case .global(let storage) = place.root else { return nil }
        return storage
    }
}
