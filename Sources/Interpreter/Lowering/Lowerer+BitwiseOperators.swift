import SwiftSyntax

extension Lowerer {
    /// `&=`, `|=`, `^=`, `<<=`, `>>=`, `&+=`, `&-=`, `&*=`: the compound assignments of the operators
    /// below (Int only; see `Arithmetic.int`).
    static let integerCompoundAssignments: Set<String> = ["&=", "|=", "^=", "<<=", ">>=", "&+=", "&-=", "&*="]

    /// The bitwise operators on `Int` (`&`, `|`, `^`, `<<`, `>>`) and the wrapping ones (`&+`, `&-`,
    /// `&*`, as seeded generators use them), unboxed; nil for other operators.
    ///
    /// None of them can overflow; the shifts are Swift's smart shifts (a negative amount shifts the
    /// other way, an amount of 64 or more gives 0 or -1), which are exactly Swift's own operators.
    func bitwiseOperator(_ op: String, _ e: InfixOperatorExprSyntax) throws -> Typed? {
        let apply: (Int, Int) -> Int
        switch op {
        case "&": apply = { $0 & $1 }
        case "|": apply = { $0 | $1 }
        case "^": apply = { $0 ^ $1 }
        case "<<": apply = { $0 << $1 }
        case ">>": apply = { $0 >> $1 }
        case "&+": apply = { $0 &+ $1 }
        case "&-": apply = { $0 &- $1 }
        case "&*": apply = { $0 &* $1 }
        default: return nil
        }
        let (l, r) = try lowerPair(e.leftOperand, e.rightOperand, expected: .int)
        guard l.type == .int, r.type == .int else {
            throw fail("binary operator '\(op)' cannot be applied to operands of type '\(l.type.name)' and '\(r.type.name)'", e.operator)
        }
        let position = pos(e.operator)
        let left = l.intCode(position).run, right = r.intCode(position).run
        if case .int(let y)? = r.constant {
            return .int { f in apply(try left(f), y) }
        }
        return .int { f in apply(try left(f), try right(f)) }
    }
}
