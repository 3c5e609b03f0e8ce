import Foundation
import NotebookFormat

/// Checks and rewrites the links in chapters' prose (COURSE.md §1).
///
/// A link to another chapter's `.md` becomes a link to its page (`other.html#anchor`); a link to any
/// other file of the course becomes a path relative to the output folder. A link to a file that is not a
/// chapter or does not exist, or to a heading anchor the target does not have, is an error located at
/// the link's line; every broken link is reported, not only the first.
struct LinkChecker {
    /// The chapters by course-relative path, parsed, for their page names and heading anchors.
    let chapters: [String: Notebook]
    /// The course folder, absolute.
    let courseFolder: String
    /// The output folder, absolute.
    let outputFolder: String

    /// The chapter with its links rewritten, and the broken links found.
    ///
    /// - Parameters:
    ///   - notebook: The parsed chapter.
    ///   - path: Its path relative to the course folder (errors name it).
    func check(_ notebook: Notebook, path: String) -> (Notebook, [CourseError]) {
        var result = notebook
        var errors: [CourseError] = []
        let folder = (path as NSString).deletingLastPathComponent
        let ownAnchors = Set(Self.anchors(of: notebook))
        for index in result.blocks.indices {
            guard case .prose(var prose) = result.blocks[index] else { continue }
            var finder = LinkLineFinder(prose: prose)
            prose.html = HrefRewriter.rewrite(prose.html) { href in
                let line = finder.line(of: href)
                switch LinkTarget(href: href) {
                case .external:
                    return nil
                case .anchor(let anchor):
                    if !ownAnchors.contains(anchor) {
                        errors.append(.missingAnchor(anchor, target: path, in: path, line: line))
                    }
                    return nil
                case .relative(let target, let fragment):
                    return rewrite(target, fragment: fragment, from: folder, file: path, line: line, errors: &errors)
                }
            }
            result.blocks[index] = .prose(prose)
        }
        return (result, errors)
    }

    /// The new destination of a relative link, or nil to keep it (after recording any error).
    private func rewrite(
        _ target: String, fragment: String?, from folder: String, file: String, line: Int,
        errors: inout [CourseError]
    ) -> String? {
        guard let resolved = LinkTarget.resolve(target, from: folder) else {
            errors.append(.missingFile(target, in: file, line: line))
            return nil
        }
        if target.hasSuffix(".md") {
            guard let chapter = chapters[resolved] else {
                errors.append(.linkToMissingChapter(target, in: file, line: line))
                return nil
            }
            if let fragment, !fragment.isEmpty, !Self.anchors(of: chapter).contains(fragment) {
                errors.append(.missingAnchor(fragment, target: target, in: file, line: line))
            }
            return chapter.name + ".html" + (fragment.map { "#" + $0 } ?? "")
        }
        let absolute = (courseFolder as NSString).appendingPathComponent(resolved)
        guard FileManager.default.fileExists(atPath: absolute) else {
            errors.append(.missingFile(target, in: file, line: line))
            return nil
        }
        return RelativePath.from(outputFolder, to: absolute) + (fragment.map { "#" + $0 } ?? "")
    }

    /// Every heading anchor of a notebook, as its page's `id`s.
    static func anchors(of notebook: Notebook) -> [String] {
        notebook.blocks.flatMap { block -> [String] in
            if case .prose(let prose) = block { prose.headings.map(\.anchor) } else { [] }
        }
    }
}

extension CourseError {
    static func linkToMissingChapter(_ target: String, in file: String, line: Int) -> CourseError {
        CourseError(file: file, line: line, message: "link to '\(target)', which is not a chapter of this course")
    }

    static func missingAnchor(_ anchor: String, target: String, in file: String, line: Int) -> CourseError {
        CourseError(file: file, line: line, message: "link to '#\(anchor)', which is not a heading of '\(target)'")
    }

    static func missingFile(_ target: String, in file: String, line: Int) -> CourseError {
        CourseError(file: file, line: line, message: "link to '\(target)', which does not exist")
    }
}
