import Foundation
import Testing
@testable import Interpreter

/// Runs every script under `Conformance/<feature>/*.swift` and compares output and errors.
@Suite struct ConformanceTests {
    static var scripts: [URL] {
        guard let root = Bundle.module.url(forResource: "Conformance", withExtension: nil),
            let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
            .sorted { $0.path < $1.path }
    }

    static var names: [String] {
        scripts.map { "\($0.deletingLastPathComponent().lastPathComponent)/\($0.lastPathComponent)" }
    }

    @Test func suiteIsNotEmpty() {
        #expect(Self.scripts.count > 20)
    }

    @Test(arguments: names)
    func script(_ name: String) throws {
        let url = try #require(Self.scripts.first { $0.path.hasSuffix(name) })
        let script = ConformanceScript(name: name, text: try String(contentsOf: url, encoding: .utf8))
        let result = script.run(timeLimit: script.expectsTimeout ? .milliseconds(500) : .seconds(20))
        #expect(result.output == script.expectedOutput, "\(name): output differs")
        if script.expectsTimeout {
            #expect(result.timedOut, "\(name): expected a timeout, got \(result.error ?? "none")")
        } else {
            #expect(result.error == script.expectedError, "\(name): error differs")
        }
    }
}
