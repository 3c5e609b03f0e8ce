/// A course: a title, parts of chapters in reading order, and the data files its notebooks read
/// (COURSE.md §1).
public struct Course: Hashable, Sendable {
    /// The course's title, shown on every page.
    public var title: String
    /// The parts in order; a course without `course.yml` has one part without a title.
    public var parts: [Part]
    /// Paths under `data:`, relative to the course folder, that belong to every chapter's cache key.
    public var dataPaths: [String]

    /// Creates a course.
    public init(title: String, parts: [Part], dataPaths: [String]) {
        self.title = title
        self.parts = parts
        self.dataPaths = dataPaths
    }

    /// Every chapter in reading order.
    public var chapters: [Chapter] { parts.flatMap(\.chapters) }
}

/// A titled group of chapters.
public struct Part: Hashable, Sendable {
    /// The part's title, or nil for the single part of a course without `course.yml`.
    public var title: String?
    /// The part's chapters in reading order.
    public var chapters: [Chapter]

    /// Creates a part.
    public init(title: String?, chapters: [Chapter]) {
        self.title = title
        self.chapters = chapters
    }
}

/// One notebook of a course.
public struct Chapter: Hashable, Sendable {
    /// The notebook's path relative to the course folder, as `course.yml` names it (`01_tensors.md`).
    public var path: String

    /// Creates a chapter.
    public init(path: String) {
        self.path = path
    }

    /// The page name: the file name without folders and `.md` (`01_tensors`); pages are `<stem>.html`.
    public var stem: String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        return file.hasSuffix(".md") ? String(file.dropLast(3)) : file
    }
}
