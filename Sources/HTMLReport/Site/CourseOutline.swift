/// What every page of a course site shows of the whole course: its title and its parts of chapters.
public struct CourseOutline: Hashable, Sendable {
    /// The course title.
    public var title: String
    /// The parts in reading order.
    public var parts: [OutlinePart]

    /// Creates an outline.
    public init(title: String, parts: [OutlinePart]) {
        self.title = title
        self.parts = parts
    }

    /// Every chapter in reading order; a chapter's position here is its index for the other APIs.
    public var chapters: [OutlineChapter] { parts.flatMap(\.chapters) }
}

/// A part of a course in its outline.
public struct OutlinePart: Hashable, Sendable {
    /// The part's title, or nil for a course without parts (no heading is shown).
    public var title: String?
    /// The part's chapters.
    public var chapters: [OutlineChapter]

    /// Creates a part.
    public init(title: String?, chapters: [OutlineChapter]) {
        self.title = title
        self.chapters = chapters
    }
}

/// A chapter in a course outline.
public struct OutlineChapter: Hashable, Sendable {
    /// The chapter's title (see `HTMLReport.title(of:)`).
    public var title: String
    /// The chapter's page, relative to the site (`01_tensors.html`).
    public var href: String
    /// The chapter's notebook file name, shown on the index.
    public var fileName: String

    /// Creates a chapter entry.
    public init(title: String, href: String, fileName: String) {
        self.title = title
        self.href = href
        self.fileName = fileName
    }
}

/// How a chapter's last build went, shown on the course index in words.
public enum ChapterState: String, Hashable, Sendable {
    /// It ran and every cell went as intended.
    case ok
    /// It ran and a cell failed.
    case failed
    /// Its outputs came from the cache.
    case cached
}
