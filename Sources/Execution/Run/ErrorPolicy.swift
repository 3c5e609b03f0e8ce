import NotebookFormat

/// The one place that decides a cell's status from its options and outcome, and whether the run goes on.
///
/// Like nbclient's error handling: a failing cell stops the run unless errors are allowed; a `raises` cell
/// must fail and then counts as success; a `raises` cell that succeeds is itself a failure.
enum ErrorPolicy {
    /// The status of a cell that ran, and the error to show for a `raises` cell that did not fail.
    static func status(raises: Bool, error: CellError?) -> (status: CellStatus, extraError: CellError?) {
        switch (raises, error) {
        case (false, nil): return (.succeeded, nil)
        case (false, .some): return (.failed, nil)
        case (true, .some): return (.failedAsExpected, nil)
        case (true, nil):
            let error = CellError(
                kind: .unexpectedSuccess,
                message: "the cell is marked `raises` but ran without an error"
            )
            return (.failed, error)
        }
    }

    /// Whether later cells still run after a cell ended with `status`.
    static func continues(after status: CellStatus, allowErrors: Bool) -> Bool {
        status != .failed || allowErrors
    }
}
