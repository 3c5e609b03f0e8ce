/// A notebook file that cannot be read as a notebook, located in the file.
///
/// Prints as `path:LINE:COL: error: message`, like a compiler diagnostic.
public struct NotebookError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The notebook's path as the user gave it.
    public var path: String
    /// Where the problem is (1-based line and column in Unicode scalars).
    public var location: SourceLocation
    /// What is wrong, without location or `error:` prefix.
    public var message: String

    /// Creates an error.
    public init(path: String, location: SourceLocation, message: String) {
        self.path = path
        self.location = location
        self.message = message
    }

    /// `path:LINE:COL: error: message`.
    public var description: String { "\(path):\(location): error: \(message)" }
}
