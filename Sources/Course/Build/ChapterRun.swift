import HTMLReport
import NotebookFormat

/// One chapter of a build, from its parsed file to its executed notebook.
public struct ChapterRun: Sendable {
    /// The chapter in the course.
    public var chapter: Chapter
    /// The chapter file's text (for the student edition).
    public var text: String
    /// The parsed chapter with its links rewritten to pages (before it ran).
    public var notebook: Notebook
    /// The executed chapter, with cells as the author wrote them (markers included).
    public var executed: Notebook
    /// Whether it ran, failed or came from the cache.
    public var state: ChapterState
    /// Seconds its run took (0 from the cache).
    public var seconds: Double
    /// The key its outputs are cached under, once they ran successfully or came from the cache; nil for
    /// a failed run, whose outputs no key describes.
    public var cacheKey: CacheKey? = nil

    /// The executed chapter as the site shows it: marker lines dropped from every cell.
    public var instructor: Notebook {
        // The markers were validated before the run, so rewriting cannot fail here.
        (try? StudentEdition.instructor(executed, file: chapter.path)) ?? executed
    }
}
