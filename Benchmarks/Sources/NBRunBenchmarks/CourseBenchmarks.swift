import Course
import Foundation

/// Issue 13's measurement: building a course of nine chapters, cold (every chapter runs) and when nothing
/// changed (every chapter from the cache), site pages written in both cases.
///
/// The fixture course is made in a temporary folder from nine copies of `Notebooks/gradient_tape.md`
/// (the course's real lesson) under a `course.yml` of three parts, so it tracks the lesson as it grows.
enum CourseBenchmarks {
    /// The repository root, found from this file's place in `Benchmarks/Sources/NBRunBenchmarks/`.
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Writes the nine-chapter course and returns its folder.
    static func fixtureCourse() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nbrun-bench-course-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lesson = try Data(contentsOf: repository.appendingPathComponent("Notebooks/gradient_tape.md"))
        var yaml = "title: Benchmark Course\nparts:\n"
        for part in 0..<3 {
            let chapters = (1...3).map { "chapter_\(part * 3 + $0).md" }
            for chapter in chapters { try lesson.write(to: folder.appendingPathComponent(chapter)) }
            yaml += "  - title: Part \(part + 1)\n    chapters: [\(chapters.joined(separator: ", "))]\n"
        }
        try Data(yaml.utf8).write(to: folder.appendingPathComponent("course.yml"))
        return folder.path
    }

    /// One build of `folder` into its `Output`, with or without the cache.
    static func build(_ folder: String, useCache: Bool) throws {
        let options = BuildOptions(
            outputFolder: (folder as NSString).appendingPathComponent("Output"),
            jobs: ProcessInfo.processInfo.activeProcessorCount, useCache: useCache, version: "benchmark")
        let (course, runs) = try CourseBuilder(folder: folder, options: options) { _ in }.run()
        guard runs.allSatisfy({ $0.state != .failed }) else { throw BenchmarkError("a benchmark chapter failed") }
        try SitePages.write(SitePages.render(course: course, runs: runs, student: false, jobs: options.jobs), to: options.outputFolder)
    }

    /// The cold and the cached build times.
    static func run(runs: Int, peers: [String: Double]) throws -> [Measurement] {
        let folder = try fixtureCourse()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cold = try Stopwatch.best(of: runs) { try build(folder, useCache: false) }
        let cached = try Stopwatch.best(of: runs) { try build(folder, useCache: true) }
        return [
            Measurement(name: "course build, 9 chapters, cold", nbrun: cold, peer: "", peerTime: nil, goal: .under(3)),
            Measurement(name: "the same, nothing changed (cache)", nbrun: cached, peer: "", peerTime: nil,
                        goal: .under(0.3)),
        ]
    }
}
