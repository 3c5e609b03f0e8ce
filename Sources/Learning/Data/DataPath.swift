import Foundation

/// Resolves a notebook's data path: relative to the notebook's folder and never outside it.
enum DataPath {
    /// The file `path` names inside `folder`, symbolic links resolved.
    /// - Throws: `DataError` naming the path for an absolute path, `..`, or a link leading outside.
    static func resolve(_ path: String, in folder: URL) throws -> URL {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.hasPrefix("~") else {
            throw DataError("\(path): a data path must be relative to the notebook's folder")
        }
        guard !path.split(separator: "/").contains("..") else {
            throw DataError("\(path): a data path may not leave the notebook's folder ('..')")
        }
        let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
        let url = folder.appendingPathComponent(path).standardizedFileURL.resolvingSymlinksInPath()
        guard url.path.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
            throw DataError("\(path): a data path may not lead outside the notebook's folder")
        }
        return url
    }
}
