/// A chart of a cell that no longer matches its snapshot, with the pictures a reviewer needs.
public struct ChartDifference: Hashable, Sendable {
    /// The 1-based position of the chart among the cell's charts.
    public var chartIndex: Int
    /// The chart in the snapshot.
    public var expected: PNGImage
    /// The chart the fresh run drew.
    public var actual: PNGImage
    /// How the two compare.
    public var verdict: Verdict
    /// The pixel-difference picture (differing pixels in red over a faded copy of the expected chart);
    /// nil when the sizes differ or a picture cannot be decoded.
    public var difference: PNGImage?

    /// Why the chart counts as changed.
    public enum Verdict: Hashable, Sendable {
        /// `count` pixels differ by more than `threshold`, more than `limit` allow.
        case pixels(count: Int, limit: Int, threshold: Double)
        /// The pictures have different sizes.
        case size(expected: PixelSize, actual: PixelSize)
        /// A picture is not a readable PNG.
        case unreadable(String)
    }

    /// A picture's width and height in pixels.
    public struct PixelSize: Hashable, Sendable, CustomStringConvertible {
        /// Width in pixels.
        public var width: Int
        /// Height in pixels.
        public var height: Int

        /// Creates a size.
        public init(width: Int, height: Int) {
            self.width = width
            self.height = height
        }

        /// `640x480`.
        public var description: String { "\(width)x\(height)" }
    }

    /// Creates a chart difference.
    public init(chartIndex: Int, expected: PNGImage, actual: PNGImage, verdict: Verdict, difference: PNGImage?) {
        self.chartIndex = chartIndex
        self.expected = expected
        self.actual = actual
        self.verdict = verdict
        self.difference = difference
    }

    /// `chart 1 of cell at gradient_tape.md:299: 1,204 pixels differ (limit 0, threshold 0.1)`.
    ///
    /// - Parameter cell: Where the cell is, `file.md:LINE`.
    public func summary(cellAt cell: String) -> String {
        let what = switch verdict {
        case let .pixels(count, limit, threshold):
            "\(Self.grouped(count)) \(count == 1 ? "pixel differs" : "pixels differ") "
                + "(limit \(Self.grouped(limit)), threshold \(threshold))"
        case let .size(expected, actual):
            "size differs: snapshot \(expected), now \(actual)"
        case let .unreadable(reason):
            "cannot be compared: \(reason)"
        }
        return "chart \(chartIndex) of cell at \(cell): \(what)"
    }

    /// `1,204`: digits in groups of three, the same on every machine (no locale).
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var out = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (number < 0 ? "-" : "") + out
    }
}
