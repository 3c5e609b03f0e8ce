/// A line-by-line diff of two texts, shown as `-` (snapshot) and `+` (fresh run) lines with context.
///
/// The edit script is the standard library's `CollectionDifference` (Myers' algorithm); this type only
/// turns it into the unified-diff presentation.
enum LineDiff {
    /// Lines of a unified-style diff from `expected` to `actual`; empty when the texts are equal.
    ///
    /// - Parameters:
    ///   - expected: The text stored in the snapshot.
    ///   - actual: The text the fresh run produced.
    ///   - context: How many unchanged lines to keep around each change.
    static func lines(from expected: String, to actual: String, context: Int = 2) -> [String] {
        guard expected != actual else { return [] }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edits = script(old, new)
        let changed = edits.indices.filter { edits[$0].mark != " " }
        return edits.indices.compactMap { index in
            let near = changed.contains { abs($0 - index) <= context }
            return near ? "\(edits[index].mark) \(edits[index].line)" : nil
        }
    }

    private struct Edit {
        var mark: Character
        var line: String
    }

    /// Every line of both texts in order, marked kept, removed or inserted; removals come before the
    /// insertions that replace them, as in `diff -u`.
    private static func script(_ old: [String], _ new: [String]) -> [Edit] {
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var edits: [Edit] = []
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) {
                edits.append(Edit(mark: "-", line: old[i]))
                i += 1
            } else if j < new.count, inserted.contains(j) {
                edits.append(Edit(mark: "+", line: new[j]))
                j += 1
            } else {
                edits.append(Edit(mark: " ", line: new[j]))
                i += 1
                j += 1
            }
        }
        return edits
    }
}
