extension CellOptions {
    /// The info-string words after `swift` that give these options, in a fixed order (`raises timeout=5`).
    ///
    /// `CellOptionsParser` reads these words back to the same options.
    public var fenceWords: [String] {
        var words: [String] = []
        if raises { words.append("raises") }
        if skip { words.append("skip") }
        if hideCode { words.append("hide-code") }
        if hideOutput { words.append("hide-output") }
        if let timeout {
            // Whole seconds print without a fraction, as an author writes them.
            let whole = timeout.rounded() == timeout && abs(timeout) < 1e15
            words.append("timeout=" + (whole ? String(Int(timeout)) : String(timeout)))
        }
        if check != .all { words.append("check=" + check.rawValue) }
        return words
    }
}
