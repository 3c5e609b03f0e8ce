import Digests
import Foundation
import HTMLReport

/// The rendered site files of chapters whose outputs are cached, in `FOLDER/.nbrun-cache/pages/`.
///
/// Highlighting a chapter's code and encoding its charts for the page and the snapshot was most of a
/// build in which nothing changed (three quarters of it went to swift-syntax parsing the cells for
/// highlighting). A page depends only on the chapter's outputs (named by its `CacheKey`), the chapter's
/// text (prose and positions), the course outline, the chapter's place in it and the code that renders
/// it, so those name the entry. The renderer is identified by the running executable's size and
/// modification time: the version in the outputs' key does not change while nbrun is developed, and a
/// page rendered by an older build must never be served as today's. An entry is one file, written then
/// renamed; one whose length or digest does not match its header is reported and ignored, and the page
/// is rendered again.
public struct PageCache: Sendable {
    /// The folder of page entries.
    public let folder: String
    /// Receives the warning for a corrupt entry.
    public let warn: @Sendable (String) -> Void

    /// The pages of the cache in `courseFolder/.nbrun-cache`.
    ///
    /// - Parameters:
    ///   - courseFolder: The course folder.
    ///   - warn: Receives a warning for each corrupt entry found.
    public init(courseFolder: String, warn: @escaping @Sendable (String) -> Void) {
        folder = ((courseFolder as NSString).appendingPathComponent(ChapterCache.folderName) as NSString)
            .appendingPathComponent("pages")
        self.warn = warn
    }

    /// The site files of one chapter: its HTML page and its ipynb snapshot.
    public struct Entry: Equatable, Sendable {
        /// The chapter's HTML page.
        public var html: String
        /// The chapter's ipynb snapshot.
        public var ipynb: String
    }

    /// The name of a chapter's page entry: the digest of everything its two files are made from.
    static func key(
        outputs: CacheKey, text: String, outline: CourseOutline, current: Int, renderer: String = renderer
    ) -> String {
        let hasher = SHA256Hasher()
        func add(_ field: String) {
            // Length-prefixed, so no two different field lists give the same bytes.
            hasher.update("\(field.utf8.count):")
            hasher.update(field)
        }
        add(renderer)
        add(outputs.hex)
        add(text)
        add(String(current))
        add(outline.title)
        for part in outline.parts {
            add(part.title.map { "part " + $0 } ?? "untitled part")
            for chapter in part.chapters { [chapter.title, chapter.href, chapter.fileName].forEach(add) }
        }
        return hasher.finalize().hexDigits
    }

    /// The running executable's size and modification time, which change whenever it is rebuilt; without
    /// them (no executable path) the page cache is never hit, since every build gets a new value.
    static let renderer: String = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { return UUID().uuidString }
        return "\(path) \(size) \(modified.timeIntervalSince1970)"
    }()

    /// The stored files for `key`, or nil (after a warning when the entry is corrupt).
    func lookup(_ key: String) -> Entry? {
        let path = entryPath(key)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let entry = Self.decode(Array(data)) else {
            warn("\(path): corrupt cache entry ignored")
            return nil
        }
        return entry
    }

    /// Stores a chapter's files under `key`.
    func store(_ entry: Entry, key: String) throws {
        try AtomicFile.write(Self.encode(entry), to: entryPath(key))
    }

    private func entryPath(_ key: String) -> String {
        (folder as NSString).appendingPathComponent(key + ".page")
    }

    /// `nbrun-page HTML_BYTES SHA256\n`, then the page, then the snapshot.
    static func encode(_ entry: Entry) -> String {
        "nbrun-page \(entry.html.utf8.count) \(digest(entry))\n" + entry.html + entry.ipynb
    }

    /// The entry in `bytes`, or nil when its header, length or digest is wrong.
    static func decode(_ bytes: [UInt8]) -> Entry? {
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
        let body = bytes[(newline + 1)...]
        guard header.count == 3, header[0] == "nbrun-page", let htmlCount = Int(header[1]),
              htmlCount >= 0, htmlCount <= body.count else { return nil }
        let html = String(decoding: body.prefix(htmlCount), as: UTF8.self)
        let ipynb = String(decoding: body.dropFirst(htmlCount), as: UTF8.self)
        let entry = Entry(html: html, ipynb: ipynb)
        guard digest(entry) == header[2] else { return nil }
        return entry
    }

    /// The digest of both files and where one ends, so a changed length is caught as well as a changed byte.
    private static func digest(_ entry: Entry) -> String {
        SHA256Hasher.hash("\(entry.html.utf8.count):\(entry.html)\(entry.ipynb)".utf8).hexDigits
    }
}
