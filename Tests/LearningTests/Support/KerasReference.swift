import Autodiff
import Foundation
import Testing

/// Keras's and TensorFlow's answers, written by `scripts/tensorflow-parity.py` into `Parity/keras.json`.
struct KerasReference: Decodable {
    /// One named value: a tensor, or TensorFlow's `None`.
    struct Entry: Decodable {
        let shape: [Int]?
        let values: [Double]?
        let none: Bool?
    }

    let keras: String
    let cases: [String: [String: Entry]]

    static func load() throws -> KerasReference {
        let url = try #require(Bundle.module.url(forResource: "keras", withExtension: "json", subdirectory: "Parity"))
        return try JSONDecoder().decode(KerasReference.self, from: Data(contentsOf: url))
    }

    /// The tensor `caseName.name` (float32 unless `dtype` says otherwise).
    func tensor(_ caseName: String, _ name: String, dtype: DType = .float32) throws -> Tensor {
        let entry = try #require(cases[caseName]?[name], "no Keras value \(caseName).\(name)")
        return try Tensor(shape: try #require(entry.shape), scalars: try #require(entry.values), dtype: dtype)
    }

    /// Compares a tensor (or `nil`) with `caseName.name`, element by element with a relative tolerance.
    func expect(
        _ caseName: String, _ name: String, _ actual: Tensor?, relativeTolerance: Double = 1e-4,
        absoluteTolerance: Double = 1e-6, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let entry = cases[caseName]?[name] else {
            Issue.record("no Keras value \(caseName).\(name)", sourceLocation: sourceLocation)
            return
        }
        if entry.none == true {
            #expect(actual == nil, "\(caseName).\(name): TensorFlow gives None", sourceLocation: sourceLocation)
            return
        }
        guard let actual, let shape = entry.shape, let values = entry.values else {
            Issue.record("\(caseName).\(name): got \(String(describing: actual)), Keras has \(entry)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual.shape == shape, "\(caseName).\(name) shape", sourceLocation: sourceLocation)
        for (i, (a, b)) in zip(actual.doubles, values).enumerated() {
            #expect(Swift.abs(a - b) <= absoluteTolerance + relativeTolerance * Swift.abs(b),
                    "\(caseName).\(name)[\(i)]: ours \(a), Keras \(b)", sourceLocation: sourceLocation)
        }
    }
}
