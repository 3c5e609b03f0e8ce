import Testing

@testable import Autodiff

@Suite struct ArithmeticTests {
    let matrix: Tensor
    let row: Tensor
    let column: Tensor
    let scalarValue: Tensor

    init() throws {
        matrix = try f64([[0.5, -1.2, 2.0], [1.5, 0.3, -0.7]])
        row = try f64([0.9, -0.4, 1.3])
        column = try f64([[1.1], [-0.6]])
        scalarValue = Tensor(0.8, dtype: .float64)
    }

    @Test func forwardValuesBroadcast() throws {
        let sum = try matrix + row
        #expect(sum.shape == [2, 3])
        #expect(sum.doubles == [0.5 + 0.9, -1.2 - 0.4, 2.0 + 1.3, 1.5 + 0.9, 0.3 - 0.4, -0.7 + 1.3])
        let outer = try column * row
        #expect(outer.shape == [2, 3])
        #expect(outer.doubles[5] == -0.6 * 1.3)
        #expect(try (2.0 - matrix).doubles[0] == 1.5)
        #expect(try (matrix ** 2).doubles[1] == 1.44)
    }

    @Test(arguments: [BinaryCase.add, .subtract, .multiply, .divide])
    func binaryGradientsWithBroadcasting(_ op: BinaryCase) throws {
        let pairs = [(matrix, row), (row, matrix), (column, row), (matrix, scalarValue), (scalarValue, column), (matrix, matrix)]
        for (a, b) in pairs {
            try GradCheck.check([a, b]) { xs in try op.apply(xs[0], xs[1]) }
            try GradCheck.checkSecondOrder([a, b]) { xs in try op.apply(xs[0], xs[1]) }
        }
    }

    @Test func powGradientsForBaseAndExponent() throws {
        let base = try f64([[0.5, 1.2, 2.0], [1.5, 0.3, 0.7]])
        try GradCheck.check([base, row]) { xs in try pow(xs[0], xs[1]) }
        try GradCheck.check([base, Tensor(2.5, dtype: .float64)]) { xs in try pow(xs[0], xs[1]) }
        try GradCheck.checkSecondOrder([base, row]) { xs in try pow(xs[0], xs[1]) }
    }

    @Test func powOfNegativeBaseHasFiniteGradient() throws {
        let x = Tensor(-3, dtype: .float64)
        let tape = GradientTape()
        let y = tape.record { () -> Tensor? in
            tape.watch(x)
            return try? x ** 2
        }
        let target = try #require(y)
        let g = try #require(try tape.gradient(target, x))
        #expect(try g.scalarValue() == -6)
    }

    @Test func negateAndAddN() throws {
        try GradCheck.check([matrix]) { xs in try negate(xs[0]) }
        try GradCheck.check([matrix, matrix * 2.0, matrix]) { xs in try addN(xs) }
        try GradCheck.checkSecondOrder([matrix]) { xs in try negate(try square(xs[0])) }
        try GradCheck.checkSecondOrder([matrix, row]) { xs in try addN([try xs[0] * xs[0], try xs[0] * xs[1]]) }
        #expect(throws: TensorError.self) { try addN([matrix, row]) }
        #expect(throws: TensorError.self) { try addN([]) }
    }

    @Test func shapeAndDtypeErrorsNameTheOperation() throws {
        let error = #expect(throws: TensorError.self) { try add(matrix, try f64([1, 2])) }
        #expect(error?.message == "add: incompatible shapes [2, 3] and [2] (broadcasting needs equal dimensions or 1)")
        let mismatch = #expect(throws: TensorError.self) { try multiply(matrix, try Tensor.ones([3])) }
        #expect(mismatch?.message.hasPrefix("multiply: dtype mismatch float64 vs float32") == true)
        #expect(throws: TensorError.self) { try Tensor(1, dtype: .bool) + Tensor(1, dtype: .bool) }
    }

    @Test func integerArithmeticWrapsAndRejectsDivisionByZero() throws {
        let big = Tensor(2_147_483_647, dtype: .int32)
        #expect(try (big + 1).int32s == [Int32.min])
        #expect(try (Tensor(7, dtype: .int32) / 2).int32s == [3])
        #expect(try (Tensor(3, dtype: .int32) ** 3).int32s == [27])
        let zero = #expect(throws: TensorError.self) { try Tensor(7, dtype: .int32) / 0 }
        #expect(zero?.message == "divide: integer division by zero")
        #expect(throws: TensorError.self) { try Tensor(7, dtype: .int32) ** -1 }
        #expect(throws: TensorError.self) { try Tensor(7, dtype: .int32) + 0.5 }
        #expect(try negate(Tensor(-2_147_483_648, dtype: .int32)).int32s == [Int32.min])
        #expect(try abs(Tensor(-2_147_483_648, dtype: .int32)).int32s == [Int32.min])
    }
}

/// The binary operations under test, as a parameter for `@Test(arguments:)`.
enum BinaryCase: CaseIterable, Sendable {
    case add, subtract, multiply, divide

    func apply(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        switch self {
        case .add: try a + b
        case .subtract: try a - b
        case .multiply: try a * b
        case .divide: try a / b
        }
    }
}
