import Foundation
import Testing

@testable import Autodiff

/// TensorFlow's answers, written by `scripts/tensorflow-parity.py` into `Parity/tensorflow.json`.
struct TensorFlowReference: Decodable {
    /// One named value of a case: a tensor, TensorFlow's `None`, or an exception message.
    struct Entry: Decodable {
        let shape: [Int]?
        let values: [Double]?
        let none: Bool?
        let error: String?
    }

    let tensorflow: String
    let cases: [String: [String: Entry]]

    static func load() throws -> TensorFlowReference {
        let url = try #require(Bundle.module.url(forResource: "tensorflow", withExtension: "json", subdirectory: "Parity"))
        return try JSONDecoder().decode(TensorFlowReference.self, from: Data(contentsOf: url))
    }

    /// Compares a tensor (or `nil`) with TensorFlow's entry `name` of `caseName`.
    func expect(
        _ caseName: String, _ name: String, _ actual: Tensor?, relativeTolerance: Double = 1e-5,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let entry = cases[caseName]?[name] else {
            Issue.record("no TensorFlow value \(caseName).\(name)", sourceLocation: sourceLocation)
            return
        }
        if entry.none == true {
            #expect(actual == nil, "\(caseName).\(name): TensorFlow gives None", sourceLocation: sourceLocation)
            return
        }
        guard let actual, let shape = entry.shape, let values = entry.values else {
            Issue.record("\(caseName).\(name): got \(String(describing: actual)), TensorFlow has \(entry)",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(actual.shape == shape, "\(caseName).\(name) shape", sourceLocation: sourceLocation)
        let got = actual.doubles
        #expect(got.count == values.count, "\(caseName).\(name) count", sourceLocation: sourceLocation)
        for (i, (a, b)) in zip(got, values).enumerated() {
            #expect(Swift.abs(a - b) <= 1e-6 + relativeTolerance * Swift.abs(b),
                    "\(caseName).\(name)[\(i)]: ours \(a), TensorFlow \(b)", sourceLocation: sourceLocation)
        }
    }

    /// TensorFlow's exception message for `caseName.name`.
    func error(_ caseName: String, _ name: String) -> String? {
        cases[caseName]?[name]?.error
    }
}
