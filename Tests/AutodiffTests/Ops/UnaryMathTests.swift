import Testing

@testable import Autodiff

@Suite struct UnaryMathTests {
    /// Every unary function, with inputs inside its domain and away from kinks.
    static var cases: [(String, (Tensor) throws -> Tensor)] { [
        ("sin", sin), ("cos", cos), ("tan", tan), ("exp", exp), ("log", log), ("sqrt", sqrt),
        ("square", square), ("abs", abs), ("tanh", tanh), ("sigmoid", sigmoid), ("relu", relu), ("sign", sign),
    ] }

    @Test func firstAndSecondDerivativesMatchFiniteDifferences() throws {
        let x = try f64([[0.3, 1.1, 0.7], [1.4, 0.2, 0.9]])
        let mixed = try f64([[-0.3, 1.1], [0.4, -0.9]])
        for (name, f) in Self.cases {
            let input = ["log", "sqrt"].contains(name) ? x : mixed
            let failures = try GradCheck.check([input]) { xs in try f(xs[0]) }
            #expect(failures == 0, "\(name)")
            try GradCheck.checkSecondOrder([input]) { xs in try f(xs[0]) }
        }
    }

    @Test func forwardValues() throws {
        #expect(try exp(Tensor(0)).doubles == [1])
        #expect(try sqrt(Tensor(16)).doubles == [4])
        #expect(try relu(try Tensor(nested: [-1, 0, 2])).doubles == [0, 0, 2])
        #expect(try sigmoid(Tensor(0)).doubles == [0.5])
        #expect(try sigmoid(Tensor(-1000)).doubles == [0])
        #expect(try sigmoid(Tensor(1000)).doubles == [1])
        #expect(try abs(Tensor(-2.5)).doubles == [2.5])
    }

    @Test func kinksFollowTensorFlow() throws {
        let x = try Tensor(nested: [0.0, -0.0, 2, -2], dtype: .float64)
        let tape = GradientTape(persistent: true)
        let (r, a) = try tape.record { () throws -> (Tensor, Tensor) in
            tape.watch(x)
            return (try relu(x), try abs(x))
        }
        #expect(try tape.gradient(r, x)?.doubles == [0, 0, 1, 0])
        #expect(try tape.gradient(a, x)?.doubles == [0, 0, 1, -1])
    }

    @Test func integerAndBoolInputsAreRejectedWhereTensorFlowDoes() throws {
        let error = #expect(throws: TensorError.self) { try sin(Tensor(1, dtype: .int32)) }
        #expect(error?.message == "sin: not supported for dtype int32")
        #expect(throws: TensorError.self) { try negate(Tensor(1, dtype: .bool)) }
        #expect(try square(Tensor(-3, dtype: .int32)).int32s == [9])
    }
}
