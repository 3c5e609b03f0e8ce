import Foundation

/// Turns a parsed ipynb document back into the code cells nbrun recorded in it.
enum SnapshotReader {
    /// The code cells of a snapshot, in order.
    ///
    /// - Throws: `SnapshotError` naming the cell and field that is missing or malformed.
    static func cells(of document: JSONValue) throws(SnapshotError) -> [SnapshotCell] {
        guard let cells = document["cells"]?.array else { throw SnapshotError(message: "no 'cells' array") }
        var result: [SnapshotCell] = []
        for (index, cell) in cells.enumerated() where cell["cell_type"]?.string == "code" {
            let name = cell["id"]?.string ?? "cell \(index + 1)"
            result.append(try codeCell(cell, name: name))
        }
        return result
    }

    private static func codeCell(_ cell: JSONValue, name: String) throws(SnapshotError) -> SnapshotCell {
        guard let nbrun = cell["metadata"]?["nbrun"] else { throw missing("metadata.nbrun", in: name) }
        guard let line = nbrun["line"]?.int, validPositions.contains(line) else {
            throw missing("metadata.nbrun.line", in: name)
        }
        guard let status = nbrun["status"]?.string.flatMap(CellStatus.init(rawValue:)) else {
            throw missing("a known metadata.nbrun.status", in: name)
        }
        guard let source = cell["source"]?.text else { throw missing("source", in: name) }
        guard let outputs = cell["outputs"]?.array else { throw missing("outputs", in: name) }
        var converted: [CellOutput] = []
        for output in outputs {
            converted.append(try self.output(output, metadata: nbrun, name: name))
        }
        return SnapshotCell(
            fenceLine: line, source: source, status: status, executionCount: cell["execution_count"]?.int,
            outputs: converted)
    }

    private static func output(_ output: JSONValue, metadata: JSONValue, name: String) throws(SnapshotError) -> CellOutput {
        switch output["output_type"]?.string {
        case "stream":
            guard let text = output["text"]?.text else { throw missing("stream text", in: name) }
            return .stream(text)
        case "display_data":
            guard let base64 = output["data"]?["image/png"]?.text, let data = decodeBase64(base64) else {
                throw missing("base64 image/png data", in: name)
            }
            let size = output["metadata"]?["image/png"]
            return .image(PNGImage(data: data, width: size?["width"]?.int ?? 0, height: size?["height"]?.int ?? 0))
        case "error":
            guard let kind = output["ename"]?.string.flatMap(CellError.Kind.init(rawValue:)) else {
                throw missing("a known error ename", in: name)
            }
            guard let message = output["evalue"]?.string else { throw missing("error evalue", in: name) }
            var location: SourceLocation?
            if let recorded = metadata["error_location"] {
                guard let line = recorded["line"]?.int, let column = recorded["column"]?.int,
                      validPositions.contains(line), validPositions.contains(column)
                else { throw missing("a valid metadata.nbrun.error_location", in: name) }
                location = SourceLocation(line: line, column: column)
            }
            return .error(CellError(
                kind: kind, message: message, location: location, sourceLine: metadata["error_source_line"]?.string))
        case let other:
            throw SnapshotError(message: "\(name): unsupported output_type '\(other ?? "none")'")
        }
    }

    /// The bytes of base64 text; Jupyter may wrap long data, so ASCII whitespace is dropped first (and only
    /// that: any other stray character makes the data invalid). It works on UTF-8 bytes because base64 is
    /// ASCII, and filtering Characters would cost a grapheme-break check per byte of every chart.
    private static func decodeBase64(_ text: String) -> [UInt8]? {
        let compact = text.utf8.filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        return Data(base64Encoded: Data(compact)).map { [UInt8]($0) }
    }

    /// Lines and columns a real notebook can have; anything else is a corrupt file (and would make
    /// the caret line of `CellError.formatted` overflow or allocate without bound).
    private static let validPositions = 1...10_000_000

    private static func missing(_ what: String, in name: String) -> SnapshotError {
        SnapshotError(message: "\(name): missing or invalid \(what)")
    }
}
