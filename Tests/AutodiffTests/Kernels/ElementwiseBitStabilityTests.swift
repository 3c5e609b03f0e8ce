import Testing

@testable import Autodiff

/// Every element-wise op gives the same bits for an element wherever it sits in a tensor and
/// however long the tensor is: `op(t)[i] == op(t[i])` for lengths 1–70 (past every vector width and
/// its tail) and 2,000, in float32 and float64, with fresh inputs for each length. A new
/// element-wise op belongs in one of the tables below.
@Suite struct ElementwiseBitStabilityTests {
    /// A unary op and a range its inputs are drawn from (inside its domain).
    struct UnaryCase: CustomTestStringConvertible, Sendable {
        let name: String
        let range: ClosedRange<Double>
        let apply: @Sendable (Tensor) throws -> Tensor
        var testDescription: String { name }
    }

    /// A binary op and the range both operands are drawn from.
    struct BinaryCase: CustomTestStringConvertible, Sendable {
        let name: String
        let range: ClosedRange<Double>
        let apply: @Sendable (Tensor, Tensor) throws -> Tensor
        var testDescription: String { name }
    }

    static let unaryOps: [UnaryCase] = [
        UnaryCase(name: "negate", range: -5...5) { try negate($0) },
        UnaryCase(name: "sin", range: -7...7) { try sin($0) },
        UnaryCase(name: "cos", range: -7...7) { try cos($0) },
        UnaryCase(name: "tan", range: -1.5...1.5) { try tan($0) },
        UnaryCase(name: "exp", range: -90...90) { try exp($0) },
        UnaryCase(name: "log", range: 0.001...100) { try log($0) },
        UnaryCase(name: "sqrt", range: 0...100) { try sqrt($0) },
        UnaryCase(name: "square", range: -10...10) { try square($0) },
        UnaryCase(name: "abs", range: -5...5) { try abs($0) },
        UnaryCase(name: "sign", range: -5...5) { try sign($0) },
        UnaryCase(name: "tanh", range: -10...10) { try tanh($0) },
        UnaryCase(name: "sigmoid", range: -20...20) { try sigmoid($0) },
        UnaryCase(name: "relu", range: -5...5) { try relu($0) },
    ]

    static let binaryOps: [BinaryCase] = [
        BinaryCase(name: "add", range: -10...10) { try add($0, $1) },
        BinaryCase(name: "subtract", range: -10...10) { try subtract($0, $1) },
        BinaryCase(name: "multiply", range: -10...10) { try multiply($0, $1) },
        BinaryCase(name: "divide", range: 0.1...10) { try divide($0, $1) },
        BinaryCase(name: "pow", range: 0.1...4) { try pow($0, $1) },
        BinaryCase(name: "maximum", range: -10...10) { try maximum($0, $1) },
        BinaryCase(name: "minimum", range: -10...10) { try minimum($0, $1) },
    ]

    static let dtypes: [DType] = [.float32, .float64]
    static let lengths = Array(1...70) + [2000]

    /// `count` inputs spread over `range` in a scrambled order, different for each `salt` (a fixed
    /// sequence, not a seed). A kernel that rounds differently does so for few inputs (68 in
    /// 100,000 when one AVX step of `exp` was fused), so the tests use many distinct ones.
    private static func inputs(_ count: Int, in range: ClosedRange<Double>, salt: Int) -> [Double] {
        (0..<count).map { i in
            let step = Double((i &* 7_368_787 &+ salt &* 1_000_033) % 1_000_003) / 1_000_002
            return range.lowerBound + (range.upperBound - range.lowerBound) * step
        }
    }

    /// The element bits of a float32 or float64 tensor, widened so both dtypes compare alike.
    private static func bits(_ t: Tensor) -> [UInt64] {
        if let f = t.floats { return f.map { UInt64($0.bitPattern) } }
        return (t.float64Values ?? []).map(\.bitPattern)
    }

    private static func scalar(_ value: Double, _ dtype: DType) -> Tensor {
        Tensor(value, dtype: dtype)
    }

    @Test(arguments: unaryOps, dtypes)
    func unaryOpGivesTheSameBitsAtEveryPosition(op: UnaryCase, dtype: DType) throws {
        for n in Self.lengths {
            let values = Self.inputs(n, in: op.range, salt: n)
            let alone = try values.map { try Self.bits(op.apply(Self.scalar($0, dtype)))[0] }
            let whole = try Self.bits(op.apply(Tensor(shape: [n], scalars: values, dtype: dtype)))
            #expect(whole == alone, "\(op.name) over \(n) \(dtype) elements")
        }
    }

    @Test(arguments: unaryOps, dtypes)
    func unaryOpOfARepeatedValueIsOneValue(op: UnaryCase, dtype: DType) throws {
        // The example: exp of 37 copies of -4.595 held several values.
        let value = (op.range.lowerBound + op.range.upperBound) / 2 - 0.4037
        for n in Self.lengths {
            let whole = try Self.bits(op.apply(Tensor(shape: [n], scalars: Array(repeating: value, count: n), dtype: dtype)))
            #expect(Set(whole).count == 1, "\(op.name) of \(n) copies of \(value) in \(dtype)")
        }
    }

    @Test(arguments: binaryOps, dtypes)
    func binaryOpGivesTheSameBitsAtEveryPosition(op: BinaryCase, dtype: DType) throws {
        for n in Self.lengths {
            let left = Self.inputs(n, in: op.range, salt: n)
            let right = Self.inputs(n, in: op.range, salt: n + 500)
            let fixed = left[0]
            let a = try Tensor(shape: [n], scalars: left, dtype: dtype)
            let b = try Tensor(shape: [n], scalars: right, dtype: dtype)
            let pairs = try zip(left, right).map { try Self.bits(op.apply(Self.scalar($0, dtype), Self.scalar($1, dtype)))[0] }
            #expect(try Self.bits(op.apply(a, b)) == pairs, "\(op.name) of two \(n)-element \(dtype) tensors")
            // Broadcast operands take other loops in BroadcastKernel: they must agree too.
            let withFixed = try left.map { try Self.bits(op.apply(Self.scalar($0, dtype), Self.scalar(fixed, dtype)))[0] }
            let fixedWith = try right.map { try Self.bits(op.apply(Self.scalar(fixed, dtype), Self.scalar($0, dtype)))[0] }
            #expect(try Self.bits(op.apply(a, Self.scalar(fixed, dtype))) == withFixed, "\(op.name)(t, s), n = \(n)")
            #expect(try Self.bits(op.apply(Self.scalar(fixed, dtype), b)) == fixedWith, "\(op.name)(s, t), n = \(n)")
        }
    }
}
