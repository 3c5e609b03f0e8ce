import Foundation

/// Writes and reads the ipynb snapshot of an executed notebook (Jupyter nbformat 4.5).
///
/// The snapshot is meant for diffs and for `--check`: it is deterministic (sorted keys, one-space
/// indentation like Jupyter, cell ids `cell-0001`, …, no timings or dates) and carries nbrun's own
/// facts about each code cell under `metadata.nbrun` (`line` of the fence, `status`, `options`, and for
/// an error output its `error_location` and `error_source_line`).
public enum NotebookSnapshot {
    /// The notebook as nbformat 4.5 JSON text, ending with a newline.
    ///
    /// - Parameter notebook: The notebook, usually after it ran.
    /// - Returns: The `.ipynb` file's contents.
    public static func ipynb(_ notebook: Notebook) -> String {
        var executionCount = 0
        var cells: [JSONValue] = []
        for (index, block) in notebook.blocks.enumerated() {
            let id = JSONValue.string(cellID(index))
            switch block {
            case .prose(let prose):
                cells.append(.object([
                    ("cell_type", .string("markdown")), ("id", id), ("metadata", .object([])),
                    ("source", multiline(prose.markdown)),
                ]))
            case .code(let cell):
                var count = JSONValue.null
                if [.succeeded, .failed, .failedAsExpected].contains(cell.status) {
                    executionCount += 1
                    count = .int(executionCount)
                }
                cells.append(.object([
                    ("cell_type", .string("code")), ("execution_count", count), ("id", id),
                    ("metadata", cellMetadata(cell)),
                    ("outputs", .array(cell.outputs.map { output($0, file: notebook.fileName) })),
                    ("source", multiline(cell.source)),
                ]))
            }
        }
        var metadata: [(String, JSONValue)] = [
            ("kernelspec", .object([
                ("display_name", .string("Swift (nbrun)")), ("language", .string("swift")), ("name", .string("nbrun")),
            ])),
            ("language_info", .object([("file_extension", .string(".swift")), ("name", .string("swift"))])),
            ("nbrun", .object([("source", .string(notebook.fileName))])),
        ]
        if let title = notebook.title { metadata.append(("title", .string(title))) }
        let document = JSONValue.object([
            ("cells", .array(cells)), ("metadata", .object(metadata)),
            ("nbformat", .int(4)), ("nbformat_minor", .int(5)),
        ])
        return document.rendered() + "\n"
    }

    /// Reads the code cells back from a snapshot written by `ipynb(_:)`.
    ///
    /// - Parameter ipynb: The `.ipynb` file's contents.
    /// - Returns: The code cells in order, with their recorded status and outputs.
    /// - Throws: `SnapshotError` when the text is not JSON or not a snapshot nbrun wrote.
    public static func read(ipynb: String) throws(SnapshotError) -> [SnapshotCell] {
        try SnapshotReader.cells(of: JSONValue.parse(ipynb))
    }

    /// The deterministic id of the cell at `index` (nbformat 4.5 requires one per cell).
    static func cellID(_ index: Int) -> String {
        let digits = String(index + 1)
        return "cell-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Text as an nbformat multiline string: lines that keep their `\n`, the last one possibly without.
    static func multiline(_ text: String) -> JSONValue {
        var lines: [JSONValue] = []
        var current = ""
        for scalar in text.unicodeScalars {
            current.unicodeScalars.append(scalar)
            if scalar == "\n" {
                lines.append(.string(current))
                current = ""
            }
        }
        if !current.isEmpty { lines.append(.string(current)) }
        return .array(lines)
    }

    /// nbrun's facts about a code cell, plus Jupyter's own conventions for the same options.
    private static func cellMetadata(_ cell: CodeCell) -> JSONValue {
        var nbrun: [(String, JSONValue)] = [
            ("line", .int(cell.fenceLine)),
            ("options", .array(cell.options.fenceWords.map(JSONValue.string))),
            ("status", .string(cell.status.rawValue)),
        ]
        for case .error(let error) in cell.outputs {
            if let location = error.location {
                nbrun.append(("error_location", .object([
                    ("column", .int(location.column)), ("line", .int(location.line)),
                ])))
            }
            if let sourceLine = error.sourceLine { nbrun.append(("error_source_line", .string(sourceLine))) }
        }
        var metadata: [(String, JSONValue)] = [("nbrun", .object(nbrun))]
        var jupyter: [(String, JSONValue)] = []
        if cell.options.hideCode { jupyter.append(("source_hidden", .bool(true))) }
        if cell.options.hideOutput { jupyter.append(("outputs_hidden", .bool(true))) }
        if !jupyter.isEmpty { metadata.append(("jupyter", .object(jupyter))) }
        // nbclient's tags for the same ideas, so the snapshot also runs sensibly under Jupyter tools.
        var tags: [JSONValue] = []
        if cell.options.raises { tags.append(.string("raises-exception")) }
        if cell.options.skip { tags.append(.string("skip-execution")) }
        if !tags.isEmpty { metadata.append(("tags", .array(tags))) }
        return .object(metadata)
    }

    /// One output in nbformat's shape.
    private static func output(_ output: CellOutput, file: String) -> JSONValue {
        switch output {
        case .stream(let text):
            return .object([("name", .string("stdout")), ("output_type", .string("stream")), ("text", multiline(text))])
        case .image(let image):
            return .object([
                ("data", .object([
                    ("image/png", .string(Data(image.data).base64EncodedString())),
                    ("text/plain", multiline("<Figure \(image.width)x\(image.height)>")),
                ])),
                ("metadata", .object([("image/png", .object([
                    ("height", .int(image.height)), ("width", .int(image.width)),
                ]))])),
                ("output_type", .string("display_data")),
            ])
        case .error(let error):
            let traceback = error.formatted(file: file).split(separator: "\n", omittingEmptySubsequences: false)
            return .object([
                ("ename", .string(error.kind.rawValue)), ("evalue", .string(error.message)),
                ("output_type", .string("error")), ("traceback", .array(traceback.map { .string(String($0)) })),
            ])
        }
    }
}
