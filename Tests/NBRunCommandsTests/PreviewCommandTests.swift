import Foundation
import Testing

/// `nbrun preview` end to end: the real server, a real edit of a chapter file, and headless Chromium
/// showing the page and reloading it by itself.
@Suite(.serialized) struct PreviewCommandTests {
    private static var served: Regex<(Substring, Substring)> {
        #/preview: serving Fixtures\/course at (http:\/\/127\.0\.0\.1:\d+\/)/#
    }

    private func count(_ text: String, in log: String) -> Int {
        log.components(separatedBy: text).count - 1
    }

    @Test func aSavedChapterRerunsAndTheOpenPageReloadsItself() throws {
        let folder = try NBRunProcess.workspace()
        let preview = try BackgroundProcess(
            NBRunProcess.executable, ["preview", "Fixtures/course", "--port", "0", "--output-dir", "Site"], in: folder)
        defer { preview.stop() }
        #expect(preview.wait(seconds: 120) { (try? Self.served.firstMatch(in: $0)) != nil }, "\(preview.stderr)")
        let match = try #require(try Self.served.firstMatch(in: preview.stderr))
        let profile = folder.appendingPathComponent("chromium-profile")
        let browser = try BackgroundProcess(
            URL(fileURLWithPath: "/usr/bin/chromium"),
            ["--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0",
             "--user-data-dir=\(profile.path)", String(match.1) + "first.html"], in: folder)
        defer { browser.stop() }
        let page = "preview: GET /first.html 200"
        #expect(preview.wait(seconds: 60) { self.count(page, in: $0) >= 1 }, "\(preview.stderr)")

        // Save a new version of the chapter: it runs again, the other one comes from the cache.
        let chapter = folder.appendingPathComponent("Fixtures/course/first.md")
        let original = try String(contentsOf: chapter, encoding: .utf8)
        try Data(original.replacingOccurrences(of: "// END SOLUTION", with: "print(\"edited\")\n// END SOLUTION").utf8)
            .write(to: chapter)
        #expect(preview.wait(seconds: 120) { $0.contains("first.md: 1 cells, 0 failed") && $0.contains("second.md: from cache") },
                "\(preview.stderr)")
        #expect(preview.wait(seconds: 60) { self.count(page, in: $0) >= 2 }, "the browser reloaded: \(preview.stderr)")
        #expect(try NBRunProcess.read("Site/first.html", in: folder).contains("edited"))

        // A broken link fails the build: the page shows the error, and the server keeps serving.
        try Data(original.replacingOccurrences(of: "second.md#squares", with: "second.md#cubes").utf8).write(to: chapter)
        #expect(preview.wait(seconds: 60) { $0.contains("first.md:3: error: link to '#cubes'") }, "\(preview.stderr)")
        #expect(preview.wait(seconds: 60) { self.count(page, in: $0) >= 3 }, "the browser reloaded: \(preview.stderr)")
        let dump = try NBRunProcess.run(
            ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile.path)-2", "--dump-dom",
             String(match.1) + "first.html"],
            in: folder, executable: URL(fileURLWithPath: "/usr/bin/chromium"))
        #expect(dump.stdout.contains("The course could not be built"), "\(dump.stdout)")
        #expect(dump.stdout.contains("first.md:3: error: link to '#cubes', which is not a heading of 'second.md'"))
    }

    @Test func badOptionsAreRejectedBeforeTheServerStarts() throws {
        let result = try NBRunProcess.run(["preview", "--jobs", "0"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("--jobs must be at least 1"))
    }

    /// An `nbrun` copied without `nbrun-preview` beside it says what is missing and how to build it.
    @Test func aMissingServerExecutableIsNamed() throws {
        let folder = try NBRunProcess.workspace()
        let lone = folder.appendingPathComponent("nbrun")
        try FileManager.default.copyItem(at: NBRunProcess.executable, to: lone)
        let result = try NBRunProcess.run(["preview", "Fixtures/course"], in: folder, executable: lone)
        #expect(result.status == 2)
        #expect(result.stderr.contains("nbrun: preview: cannot start \(folder.appendingPathComponent("nbrun-preview").path)"),
                "\(result.stderr)")
        #expect(result.stderr.contains("swift build --product nbrun-preview"))
    }
}
