import Autodiff
import Testing

/// Central-difference gradient checks in float64 (PyTorch gradcheck's tolerances), on Autodiff's public API.
enum GradCheck {
    static let epsilon = 1e-6

    /// Checks the tape's gradient of `Σ f(x) · w` (fixed, uneven weights) against finite differences.
    static func check(_ x: Tensor, sourceLocation: SourceLocation = #_sourceLocation, _ f: (Tensor) throws -> Tensor) throws {
        let input = stopGradient(x)
        let tape = GradientTape()
        let y = try tape.record { () throws -> Tensor in
            tape.watch(input)
            return try weighted(try f(input))
        }
        let analytic = try #require(try tape.gradient(y, input)).doubles
        let values = x.doubles
        for j in values.indices {
            func at(_ delta: Double) throws -> Double {
                var shifted = values
                shifted[j] += delta
                return try weighted(try f(try Tensor(shape: x.shape, scalars: shifted, dtype: .float64))).scalarValue()
            }
            let numeric = (try at(epsilon) - at(-epsilon)) / (2 * epsilon)
            #expect(Swift.abs(analytic[j] - numeric) <= 1e-5 + 1e-3 * Swift.abs(numeric),
                    "element \(j): tape \(analytic[j]) vs finite difference \(numeric)", sourceLocation: sourceLocation)
        }
    }

    /// `check` of the first gradient (taken by an inner tape): the second derivative.
    static func checkSecondOrder(_ x: Tensor, sourceLocation: SourceLocation = #_sourceLocation,
                                 _ f: @escaping (Tensor) throws -> Tensor) throws {
        try check(x, sourceLocation: sourceLocation) { input in
            let inner = GradientTape()
            let y = try inner.record { () throws -> Tensor in
                inner.watch(input)
                return try weighted(try f(input))
            }
            return try #require(try inner.gradient(y, input))
        }
    }

    private static func weighted(_ y: Tensor) throws -> Tensor {
        let weights: [Double] = (0..<y.scalarCount).map { (i: Int) -> Double in
            let a: Double = 0.25 * Double(i % 7)
            let b: Double = 0.1 * Double(i % 3)
            return 0.5 + a - b
        }
        let w = try Tensor(shape: y.shape, scalars: weights, dtype: y.dtype)
        return try reduceSum(try multiply(y, w))
    }
}
