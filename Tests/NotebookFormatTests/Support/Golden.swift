import Foundation
import Testing

/// Compares text against golden files, recording a missing golden (and failing, so it gets reviewed).
enum Golden {
    /// The test target's folder in the source tree, where goldens are recorded.
    static let sourceDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled copy of the `Fixtures` folder.
    static var fixtures: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw GoldenError.missingFixtures
            }
            return url
        }
    }

    /// Expects `actual` to equal `Fixtures/<name>`; records it into the source tree when it is missing.
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let golden = try fixtures.appendingPathComponent(name)
        guard let expected = try? String(contentsOf: golden, encoding: .utf8) else {
            let target = sourceDirectory.appendingPathComponent("Fixtures").appendingPathComponent(name)
            try actual.write(to: target, atomically: true, encoding: .utf8)
            Issue.record("Golden \(name) was missing; recorded it at \(target.path). Review it and run again.",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "differs from golden \(name)", sourceLocation: sourceLocation)
    }

    /// Errors of the golden helper itself.
    enum GoldenError: Error {
        case missingFixtures
    }
}
