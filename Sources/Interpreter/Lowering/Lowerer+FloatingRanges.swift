import SwiftSyntax

/// Ranges of `Double`s and `Float`s (`FloatingRange`): `0.0...1.0`, `lower..<upper`, `ClosedRange<Double>`,
/// and a range held in a variable used as a `switch` pattern (`case unit:`, also for `Int` ranges).
extension Lowerer {
    /// The static type of a floating-point range.
    static func floatingRangeType(closed: Bool, float: Bool) -> StaticType {
        .native((closed ? "ClosedRange<" : "Range<") + (float ? "Float>" : "Double>"))
    }

    /// `a...b` or `a..<b` whose bounds (typed `left` and `right` as Ints were expected) are `Double`s or
    /// `Float`s, or where the context expects such a range (`let r: ClosedRange<Float> = 0...2`); nil
    /// for a range of Ints.
    func floatingRange(_ e: InfixOperatorExprSyntax, _ left: StaticType, _ right: StaticType, closed: Bool,
                       expected: StaticType?) throws -> Typed? {
        let types = [left, right]
        let type: StaticType
        if types.contains(.float) || expected == Self.floatingRangeType(closed: closed, float: true) {
            type = .float
        } else if types.contains(.double) || expected == Self.floatingRangeType(closed: closed, float: false) {
            type = .double
        } else {
            return nil
        }
        let l = try coerce(lower(e.leftOperand, expected: type), to: type, e.leftOperand)
        let r = try coerce(lower(e.rightOperand, expected: type), to: type, e.rightOperand)
        let lc = l.code, rc = r.code, position = pos(e.operator), isFloat = type == .float
        return Typed(Self.floatingRangeType(closed: closed, float: isFloat)) { f in
            let lower = try lc(f), upper = try rc(f)
            return try at(position) {
                guard let a = lower.numericDouble, let b = upper.numericDouble else { throw RuntimeFailure("expected two numbers") }
                return .native(try FloatingRange(lower: a, upper: b, closed: closed, isFloat: isFloat))
            }
        }
    }

    /// `pattern ~= value`, Swift's pattern-match operator: whether a range contains the value, else `==`.
    func patternMatchOperator(_ e: InfixOperatorExprSyntax) throws -> Typed {
        let pattern = try lower(e.leftOperand)
        let subjectType: StaticType = pattern.type == .range ? .int
            : (pattern.type == Self.floatingRangeType(closed: true, float: true) || pattern.type == Self.floatingRangeType(closed: false, float: true)) ? .float
            : pattern.type.isNative ? .double : pattern.type
        let subject = try lower(e.rightOperand, expected: subjectType)
        let value = subject.code, position = pos(e.operator)
        if let contains = rangeVariablePattern(pattern, subject: subject.type, ExprSyntax(e.leftOperand)) {
            return Typed(.bool) { f in .bool(try contains(f, try value(f))) }
        }
        let code = pattern.code
        return Typed(.bool) { f in
            let v = try value(f), p = try code(f)
            return .bool(try at(position) { try valuesEqual(p, v) })
        }
    }

    /// `case r:` where `r` is a range held in a variable (`let passing = 0.5...1.0`): whether the
    /// subject lies in it (Swift's `~=`); nil for other expression patterns.
    func rangeVariablePattern(_ value: Typed, subject: StaticType, _ e: ExprSyntax) -> ((Frame, Value) throws -> Bool)? {
        let code = value.code, position = pos(e)
        if value.type == .range, subject == .int {
            return { f, v in
                guard case .range(let r) = try code(f), case .int(let x) = v else { return false }
                return r.lower <= x && x < r.upper
            }
        }
        guard case .native(let name) = value.type, name.hasSuffix("Range<Double>") || name.hasSuffix("Range<Float>"),
            subject == .double || subject == .float else { return nil }
        return { f, v in
            try at(position) {
                guard case .native(let n) = try code(f), let range = n as? FloatingRange, let x = v.numericDouble else {
                    throw RuntimeFailure("expected a range of '\(subject.name)'")
                }
                return range.contains(x)
            }
        }
    }
}
