import Autodiff
import Execution
import Foundation
import HTMLReport
import NotebookFormat
import Synchronization

/// Builds a course (COURSE.md §1): loads it, checks every chapter's links and marker regions, takes
/// unchanged chapters from the cache and runs the others in parallel, each in its own session.
public struct CourseBuilder: Sendable {
    /// The course folder.
    public let folder: String
    /// How to build.
    public let options: BuildOptions
    /// Receives progress; called from several threads at once when chapters run in parallel.
    public let log: @Sendable (BuildEvent) -> Void

    /// Creates a builder.
    public init(folder: String, options: BuildOptions, log: @escaping @Sendable (BuildEvent) -> Void) {
        self.folder = folder
        self.options = options
        self.log = log
    }

    /// Loads the course and runs (or restores) every chapter.
    ///
    /// - Returns: The course and its chapters in reading order.
    /// - Throws: `BuildFailure` with every problem found before running: an unreadable course, chapters
    ///   that do not parse, broken links, malformed marker regions.
    public func run() throws(BuildFailure) -> (Course, [ChapterRun]) {
        let course: Course
        do {
            course = try CourseLoader.load(folder: folder)
        } catch {
            throw BuildFailure(messages: ["\(error)"], unreadableCourse: true)
        }
        let prepared = try prepare(course)
        let cache = ChapterCache(courseFolder: folder)
        let dataDigest = CacheKey.dataDigest(paths: course.dataPaths, folder: folder)
        let keys = prepared.map {
            CacheKey(notebook: $0.notebook, fileText: $0.text, dataDigest: dataDigest, settings: options.cacheSettings)
        }
        var runs = prepared
        var pending: [Int] = []
        // Reading the cached snapshots (their charts are base64) is most of a cached build's time.
        let restored: [Notebook?] = options.useCache
            ? ChapterScheduler.run(count: prepared.count, width: options.jobs) { [self] index in
                restore(prepared[index], key: keys[index], cache: cache)
            }
            : Array(repeating: nil, count: prepared.count)
        for index in runs.indices {
            if let restored = restored[index] {
                runs[index].executed = restored
                runs[index].state = .cached
                runs[index].cacheKey = keys[index]
                log(.cached(path: runs[index].chapter.path))
            } else {
                pending.append(index)
            }
        }
        // Every core already runs a chapter: a product splitting itself would only fight them for it.
        let previousBLAS = BLASThreads.maximum
        if options.jobs > 1, pending.count > 1 { BLASThreads.setMaximum(1) }
        defer { BLASThreads.setMaximum(previousBLAS) }
        let toRun = pending.map { runs[$0] }
        let finished = ChapterScheduler.run(count: toRun.count, width: options.jobs) { [self] index in
            execute(toRun[index])
        }
        for (index, run) in zip(pending, finished) {
            runs[index] = run
            if run.state == .ok {
                runs[index].cacheKey = keys[index]
                do {
                    try cache.store(run.executed, key: keys[index])
                } catch {
                    log(.warning("\(cache.folder): cannot store \(run.chapter.path) (\(error))"))
                }
            }
        }
        return (course, runs)
    }

    /// Reads and parses every chapter, rewrites its links and checks its marker regions.
    private func prepare(_ course: Course) throws(BuildFailure) -> [ChapterRun] {
        var messages: [String] = []
        var parsed: [(Chapter, String, Notebook)] = []
        for chapter in course.chapters {
            let path = (folder as NSString).appendingPathComponent(chapter.path)
            guard let data = FileManager.default.contents(atPath: path) else {
                messages.append(CourseError.unreadable(chapter.path).description)
                continue
            }
            do {
                let notebook = try NotebookParser.parse(Array(data), path: chapter.path)
                try StudentEdition.validate(notebook, file: chapter.path)
                parsed.append((chapter, String(decoding: data, as: UTF8.self), notebook))
            } catch {
                messages.append("\(error)")
            }
        }
        let checker = LinkChecker(
            chapters: Dictionary(parsed.map { ($0.0.path, $0.2) }, uniquingKeysWith: { first, _ in first }),
            courseFolder: Self.absolute(folder), outputFolder: Self.absolute(options.outputFolder))
        var runs: [ChapterRun] = []
        for (chapter, text, notebook) in parsed {
            let (linked, errors) = checker.check(notebook, path: chapter.path)
            messages += errors.map(\.description)
            runs.append(ChapterRun(chapter: chapter, text: text, notebook: linked, executed: linked, state: .failed, seconds: 0))
        }
        guard messages.isEmpty else { throw BuildFailure(messages: messages) }
        return runs
    }

    /// The cached outputs for `run`, or nil (after a warning for a corrupt entry).
    private func restore(_ run: ChapterRun, key: CacheKey, cache: ChapterCache) -> Notebook? {
        switch cache.lookup(key, for: run.notebook) {
        case .hit(let notebook): return notebook
        case .miss: return nil
        case .corrupt(let reason):
            log(.warning(reason))
            return nil
        }
    }

    /// Runs one chapter in a session of its own and reports its progress in one event.
    private func execute(_ run: ChapterRun) -> ChapterRun {
        let started = ContinuousClock.now
        var cells: [CellProgress] = []
        let chapterFolder = URL(fileURLWithPath: (folder as NSString).appendingPathComponent(run.chapter.path))
            .deletingLastPathComponent()
        let executed = NotebookRunner(options: options.run).run(run.notebook, folder: chapterFolder) {
            cells.append($0)
        }
        var result = run
        result.seconds = (ContinuousClock.now - started) / .seconds(1)
        result.executed = executed
        let summary = RunSummary(executed)
        result.state = summary.failed > 0 ? .failed : .ok
        log(.ran(path: run.chapter.path, cells: cells, summary: summary, seconds: result.seconds))
        return result
    }

    /// `path` made absolute against the working directory and standardised.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
