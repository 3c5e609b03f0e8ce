import Foundation
import Testing
@testable import Interpreter

/// Replays every input `scripts/fuzz.sh` found crashing or hanging the interpreter, kept in
/// `FuzzRegressions/*.swift` in the conformance format (`// expect:`, `// expect error:`,
/// `// expect runtime error:`, `// expect timeout`; see `Support/ConformanceScript.swift`).
///
/// Each must now end the way its expectation lines say — printed output, a located diagnostic, or a
/// timeout — instead of trapping the test process.
@Suite struct FuzzRegressionTests {
    static var inputs: [URL] {
        guard let root = Bundle.module.url(forResource: "FuzzRegressions", withExtension: nil),
            let files = try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
        else { return [] }
        return files.filter { $0.pathExtension == "swift" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static var names: [String] { inputs.map(\.lastPathComponent) }

    @Test func everyRegressionIsReplayed() {
        #expect(!Self.names.isEmpty)
    }

    @Test(arguments: names)
    func replay(_ name: String) throws {
        let url = try #require(Self.inputs.first { $0.lastPathComponent == name })
        let script = ConformanceScript(name: name, text: try String(contentsOf: url, encoding: .utf8))
        let result = script.run(timeLimit: script.expectsTimeout ? .milliseconds(300) : .seconds(20))
        #expect(result.output == script.expectedOutput, "\(name): output differs")
        if script.expectsTimeout {
            #expect(result.timedOut, "\(name): expected a timeout, got \(result.error ?? "none")")
        } else {
            #expect(result.error == script.expectedError, "\(name): error differs")
        }
    }
}
