/// A line-by-line diff of two texts, shown as `-` (snapshot) and `+` (fresh run) lines with context.
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

    /// The shortest edit script by longest common subsequence (texts here are a few hundred lines at most).
    private static func script(_ old: [String], _ new: [String]) -> [Edit] {
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                edits.append(Edit(mark: " ", line: old[i]))
                i += 1
                j += 1
            } else if i < old.count, j == new.count || common[i + 1][j] >= common[i][j + 1] {
                edits.append(Edit(mark: "-", line: old[i]))
                i += 1
            } else {
                edits.append(Edit(mark: "+", line: new[j]))
                j += 1
            }
        }
        return edits
    }
}
