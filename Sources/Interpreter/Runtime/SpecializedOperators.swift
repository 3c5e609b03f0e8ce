import Foundation

/// An Int operator specialised by the lowering pass (a struct so the closure keeps its own form).
struct IntOperator {
    let apply: (Int, Int) throws -> Int
}

/// A Double operator specialised by the lowering pass.
struct DoubleOperator {
    let apply: (Double, Double) -> Double
}

/// Operators specialised by the lowering pass for operands whose static types are known, so the hot
/// path neither switches on the operator's spelling nor on the value kinds.
enum Specialized {
    /// `**` on Ints (the other Int operators are written out inline, see `IntOpCode`).
    static func int(_ op: String) -> IntOperator? {
        op == "**" ? IntOperator { x, y in try Arithmetic.power(x, y) } : nil
    }

    /// `**` on Doubles (the other Double operators are written out inline, see `DoubleOpCode`).
    static func double(_ op: String) -> DoubleOperator? {
        op == "**" ? DoubleOperator { Foundation.pow($0, $1) } : nil
    }
}

/// The Int operators written out in the compiled closures themselves (a switch on this code is a
/// predictable branch, cheaper than calling an operator closure). `apply` gives nil where Swift
/// would trap (overflow, division by zero); the caller then reports it through `Arithmetic`.
enum IntOpCode {
    case add, subtract, multiply, divide, remainder

    init?(_ op: String) {
        switch op {
        case "+": self = .add
        case "-": self = .subtract
        case "*": self = .multiply
        case "/": self = .divide
        case "%": self = .remainder
        default: return nil
        }
    }

    @inline(__always)
    func apply(_ x: Int, _ y: Int) -> Int? {
        let (value, overflow): (Int, Bool)
        switch self {
        case .add: (value, overflow) = x.addingReportingOverflow(y)
        case .subtract: (value, overflow) = x.subtractingReportingOverflow(y)
        case .multiply: (value, overflow) = x.multipliedReportingOverflow(by: y)
        case .divide:
            if y == 0 { return nil }
            (value, overflow) = x.dividedReportingOverflow(by: y)
        case .remainder:
            if y == 0 { return nil }
            (value, overflow) = x.remainderReportingOverflow(dividingBy: y)
        }
        return overflow ? nil : value
    }

    /// Swift's trap for `x op y` when `apply` gives nil.
    func failure(_ x: Int, _ y: Int) -> RuntimeFailure {
        switch self {
        case .add, .subtract, .multiply: return .overflow
        case .divide: return y == 0 ? .divisionByZero : .divisionOverflow
        case .remainder: return y == 0 ? .remainderByZero : .remainderOverflow
        }
    }
}

/// The Double operators written out in the compiled closures (see `IntOpCode`).
enum DoubleOpCode {
    case add, subtract, multiply, divide

    init?(_ op: String) {
        switch op {
        case "+": self = .add
        case "-": self = .subtract
        case "*": self = .multiply
        case "/": self = .divide
        default: return nil
        }
    }

    @inline(__always)
    func apply(_ x: Double, _ y: Double) -> Double {
        switch self {
        case .add: return x + y
        case .subtract: return x - y
        case .multiply: return x * y
        case .divide: return x / y
        }
    }
}

/// The comparisons written out in the compiled closures (see `IntOpCode`).
enum ComparisonCode {
    case less, lessOrEqual, greater, greaterOrEqual, equal, notEqual

    init?(_ op: String) {
        switch op {
        case "<": self = .less
        case "<=": self = .lessOrEqual
        case ">": self = .greater
        case ">=": self = .greaterOrEqual
        case "==": self = .equal
        case "!=": self = .notEqual
        default: return nil
        }
    }

    /// `apply` on Ints, written out: the generic form was called unspecialized from the unboxed
    /// comparisons' closures (seen in perf), going through `Comparable`'s witness table.
    @inline(__always)
    func apply(_ x: Int, _ y: Int) -> Bool {
        switch self {
        case .less: return x < y
        case .lessOrEqual: return x <= y
        case .greater: return x > y
        case .greaterOrEqual: return x >= y
        case .equal: return x == y
        case .notEqual: return x != y
        }
    }

    /// `apply` on Doubles (see the Int form).
    @inline(__always)
    func apply(_ x: Double, _ y: Double) -> Bool {
        switch self {
        case .less: return x < y
        case .lessOrEqual: return x <= y
        case .greater: return x > y
        case .greaterOrEqual: return x >= y
        case .equal: return x == y
        case .notEqual: return x != y
        }
    }

    @inline(__always)
    func apply<T: Comparable>(_ x: T, _ y: T) -> Bool {
        switch self {
        case .less: return x < y
        case .lessOrEqual: return x <= y
        case .greater: return x > y
        case .greaterOrEqual: return x >= y
        case .equal: return x == y
        case .notEqual: return x != y
        }
    }
}
