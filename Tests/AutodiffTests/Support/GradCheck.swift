import Testing

@testable import Autodiff

/// Central-difference gradient checks in float64 with PyTorch gradcheck's tolerances.
enum GradCheck {
    static let epsilon = 1e-6
    static let absoluteTolerance = 1e-5
    static let relativeTolerance = 1e-3

    /// Fixed, non-uniform output weights, so every output element is checked with its own weight.
    static func weights(_ shape: [Int]) throws -> Tensor {
        let count = shape.reduce(1, *)
        let values: [Double] = (0..<count).map { (i: Int) -> Double in
            let a: Double = 0.25 * Double(i % 7)
            let b: Double = 0.1 * Double(i % 3)
            return 0.5 + a - b
        }
        return try Tensor(shape: shape, scalars: values, dtype: .float64)
    }

    /// `Σ w · f(inputs)` without any tape.
    static func weightedSum(_ inputs: [Tensor], _ f: ([Tensor]) throws -> Tensor) throws -> Double {
        let y = try f(inputs)
        return try reduceSum(try multiply(y, try weights(y.shape))).scalarValue()
    }

    /// Checks the tape's gradients of `Σ w · f(inputs)` against central finite differences.
    /// - Returns: the number of mismatching elements (0 when the check passes); mismatches are recorded as issues.
    @discardableResult
    static func check(
        _ inputs: [Tensor], sourceLocation: SourceLocation = #_sourceLocation, _ f: ([Tensor]) throws -> Tensor
    ) throws -> Int {
        // Distinct identities, so passing one tensor twice checks two independent inputs.
        let inputs = inputs.map { $0.withFreshIdentity() }
        let tape = GradientTape()
        let y = try tape.record { () throws -> Tensor in
            inputs.forEach(tape.watch)
            return try f(inputs)
        }
        let analytic = try tape.gradient(y, inputs, unconnected: .zero, outputGradients: try weights(y.shape))
        var failures = 0
        for (k, input) in inputs.enumerated() {
            let values = input.doubles
            let computed = analytic[k]?.doubles ?? []
            #expect(computed.count == values.count, "gradient \(k) has the wrong size", sourceLocation: sourceLocation)
            for j in values.indices where j < computed.count {
                let numeric = try numericDerivative(inputs, k, j, f)
                let ok = Swift.abs(computed[j] - numeric) <= absoluteTolerance + relativeTolerance * Swift.abs(numeric)
                if !ok { failures += 1 }
                #expect(ok, "input \(k) element \(j): tape \(computed[j]) vs finite difference \(numeric)",
                        sourceLocation: sourceLocation)
            }
        }
        return failures
    }

    /// Second derivatives: `check` applied to the first gradient (computed by an inner tape) of each input.
    static func checkSecondOrder(
        _ inputs: [Tensor], sourceLocation: SourceLocation = #_sourceLocation, _ f: @escaping ([Tensor]) throws -> Tensor
    ) throws {
        for k in inputs.indices {
            try check(inputs, sourceLocation: sourceLocation) { xs in
                let inner = GradientTape()
                let y = try inner.record { () throws -> Tensor in
                    xs.forEach(inner.watch)
                    return try f(xs)
                }
                let g = try inner.gradient(y, [xs[k]], unconnected: .zero, outputGradients: try weights(y.shape))
                if let first = g[0] { return first }
                return try Tensor.zeros(xs[k].shape, dtype: .float64)
            }
        }
    }

    private static func numericDerivative(
        _ inputs: [Tensor], _ k: Int, _ j: Int, _ f: ([Tensor]) throws -> Tensor
    ) throws -> Double {
        func shifted(_ delta: Double) throws -> [Tensor] {
            var values = inputs[k].doubles
            values[j] += delta
            var copy = inputs
            copy[k] = try Tensor(shape: inputs[k].shape, scalars: values, dtype: .float64)
            return copy
        }
        let plus = try weightedSum(try shifted(epsilon), f)
        let minus = try weightedSum(try shifted(-epsilon), f)
        return (plus - minus) / (2 * epsilon)
    }
}

/// A float64 tensor from a literal, for tests.
func f64(_ literal: TensorLiteral) throws -> Tensor {
    try Tensor(nested: literal, dtype: .float64)
}
