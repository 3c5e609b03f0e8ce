#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The inputs (and results) of this kernel's executions, answering `history_request` the way IPython
/// does for its current session: `tail`, `range` and glob `search`.
struct ExecutionHistory {
    /// The session number history entries carry (this kernel's only session).
    static let session = 1

    private var entries: [(line: Int, input: String, output: String?)] = []

    /// Records execution `line` with its input and its result text.
    mutating func append(line: Int, input: String, output: String?) {
        entries.append((line, input, output))
    }

    /// The `history` list of a `history_request`'s content: `[session, line, input]` entries, or
    /// `[session, line, [input, output]]` when it asks for `output`.
    func reply(to request: JSON) -> JSON {
        var selected = entries
        switch request["hist_access_type"]?.string {
        case "tail":
            selected = Array(entries.suffix(max(0, request["n"]?.int ?? entries.count)))
        case "range":
            let session = request["session"]?.int ?? 0
            guard session <= 0 || session == Self.session else { return [] }
            let start = request["start"]?.int ?? 0
            let stop = request["stop"]?.int ?? Int.max
            selected = entries.filter { $0.line >= start && $0.line < stop }
        case "search":
            let pattern = request["pattern"]?.string ?? "*"
            selected = entries.filter { fnmatch(pattern, $0.input, 0) == 0 }
            if request["unique"]?.bool == true {
                var seen = Set<String>()
                selected = selected.reversed().filter { seen.insert($0.input).inserted }.reversed()
            }
            if let n = request["n"]?.int { selected = Array(selected.suffix(max(0, n))) }
        default:
            selected = []
        }
        let withOutput = request["output"]?.bool ?? false
        return .array(selected.map { entry in
            let input = JSON.string(entry.input)
            let item: JSON = withOutput ? .array([input, entry.output.map(JSON.string) ?? .null]) : input
            return .array([.int(Self.session), .int(entry.line), item])
        })
    }
}
