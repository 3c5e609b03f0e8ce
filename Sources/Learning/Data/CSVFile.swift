import Foundation
import SwiftCSV

/// A CSV file inside a notebook's folder, parsed by SwiftCSV, with the line and column where each
/// field starts (for located errors).
public struct CSVFile {
    /// The path as the author wrote it (used in messages).
    public let path: String
    /// The records, each a list of fields, in file order (the first line is a record too).
    public let records: [[String]]
    /// For each record, the 1-based line and column where each of its fields starts.
    private let starts: [[(line: Int, column: Int)]]

    /// Reads and parses `path`, relative to `folder`.
    /// - Throws: `DataError` for a path leaving the folder, an unreadable file or malformed CSV.
    public init(_ path: String, in folder: URL) throws {
        self.path = path
        let url = try DataPath.resolve(path, in: folder)
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DataError("\(path): cannot read the file (missing, or not UTF-8 text)")
        }
        starts = Self.fieldStarts(text)
        var parsed: [[String]] = []
        do {
            // Only the first record is parsed here; the enumeration then fails at a malformed
            // record after handing over the ones before it, which locates the error.
            let csv = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { parsed.append($0) }
        } catch let error as CSVParseError {
            let place = starts.indices.contains(parsed.count) ? starts[parsed.count][0] : (line: starts.count, column: 1)
            let message: String
            switch error {
            case .generic(let text), .quotation(let text): message = text
            }
            throw DataError("\(path):\(place.0):\(place.1): malformed CSV: \(message)")
        }
        // A final newline ends the last record rather than starting an empty one.
        if parsed.count == starts.count, let last = parsed.last, last == [""] { parsed.removeLast() }
        records = parsed
    }

    /// `path:line:column` of field `field` of record `record`.
    public func location(record: Int, field: Int) -> String {
        guard starts.indices.contains(record) else { return "\(path):\(starts.count)" }
        let fields = starts[record]
        let start = fields.indices.contains(field) ? fields[field] : fields[fields.count - 1]
        return "\(path):\(start.line):\(start.column)"
    }

    /// Where every field of every record starts: a new record after each newline outside quotes, a
    /// new field after each comma outside quotes (SwiftCSV's own rules for records and fields).
    private static func fieldStarts(_ text: String) -> [[(line: Int, column: Int)]] {
        var result: [[(line: Int, column: Int)]] = [[(1, 1)]]
        var line = 1
        var column = 1
        var quoted = false
        for character in text {
            column += 1
            if character == "\"" {
                quoted.toggle()
            } else if !quoted && character == "," {
                result[result.count - 1].append((line, column))
            } else if character.isNewline {
                line += 1
                column = 1
                if !quoted { result.append([(line, 1)]) }
            }
        }
        return result
    }
}

/// An error reading data, its message naming the file (and the line and column where it applies).
public struct DataError: Error, CustomStringConvertible, Equatable {
    /// The message shown to the author.
    public let message: String

    /// Creates an error with a message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
