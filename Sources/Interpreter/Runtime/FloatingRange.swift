/// A range of `Double`s or `Float`s (`0.0...1.0`, `lower..<upper`): Swift's `ClosedRange<Double>` and
/// `Range<Double>`, which test membership (`contains`, `~=`) but are not sequences.
final class FloatingRange: NativeObject {
    let lower: Double
    let upper: Double
    /// Written with `...`.
    let closed: Bool
    /// Bounds of type `Float` (held exactly as Doubles).
    let isFloat: Bool

    /// A range from `lower` to `upper`; Swift's trap when `upper` is below `lower` (or, for
    /// `..<`, when a bound is NaN).
    init(lower: Double, upper: Double, closed: Bool, isFloat: Bool) throws {
        guard lower <= upper else { throw RuntimeFailure.badRange }
        self.lower = lower
        self.upper = upper
        self.closed = closed
        self.isFloat = isFloat
    }

    var typeName: String { (closed ? "ClosedRange<" : "Range<") + (isFloat ? "Float>" : "Double>") }

    var description: String { bound(lower) + (closed ? "..." : "..<") + bound(upper) }

    var debugDescription: String { (closed ? "ClosedRange(" : "Range(") + description + ")" }

    func isEqual(to other: any NativeObject) -> Bool {
        guard let other = other as? FloatingRange else { return false }
        return lower == other.lower && upper == other.upper && closed == other.closed
    }

    /// Whether `x` lies in the range.
    func contains(_ x: Double) -> Bool { closed ? lower <= x && x <= upper : lower <= x && x < upper }

    func property(_ name: String, context: NativeContext) throws -> Value {
        switch name {
        case "lowerBound": return number(lower)
        case "upperBound": return number(upper)
        case "isEmpty": return .bool(!closed && lower == upper)
        default: throw NativeError("value of type '\(typeName)' has no member '\(name)'")
        }
    }

    func callMethod(_ name: String, _ arguments: [NativeArgument], context: NativeContext) throws -> Value {
        if name == "clamped", arguments.count == 1, arguments[0].label == "to",
            case .native(let other) = arguments[0].value, let limits = other as? FloatingRange, limits.closed == closed {
            func clamp(_ v: Double) -> Double { Swift.min(Swift.max(v, limits.lower), limits.upper) }
            return .native(try FloatingRange(lower: clamp(lower), upper: clamp(upper), closed: closed, isFloat: isFloat))
        }
        guard name == "contains", arguments.count == 1, arguments[0].label == nil else {
            throw NativeError("value of type '\(typeName)' has no member '\(name)'")
        }
        guard let x = arguments[0].value.numericDouble else {
            throw NativeError("cannot convert value of type '\(arguments[0].value.typeName)' to expected argument type '\(isFloat ? "Float" : "Double")'")
        }
        return .bool(contains(x))
    }

    private func number(_ x: Double) -> Value { isFloat ? .float(Float(x)) : .double(x) }

    private func bound(_ x: Double) -> String { isFloat ? Float(x).description : x.description }
}
