import Foundation
import Yams

/// The front matter's YAML as Yams nodes, with every error placed at a notebook line and column.
struct YAMLDocument {
    /// The notebook's path, for errors.
    let path: String
    /// The notebook line of the YAML's first line (the line after the opening `---`).
    let firstLine: Int

    /// The root node of `yaml`, or nil for an empty document.
    func root(of yaml: String) throws(NotebookError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw located(error)
        } catch {
            throw NotebookError(path: path, location: SourceLocation(line: firstLine, column: 1),
                                message: "front matter: \(error)")
        }
    }

    /// A `title:` value: a scalar; null or empty means no title.
    func title(_ node: Node) throws(NotebookError) -> String? {
        guard let scalar = node.scalar else { throw error("title must be text", at: node) }
        return node.null != nil || scalar.string.isEmpty ? nil : scalar.string
    }

    /// The `check:` mapping (COURSE.md §2); unknown keys are errors so a typo never loosens a check silently.
    func checkSettings(_ node: Node) throws(NotebookError) -> CheckSettings {
        var settings = CheckSettings()
        if node.null != nil { return settings }
        guard let mapping = node.mapping else { throw error("check must be a mapping", at: node) }
        for (key, value) in mapping {
            switch key.string {
            case "pixel-threshold":
                guard let threshold = value.float, (0...1).contains(threshold) else {
                    throw error("check.pixel-threshold must be a number from 0 to 1", at: value)
                }
                settings.pixelThreshold = threshold
            case "max-diff-pixels":
                guard let count = value.int, count >= 0 else {
                    throw error("check.max-diff-pixels must be a whole number, 0 or more", at: value)
                }
                settings.maxDiffPixels = count
            case "ignore":
                settings.ignore = try patterns(value)
            default:
                throw error("unknown check setting '\(key.string ?? "?")'; "
                    + "expected pixel-threshold, max-diff-pixels or ignore", at: key)
            }
        }
        return settings
    }

    /// `check.ignore`: one regular expression or a list of them, each compiled here so a bad one is located.
    private func patterns(_ node: Node) throws(NotebookError) -> [String] {
        let items = node.sequence.map { Array($0) } ?? [node]
        var patterns: [String] = []
        for item in items {
            guard let pattern = item.scalar?.string, item.null == nil else {
                throw error("check.ignore must be a regular expression or a list of them", at: item)
            }
            do {
                _ = try NSRegularExpression(pattern: pattern)
            } catch {
                throw self.error("check.ignore: '\(pattern)' is not a valid regular expression", at: item)
            }
            patterns.append(pattern)
        }
        return patterns
    }

    /// An error at `node`'s position in the notebook.
    func error(_ message: String, at node: Node) -> NotebookError {
        NotebookError(path: path, location: location(node.mark), message: "front matter: \(message)")
    }

    private func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(line: firstLine, column: 1) }
        return SourceLocation(line: firstLine + mark.line - 1, column: max(1, mark.column))
    }

    /// Yams's error with its mark moved to the notebook's lines.
    private func located(_ error: YamlError) -> NotebookError {
        let (problem, mark): (String, Mark?) = switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            (problem, mark)
        case .duplicatedKeysInMapping(let duplicates, let context):
            ("duplicate key '\(duplicates.joined(separator: "', '"))'", context.mark)
        default:
            ("\(error)", nil)
        }
        return NotebookError(path: path, location: location(mark), message: "front matter: \(problem)")
    }
}
