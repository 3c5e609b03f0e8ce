import Foundation
import SwiftParser
import SwiftSyntax

/// SwiftParser's trees of recently parsed source texts, so that a text parsed twice is parsed once.
///
/// A notebook run parses each cell more than once: the interpreter parses it to run it, the report parses
/// it again to highlight it, and a kernel parses it a third time for its declaration index. Parsing is a
/// third of a run's time where swift-syntax is unoptimised (README, "Performance"), so `shared` keeps the
/// trees of the most recent texts and hands them out again. A tree is immutable, so sharing one between
/// threads is safe; only the table is guarded. The oldest entry goes first once `capacity` texts are kept.
public final class SyntaxTreeCache: @unchecked Sendable {
    /// The cache the interpreter, the highlighter and the kernel share; 256 texts is more than the cells
    /// of any course chapter.
    public static let shared = SyntaxTreeCache(capacity: 256)

    /// How many texts' trees are kept at most.
    public let capacity: Int
    private let lock = NSLock()
    private var trees: [String: SourceFileSyntax] = [:]
    private var order: [String] = []

    /// Creates an empty cache that keeps at most `capacity` (at least 1) texts' trees.
    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The tree of `source`, as `Parser.parse(source:)` gives it: the kept one when the same text was parsed
    /// recently, else a new parse, which is kept.
    public func tree(for source: String) -> SourceFileSyntax {
        if let tree = locked({ trees[source] }) { return tree }
        let tree = Parser.parse(source: source)
        locked {
            guard trees.updateValue(tree, forKey: source) == nil else { return }
            order.append(source)
            if order.count > capacity { trees[order.removeFirst()] = nil }
        }
        return tree
    }

    /// How many texts' trees are kept now.
    public var count: Int { locked { trees.count } }

    private func locked<Result>(_ body: () -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
