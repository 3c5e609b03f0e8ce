import Execution

/// How `nbrun build` builds a course.
public struct BuildOptions: Sendable {
    /// Where the site goes.
    public var outputFolder: String
    /// How many chapters run at the same time.
    public var jobs: Int
    /// Reuse earlier successful runs from the cache (`--no-cache` turns it off).
    public var useCache: Bool
    /// Also write the student editions to `OUT/student/` (`--student`).
    public var student: Bool
    /// Error policy and time limits of each chapter's run.
    public var run: RunOptions
    /// The nbrun version, part of every cache key.
    public var version: String

    /// Creates options.
    public init(
        outputFolder: String, jobs: Int, useCache: Bool = true, student: Bool = false,
        run: RunOptions = RunOptions(), version: String
    ) {
        self.outputFolder = outputFolder
        self.jobs = max(1, jobs)
        self.useCache = useCache
        self.student = student
        self.run = run
        self.version = version
    }

    /// The settings that change outputs, as cache key text.
    var cacheSettings: String {
        "nbrun \(version); timeout \(run.defaultTimeout); allow-errors \(run.allowErrors); timings \(run.recordTimings)"
    }
}

/// A course that cannot be built: every problem found, each a located `file:LINE: error: …` line.
public struct BuildFailure: Error, Sendable {
    /// The error lines, in chapter order.
    public var messages: [String]
    /// True when the course itself could not be read (exit status 2); false for broken links, chapters
    /// that do not parse and malformed marker regions (exit status 1).
    public var unreadableCourse = false
}
