import Foundation
import Testing

/// Compares rendered HTML against `Goldens/<name>`, recording a missing golden (and failing, so it gets reviewed).
enum Golden {
    /// The test target's folder in the source tree, where goldens are recorded.
    static let sourceDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Expects `actual` to equal the golden; records it into the source tree when it is missing.
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard let goldens = Bundle.module.url(forResource: "Goldens", withExtension: nil) else {
            Issue.record("the Goldens resource folder is missing from the test bundle", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: goldens.appendingPathComponent(name), encoding: .utf8) else {
            let target = sourceDirectory.appendingPathComponent("Goldens").appendingPathComponent(name)
            try actual.write(to: target, atomically: true, encoding: .utf8)
            Issue.record("Golden \(name) was missing; recorded it at \(target.path). Review it and run again.",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "differs from golden \(name)", sourceLocation: sourceLocation)
    }
}
