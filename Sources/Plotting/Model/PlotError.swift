/// An error from a chart call, with a message meant for the notebook author.
///
/// Every bad input to the plotting API ends here (never in a trap); the messages read like
/// matplotlib's and name the function that was called.
public enum PlotError: Error, Sendable, Equatable, CustomStringConvertible {
    /// x and y given to a function have different lengths.
    case lengthMismatch(function: String, xCount: Int, yCount: Int)
    /// `subplot(rows, cols, index)` with an index outside 1...rows*cols or a bad grid.
    case badSubplot(rows: Int, cols: Int, index: Int)
    /// A format string such as `"r--"` that could not be parsed.
    case unknownFormat(String)
    /// A colour specification that is not a letter, `Cn`, a name or a hex code.
    case unknownColor(String)
    /// A line style other than `-`, `--`, `:`, `-.` and their names.
    case unknownLineStyle(String)
    /// A legend location that matplotlib does not know.
    case unknownLegendLocation(String)
    /// A numeric argument out of range, e.g. `bins: 0`.
    case invalidArgument(function: String, message: String)
    /// The figure cannot be rendered, e.g. a size of zero pixels.
    case renderFailed(String)
    /// PNG bytes that cairo could not decode.
    case invalidPNG(String)

    /// The message shown to the author.
    public var description: String {
        switch self {
        case let .lengthMismatch(function, xCount, yCount):
            return "\(function): x has \(xCount) values but y has \(yCount)"
        case let .badSubplot(rows, cols, index):
            if rows < 1 || cols < 1 {
                return "subplot: rows and columns must be at least 1, got \(rows)x\(cols)"
            }
            let (cells, overflow) = rows.multipliedReportingOverflow(by: cols)
            guard !overflow, rows <= 100, cols <= 100 else {
                return "subplot: a \(rows)x\(cols) grid is too large (at most 100x100)"
            }
            return "subplot: index \(index) is out of range 1...\(cells) for a \(rows)x\(cols) grid"
        case let .unknownFormat(format):
            return "plot: unrecognized format string '\(format)' (use a colour letter bgrcmykw, a line style - -- : -. and a marker o . x + s ^)"
        case let .unknownColor(spec):
            return "invalid colour '\(spec)' (use a letter like 'r', 'C0'...'C9', a name like 'red' or a hex code like '#1f77b4')"
        case let .unknownLineStyle(style):
            return "invalid linestyle '\(style)' (use '-', '--', ':' or '-.')"
        case let .unknownLegendLocation(loc):
            return "legend: unknown location '\(loc)' (use 'best', 'upper right', 'upper left', 'lower left', 'lower right', 'right', 'center left', 'center right', 'lower center', 'upper center' or 'center')"
        case let .invalidArgument(function, message):
            return "\(function): \(message)"
        case let .renderFailed(message):
            return "could not render figure: \(message)"
        case let .invalidPNG(message):
            return "could not decode PNG: \(message)"
        }
    }
}
