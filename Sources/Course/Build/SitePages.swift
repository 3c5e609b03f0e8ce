import Foundation
import HTMLReport
import NotebookFormat

/// The files of a built course site, as paths relative to the output folder and their contents.
///
/// Rendering is separate from writing so that the same pages serve `nbrun build`, the preview server
/// and the tests; nothing in a page depends on where the site is written or on the order chapters ran.
public enum SitePages {
    /// Every file of the site: `<stem>.html` and `<stem>.ipynb` per chapter, `index.html`, and with
    /// `student` the `student/<stem>.md` and `student/<stem>.ipynb` editions.
    ///
    /// - Parameters:
    ///   - course: The course.
    ///   - runs: Its chapters after the build, in reading order.
    ///   - student: Also render the student editions.
    ///   - jobs: How many chapters' pages are rendered at the same time (the result does not depend on it).
    ///   - pageCache: Where the pages of chapters with cached outputs are kept between builds, or nil to
    ///     render every page (the files are the same either way).
    /// - Returns: Relative paths and file contents, in a fixed order.
    /// - Throws: `BuildFailure` when a student edition cannot be made.
    public static func render(
        course: Course, runs: [ChapterRun], student: Bool, jobs: Int = 1, pageCache: PageCache? = nil
    ) throws(BuildFailure) -> [(String, String)] {
        let instructor = runs.map(\.instructor)
        let outline = outline(course, notebooks: instructor)
        // Highlighting and encoding a chapter's page is most of a cached build's time.
        let pages = ChapterScheduler.run(count: instructor.count, width: jobs) { index in
            let stem = runs[index].chapter.stem
            let entry = chapterFiles(runs[index], instructor[index], outline: outline, current: index, cache: pageCache)
            return [(stem + ".html", entry.html), (stem + ".ipynb", entry.ipynb)]
        }
        var files = pages.flatMap { $0 }
        files.append(("index.html", HTMLReport.renderCourseIndex(outline, states: runs.map(\.state))))
        if student {
            var messages: [String] = []
            for run in runs {
                do {
                    let markdown = try StudentEdition.markdown(run.text, notebook: run.notebook, file: run.chapter.path)
                    let edition = try StudentEdition.notebook(
                        markdown, executed: run.executed, path: run.chapter.stem + ".md")
                    files.append(("student/\(run.chapter.stem).md", markdown))
                    files.append(("student/\(run.chapter.stem).ipynb", NotebookSnapshot.ipynb(edition)))
                } catch {
                    messages.append("\(error)")
                }
            }
            guard messages.isEmpty else { throw BuildFailure(messages: messages) }
        }
        return files
    }

    /// A chapter's page and snapshot, from the page cache when its outputs have a cache key, else rendered
    /// (and then stored).
    private static func chapterFiles(
        _ run: ChapterRun, _ instructor: Notebook, outline: CourseOutline, current: Int, cache: PageCache?
    ) -> PageCache.Entry {
        let key = run.cacheKey.map { PageCache.key(outputs: $0, text: run.text, outline: outline, current: current) }
        if let cache, let key, let stored = cache.lookup(key) { return stored }
        let entry = PageCache.Entry(
            html: HTMLReport.renderChapter(instructor, options: ReportOptions(), outline: outline, current: current),
            ipynb: NotebookSnapshot.ipynb(instructor))
        if let cache, let key {
            do {
                try cache.store(entry, key: key)
            } catch {
                cache.warn("\(cache.folder): cannot store the page of \(run.chapter.path) (\(error))")
            }
        }
        return entry
    }

    /// Writes `files` under `folder`, each atomically.
    public static func write(_ files: [(String, String)], to folder: String) throws {
        for (path, contents) in files {
            try AtomicFile.write(contents, to: (folder as NSString).appendingPathComponent(path))
        }
    }

    /// The course outline every page shows, with each chapter's title from its notebook.
    static func outline(_ course: Course, notebooks: [Notebook]) -> CourseOutline {
        var next = 0
        let parts = course.parts.map { part in
            OutlinePart(title: part.title, chapters: part.chapters.map { chapter in
                defer { next += 1 }
                return OutlineChapter(
                    title: HTMLReport.title(of: notebooks[next]), href: chapter.stem + ".html",
                    fileName: chapter.path)
            })
        }
        return CourseOutline(title: course.title, parts: parts)
    }
}
