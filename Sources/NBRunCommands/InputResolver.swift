import Foundation

/// One notebook to run, and the folder argument it came from (folders get an index page).
struct NotebookInput: Equatable {
    /// The notebook's path as the user would write it.
    var path: String
    /// The folder argument that listed it, or nil for a file argument.
    var folder: String?
}

/// An input argument that cannot be used.
enum InputError: Error, CustomStringConvertible, Equatable {
    case missing(String)
    case notMarkdown(String)
    case emptyFolder(String)

    var description: String {
        switch self {
        case .missing(let path): "\(path): No such file or directory"
        case .notMarkdown(let path): "\(path): not a Markdown notebook (expected a .md file or a folder)"
        case .emptyFolder(let path): "\(path): folder has no .md notebooks"
        }
    }
}

/// Expands the command line's files and folders into notebooks to run, in order.
enum InputResolver {
    /// Files stay as given; a folder becomes its `*.md` files sorted by name. Every argument is checked first.
    static func resolve(_ arguments: [String]) throws(InputError) -> [NotebookInput] {
        var notebooks: [NotebookInput] = []
        for argument in arguments {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                throw .missing(argument)
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
                let markdown = names.filter { $0.hasSuffix(".md") }.sorted()
                guard !markdown.isEmpty else { throw .emptyFolder(argument) }
                let prefix = argument.hasSuffix("/") ? argument : argument + "/"
                notebooks += markdown.map { NotebookInput(path: prefix + $0, folder: argument) }
            } else {
                guard argument.hasSuffix(".md") else { throw .notMarkdown(argument) }
                notebooks.append(NotebookInput(path: argument, folder: nil))
            }
        }
        return notebooks
    }
}
