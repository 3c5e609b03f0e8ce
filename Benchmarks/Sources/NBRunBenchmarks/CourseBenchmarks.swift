import Course
import Foundation

/// Issue 13's measurement: building the course, cold (every chapter runs) and when nothing changed (every
/// chapter from the cache), site pages written in both cases.
///
/// The fixture is a copy of the real course, `Notebooks/` (its `course.yml`, chapters and `data/`), in a
/// temporary folder, so the figures track the lessons as they grow and the cache never touches the
/// repository.
enum CourseBenchmarks {
    /// The repository root, found from this file's place in `Benchmarks/Sources/NBRunBenchmarks/`.
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Copies the course (without any cache or site of its own) and returns the copy's folder.
    static func fixtureCourse() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-bench-course-\(UUID().uuidString)")
        let notebooks = repository.appendingPathComponent("Notebooks")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: notebooks.path)
        where name != "Output" && name != ".nbrun-cache" {
            try FileManager.default.copyItem(at: notebooks.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder.path
    }

    /// One build of `folder` into its `Output`, with or without the cache.
    static func build(_ folder: String, useCache: Bool) throws {
        let options = BuildOptions(
            outputFolder: (folder as NSString).appendingPathComponent("Output"),
            jobs: ProcessInfo.processInfo.activeProcessorCount, useCache: useCache, version: "benchmark")
        let (course, runs) = try CourseBuilder(folder: folder, options: options) { _ in }.run()
        guard runs.allSatisfy({ $0.state != .failed }) else { throw BenchmarkError("a benchmark chapter failed") }
        // As `nbrun build` does: cached chapters' pages come from the cache too.
        let pages = useCache ? PageCache(courseFolder: folder) { _ in } : nil
        try SitePages.write(
            SitePages.render(course: course, runs: runs, student: false, jobs: options.jobs, pageCache: pages),
            to: options.outputFolder)
    }

    /// The cold and the cached build times.
    static func run(runs: Int, peers: [String: Double]) throws -> [Measurement] {
        let folder = try fixtureCourse()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let chapters = try CourseLoader.load(folder: folder).chapters.count
        let cold = try Stopwatch.best(of: runs) { try build(folder, useCache: false) }
        let cached = try Stopwatch.best(of: runs) { try build(folder, useCache: true) }
        return [
            Measurement(name: "course build (Notebooks/, \(chapters) chapters), cold", nbrun: cold, peer: "", peerTime: nil,
                        goal: .under(3)),
            Measurement(name: "the same, nothing changed (cache)", nbrun: cached, peer: "", peerTime: nil,
                        goal: .under(0.3)),
        ]
    }
}
