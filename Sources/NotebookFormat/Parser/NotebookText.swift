/// A notebook file's bytes checked to be text: valid UTF-8 without NUL bytes, split into lines.
struct NotebookText: Sendable {
    /// The whole file as a string.
    let text: String
    /// The file's lines without their `\n`, `\r\n` or `\r` ends; `lines[0]` is line 1.
    let lines: [String]

    /// Checks and decodes a notebook file.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - path: The notebook's path, for errors.
    /// - Throws: `NotebookError` at the first byte that is not UTF-8 or is NUL, with its line and column.
    init(bytes: [UInt8], path: String) throws(NotebookError) {
        let nul = bytes.firstIndex(of: 0)
        let invalid = Self.firstInvalidUTF8Byte(in: bytes)
        // Report whichever problem comes first, so the text before it is always valid.
        if let invalid, invalid < (nul ?? Int.max) {
            throw .invalidUTF8(path: path, at: Self.location(ofByte: invalid, in: bytes))
        }
        if let nul {
            throw .nulByte(path: path, at: Self.location(ofByte: nul, in: bytes))
        }
        // A byte order mark is not content: editors hide it, and front matter must still start at column 1.
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        text = String(decoding: hasBOM ? bytes.dropFirst(3) : bytes[...], as: UTF8.self)
        var lines = Self.splitLines(text)
        // A final newline ends the last line; it does not start another.
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    /// Splits text at `\n`, `\r\n` and a lone `\r`: the line ends CommonMark (and so cmark's line numbers) know.
    ///
    /// Scalars are split, not characters: `"\r\n"` is a single `Character` in Swift.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }

    /// The text of 1-based `line`, or empty when the file has no such line.
    func line(_ line: Int) -> String {
        lines.indices.contains(line - 1) ? lines[line - 1] : ""
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or nil.
    static func firstInvalidUTF8Byte(in bytes: [UInt8]) -> Int? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// The line and column (in scalars of the valid text before it) of the byte at `offset`.
    private static func location(ofByte offset: Int, in bytes: [UInt8]) -> SourceLocation {
        // The bytes before `offset` are valid UTF-8 (the caller reports the first problem), so this is exact.
        let linesBefore = splitLines(String(decoding: bytes[..<offset], as: UTF8.self))
        return SourceLocation(line: linesBefore.count, column: (linesBefore.last?.unicodeScalars.count ?? 0) + 1)
    }
}

extension NotebookError {
    static func invalidUTF8(path: String, at location: SourceLocation) -> NotebookError {
        NotebookError(path: path, location: location, message: "the file is not valid UTF-8 text")
    }

    static func nulByte(path: String, at location: SourceLocation) -> NotebookError {
        NotebookError(
            path: path, location: location,
            message: "the file contains a NUL byte; a notebook must be a Markdown text file")
    }
}
