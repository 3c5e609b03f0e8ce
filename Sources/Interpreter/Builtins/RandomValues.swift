/// Random values (`Double.random(in:)`, `Int.random(in:)`, `Bool.random()`, `shuffled()`, `shuffle()`,
/// `randomElement()`) by the standard library's own algorithms, drawing from the host's seeded source
/// (`InterpreterSession.register(randomSource:)`) instead of the system's generator.
enum RandomValues {
    /// The standard library's view of the host's source.
    struct SessionGenerator: RandomNumberGenerator {
        let bits: () -> UInt64

        mutating func next() -> UInt64 { bits() }
    }

    /// The session's generator, or an error when the host registered no source.
    static func generator(_ rt: Runtime) throws -> SessionGenerator {
        guard let bits = rt.randomBits else { throw RuntimeFailure("random values are not available in this session") }
        return SessionGenerator(bits: bits)
    }

    static let emptyRange = RuntimeFailure("Can't get random value with an empty range")
    static let infiniteRange = RuntimeFailure("There is no uniform distribution on an infinite range")

    /// `Int.random(in: range)` (a `...` range is held half-open, which draws the same numbers).
    static func int(in range: IntRange, _ rt: Runtime) throws -> Value {
        guard range.lower < range.upper else { throw emptyRange }
        var g = try generator(rt)
        return .int(Int.random(in: range.lower..<range.upper, using: &g))
    }

    /// `Double.random(in: lower..<upper)` or `lower...upper`, or the same for `Float`.
    static func floating<F: BinaryFloatingPoint>(_ lower: F, _ upper: F, closed: Bool, _ rt: Runtime) throws -> F
    where F.RawSignificand: FixedWidthInteger {
        guard lower <= upper else { throw closed ? RuntimeFailure.badRange : emptyRange }
        guard closed || lower < upper else { throw emptyRange }
        guard lower.isFinite, upper.isFinite, (upper - lower).isFinite else { throw infiniteRange }
        var g = try generator(rt)
        return closed ? F.random(in: lower...upper, using: &g) : F.random(in: lower..<upper, using: &g)
    }

    /// `Bool.random()`.
    static func bool(_ rt: Runtime) throws -> Value {
        var g = try generator(rt)
        return .bool(Bool.random(using: &g))
    }

    /// `xs.shuffled()` of any sequence's elements.
    static func shuffled(_ receiver: Value, _ rt: Runtime) throws -> Value {
        var g = try generator(rt)
        return .array(try Methods.elements(receiver).shuffled(using: &g))
    }

    /// `xs.randomElement()`: nil for an empty collection.
    static func randomElement(_ receiver: Value, _ rt: Runtime) throws -> Value {
        var g = try generator(rt)
        return try Methods.elements(receiver).randomElement(using: &g).map { .some($0) } ?? .none
    }

    /// `xs.shuffle()` on an array variable.
    static func shuffle(_ receiver: inout Value, _ rt: Runtime) throws -> Value {
        var g = try generator(rt)
        try receiver.withArray { $0.shuffle(using: &g) }
        return .void
    }
}
