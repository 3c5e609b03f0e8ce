import Execution
import HTMLReport

/// What a build reports while it works; the command line turns these into stderr lines.
public enum BuildEvent: Sendable {
    /// A chapter ran: its cells' progress in order, its summary and how long it took.
    case ran(path: String, cells: [CellProgress], summary: RunSummary, seconds: Double)
    /// A chapter's outputs came from the cache.
    case cached(path: String)
    /// Something went wrong that does not stop the build (a corrupt cache entry, an unwritable cache).
    case warning(String)
}
