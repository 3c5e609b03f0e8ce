import Foundation

/// An Int operator specialised by the lowering pass (a struct so the closure keeps its own form).
struct IntOperator {
    let apply: (Int, Int) throws -> Int
}

/// A Double operator specialised by the lowering pass.
struct DoubleOperator {
    let apply: (Double, Double) -> Double
}

/// A comparison specialised by the lowering pass.
struct Comparison<T> {
    let test: (T, T) -> Bool
}

/// Operators specialised by the lowering pass for operands whose static types are known, so the hot
/// path neither switches on the operator's spelling nor on the value kinds.
enum Specialized {
    static func int(_ op: String) -> IntOperator? {
        switch op {
        case "+": return IntOperator { x, y in try Arithmetic.check(x.addingReportingOverflow(y)) }
        case "-": return IntOperator { x, y in try Arithmetic.check(x.subtractingReportingOverflow(y)) }
        case "*": return IntOperator { x, y in try Arithmetic.check(x.multipliedReportingOverflow(by: y)) }
        case "/":
            return IntOperator { x, y in
                if y == 0 { throw RuntimeFailure.divisionByZero }
                if x == .min && y == -1 { throw RuntimeFailure.divisionOverflow }
                return x / y
            }
        case "%":
            return IntOperator { x, y in
                if y == 0 { throw RuntimeFailure.remainderByZero }
                if x == .min && y == -1 { throw RuntimeFailure.remainderOverflow }
                return x % y
            }
        case "**": return IntOperator { x, y in try Arithmetic.power(x, y) }
        default: return nil
        }
    }

    static func double(_ op: String) -> DoubleOperator? {
        switch op {
        case "+": return DoubleOperator { $0 + $1 }
        case "-": return DoubleOperator { $0 - $1 }
        case "*": return DoubleOperator { $0 * $1 }
        case "/": return DoubleOperator { $0 / $1 }
        case "**": return DoubleOperator { Foundation.pow($0, $1) }
        default: return nil
        }
    }

    static func comparison<T: Comparable>(_ op: String, _: T.Type) -> Comparison<T>? {
        switch op {
        case "<": return Comparison { $0 < $1 }
        case "<=": return Comparison { $0 <= $1 }
        case ">": return Comparison { $0 > $1 }
        case ">=": return Comparison { $0 >= $1 }
        case "==": return Comparison { $0 == $1 }
        case "!=": return Comparison { $0 != $1 }
        default: return nil
        }
    }
}
