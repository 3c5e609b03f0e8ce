/// One output of an executed code cell, in the order the cell produced it.
public enum CellOutput: Hashable, Sendable {
    /// Text the cell printed (consecutive prints are merged into one stream).
    case stream(String)
    /// A picture the cell showed, e.g. a chart from `plt.show()`.
    case image(PNGImage)
    /// The error that stopped the cell.
    case error(CellError)
}

/// An encoded PNG picture with its pixel size.
public struct PNGImage: Hashable, Sendable {
    /// The PNG file's bytes.
    public var data: [UInt8]
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int

    /// Creates an image from PNG bytes and their pixel size.
    public init(data: [UInt8], width: Int, height: Int) {
        self.data = data
        self.width = width
        self.height = height
    }
}

/// An error raised while running a cell, located in the notebook file.
public struct CellError: Hashable, Sendable {
    /// The phase that raised it, shown as the error's name (`error`, `Fatal error`, `timeout`).
    public var kind: Kind
    /// The message, without location or kind prefix.
    public var message: String
    /// Where in the notebook file the error points, when known.
    public var location: SourceLocation?
    /// The notebook line at `location`, for the caret display.
    public var sourceLine: String?

    /// The phase of an error.
    public enum Kind: String, Hashable, Sendable {
        /// The cell is not valid Swift or uses something outside the language (DSL.md §2).
        case compile = "error"
        /// The cell failed while running (Swift's traps, runtime API errors).
        case runtime = "Fatal error"
        /// The cell ran past its time limit.
        case timeout = "timeout"
        /// A `raises` cell that did not fail.
        case unexpectedSuccess = "unexpected success"
    }

    /// Creates an error.
    public init(kind: Kind, message: String, location: SourceLocation? = nil, sourceLine: String? = nil) {
        self.kind = kind
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
    }

    /// `file.md:LINE:COL: error: message`, followed by the source line and a caret when known.
    public func formatted(file: String) -> String {
        var text = file
        if let location { text += ":\(location)" }
        text += ": error: "
        text += kind == .compile ? message : "\(kind.rawValue): \(message)"
        if let sourceLine, let location {
            text += "\n" + sourceLine + "\n"
            text += String(repeating: " ", count: max(0, location.column - 1)) + "^"
        }
        return text
    }
}
