/// The outcome of checking one notebook (or one left-over snapshot) against the snapshot folder.
public struct NotebookCheck: Hashable, Sendable {
    /// The notebook's file name (`gradient_tape.md`); for an obsolete snapshot, the name its notebook had.
    public var fileName: String
    /// The snapshot's path (`Output/gradient_tape.ipynb`).
    public var snapshotPath: String
    /// What the check found.
    public var outcome: Outcome

    /// What a check found.
    public enum Outcome: Hashable, Sendable {
        /// Every cell renders as its snapshot.
        case matches
        /// These cells differ.
        case differs([CellDifference])
        /// There is no snapshot for the notebook.
        case missing
        /// The snapshot cannot be read (corrupt, truncated or hand-edited badly); the message says why.
        case unreadable(String)
        /// A snapshot whose notebook no longer exists.
        case obsolete
    }

    /// Creates a check outcome.
    public init(fileName: String, snapshotPath: String, outcome: Outcome) {
        self.fileName = fileName
        self.snapshotPath = snapshotPath
        self.outcome = outcome
    }

    /// Whether the check passed.
    public var passed: Bool { outcome == .matches }

    /// The differing cells, empty unless the outcome is `differs`.
    public var differences: [CellDifference] {
        if case .differs(let cells) = outcome { cells } else { [] }
    }

    /// One line for the terminal: `gradient_tape.md: matches Output/gradient_tape.ipynb`, or what failed.
    public var verdict: String {
        switch outcome {
        case .matches: "\(fileName): matches \(snapshotPath)"
        case .differs(let cells):
            "\(fileName): \(cells.count) \(cells.count == 1 ? "cell differs" : "cells differ") from \(snapshotPath)"
        case .missing: "\(fileName): no snapshot \(snapshotPath) (run with --update to create it)"
        case .unreadable(let reason): "\(snapshotPath): error: \(reason)"
        case .obsolete: "\(snapshotPath): obsolete snapshot, its notebook \(fileName) no longer exists"
        }
    }
}
