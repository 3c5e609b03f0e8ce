/// A parsed matplotlib format string such as `"r--"`, `"go"` or `"k:"`.
struct FormatString: Equatable {
    /// The colour letter, if any.
    var color: Color?
    /// The line style; nil when the string names none (then a marker alone means no line).
    var lineStyle: LineStyle?
    /// The marker, if any.
    var marker: Marker?

    /// Parses colour letter, line style and marker in any order, like matplotlib's `_process_plot_format`.
    /// - Throws: `PlotError.unknownFormat` for unknown characters or repeated parts.
    static func parse(_ format: String) throws(PlotError) -> FormatString {
        var result = FormatString()
        let chars = Array(format)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let next = i + 1 < chars.count ? chars[i + 1] : nil
            if c == "-" || c == ":" {
                guard result.lineStyle == nil else { throw .unknownFormat(format) }
                if c == "-", next == "-" {
                    result.lineStyle = .dashed
                    i += 2
                } else if c == "-", next == "." {
                    result.lineStyle = .dashDot
                    i += 2
                } else {
                    result.lineStyle = c == "-" ? .solid : .dotted
                    i += 1
                }
            } else if let marker = Marker(rawValue: c) {
                guard result.marker == nil else { throw .unknownFormat(format) }
                result.marker = marker
                i += 1
            } else if let color = Color.letter(c) {
                guard result.color == nil else { throw .unknownFormat(format) }
                result.color = color
                i += 1
            } else if c == "C", let digit = next?.wholeNumberValue {
                guard result.color == nil else { throw .unknownFormat(format) }
                result.color = Color.cycle(digit)
                i += 2
            } else {
                throw .unknownFormat(format)
            }
        }
        return result
    }
}
