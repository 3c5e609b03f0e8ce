import Foundation
import Yams

/// Reads a course folder: its `course.yml` when there is one, else its `*.md` files in name order.
///
/// The YAML is composed into Yams's node tree (not decoded into a type) so that every complaint can name
/// the line of the value it is about.
public enum CourseLoader {
    /// The name of the course file inside a course folder.
    public static let fileName = "course.yml"

    /// Loads the course in `folder`.
    ///
    /// - Parameter folder: The course folder.
    /// - Returns: The course, with every chapter checked to exist.
    /// - Throws: `CourseError` for unreadable or invalid YAML, a missing chapter or data path, two chapters
    ///   with the same page name, or a folder with neither `course.yml` nor `.md` files.
    public static func load(folder: String) throws(CourseError) -> Course {
        let manifest = (folder as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: manifest) else { return try folderCourse(folder) }
        guard let data = FileManager.default.contents(atPath: manifest) else { throw .unreadable(fileName) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: String(decoding: data, as: UTF8.self))
        } catch let error as YamlError {
            throw .invalidYAML(fileName, line: error.line, problem: error.problem)
        } catch {
            throw .invalidYAML(fileName, line: nil, problem: "\(error)")
        }
        guard let root = node, root.mapping != nil else { throw .expected("a mapping with 'title' and 'parts'", in: fileName, line: 1) }
        let course = try course(from: root)
        try validate(course, root: root, folder: folder)
        return course
    }

    /// A course of the folder's `*.md` files in name order, titled after the folder.
    private static func folderCourse(_ folder: String) throws(CourseError) -> Course {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let chapters = names.filter { $0.hasSuffix(".md") }.sorted().map(Chapter.init(path:))
        guard !chapters.isEmpty else { throw .noChapters(folder) }
        let title = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        return Course(title: title, parts: [Part(title: nil, chapters: chapters)], dataPaths: [])
    }

    private static func course(from root: Node) throws(CourseError) -> Course {
        guard let title = root["title"]?.string, !title.isEmpty else {
            throw .expected("a 'title' string", in: fileName, line: root["title"]?.mark?.line ?? 1)
        }
        guard let partNodes = root["parts"]?.sequence, !partNodes.isEmpty else {
            throw .expected("a non-empty 'parts' list", in: fileName, line: root["parts"]?.mark?.line ?? 1)
        }
        var parts: [Part] = []
        for partNode in partNodes {
            guard partNode.mapping != nil, let partTitle = partNode["title"]?.string,
                  let chapterNodes = partNode["chapters"]?.sequence, !chapterNodes.isEmpty
            else { throw .expected("a part with a 'title' and a non-empty 'chapters' list", in: fileName, line: partNode.mark?.line) }
            var chapters: [Chapter] = []
            for chapterNode in chapterNodes {
                guard let path = chapterNode.string, path.hasSuffix(".md") else {
                    throw .expected("a chapter file ending in .md", in: fileName, line: chapterNode.mark?.line)
                }
                chapters.append(Chapter(path: path))
            }
            parts.append(Part(title: partTitle, chapters: chapters))
        }
        var dataPaths: [String] = []
        for dataNode in root["data"]?.sequence.map(Array.init) ?? [] {
            guard let path = dataNode.string else {
                throw .expected("a path in 'data'", in: fileName, line: dataNode.mark?.line)
            }
            dataPaths.append(path)
        }
        return Course(title: title, parts: parts, dataPaths: dataPaths)
    }

    /// Every chapter and data path exists; no two chapters share a page name.
    private static func validate(_ course: Course, root: Node, folder: String) throws(CourseError) {
        let chapterNodes = (root["parts"]?.sequence ?? []).flatMap { $0["chapters"]?.sequence.map(Array.init) ?? [] }
        var stems: Set<String> = []
        for (chapter, node) in zip(course.chapters, chapterNodes) {
            let path = (folder as NSString).appendingPathComponent(chapter.path)
            guard FileManager.default.fileExists(atPath: path) else {
                throw .missingChapter(chapter.path, in: fileName, line: node.mark?.line)
            }
            guard stems.insert(chapter.stem).inserted else {
                throw .duplicateName(chapter.path, in: fileName, line: node.mark?.line)
            }
        }
        for (path, node) in zip(course.dataPaths, root["data"]?.sequence.map(Array.init) ?? []) {
            guard FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(path)) else {
                throw .missingData(path, in: fileName, line: node.mark?.line)
            }
        }
    }
}

extension YamlError {
    /// The line libyaml pointed at, when it gave one.
    fileprivate var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    /// libyaml's problem text without the snippet Yams appends to `description`.
    fileprivate var problem: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(self)"
        }
    }
}
