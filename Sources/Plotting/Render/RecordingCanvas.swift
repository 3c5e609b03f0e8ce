/// A canvas that writes every drawing command as a line of text, for golden-file tests of the layout.
///
/// Numbers are printed with two decimals so dumps stay readable and stable against last-bit noise.
final class RecordingCanvas: Canvas {
    /// The commands drawn so far, one per line.
    private(set) var lines: [String] = []

    init(width: Int, height: Int) {
        lines.append("canvas \(width)x\(height)")
    }

    /// The whole dump, newline-terminated.
    var dump: String { lines.joined(separator: "\n") + "\n" }

    func fill(_ path: Path, color: Color) {
        lines.append("fill \(Self.format(color)) \(Self.format(path))")
    }

    func fillAliased(_ path: Path, color: Color) {
        lines.append("fill aliased \(Self.format(color)) \(Self.format(path))")
    }

    func stroke(_ path: Path, style: StrokeStyle) {
        var line = "stroke \(Self.format(style.color)) w=\(Self.format(style.width))"
        if !style.dash.isEmpty { line += " dash=" + style.dash.map(Self.format).joined(separator: ",") }
        if style.cap != .butt { line += " cap=\(style.cap.rawValue)" }
        lines.append(line + " " + Self.format(path))
    }

    func markers(_ shape: Path, at centers: [Point], fill: Color?, stroke: StrokeStyle?) {
        var line = "markers n=\(centers.count)"
        if let fill { line += " fill=\(Self.format(fill))" }
        if let stroke { line += " edge=\(Self.format(stroke.color)) w=\(Self.format(stroke.width))" }
        line += " shape=" + Self.format(shape)
        line += " at=" + centers.map(Self.format).joined(separator: " ")
        lines.append(line)
    }

    func text(_ text: PlacedText, color: Color) {
        let rotation = text.vertical ? " rot=90" : ""
        for line in text.lines {
            lines.append(
                "text \(Self.format(color)) size=\(Self.format(text.size)) at=\(Self.format(line.origin))\(rotation) \"\(line.text)\"")
        }
    }

    func image(_ rgba: [UInt8], width: Int, height: Int, in rect: Rect) {
        // A checksum stands for the pixels, so a golden notices any changed colour without listing them all.
        let sum = rgba.enumerated().reduce(0) { ($0 &* 31 &+ Int($1.element)) & 0xFFFFFF }
        lines.append("image \(width)x\(height) in=\(Self.format(rect)) sum=\(sum)")
    }

    func clip(to rect: Rect?) {
        lines.append(rect.map { "clip " + Self.format($0) } ?? "clip none")
    }

    static func format(_ v: Double) -> String {
        let scaled = (v * 100).rounded()
        guard scaled.isFinite, abs(scaled) < 1e15 else { return v.isNaN ? "nan" : "inf" }
        let n = Int(scaled)
        let sign = n < 0 ? "-" : ""
        let a = abs(n)
        let frac = a % 100
        return "\(sign)\(a / 100).\(frac < 10 ? "0" : "")\(frac)"
    }

    static func format(_ p: Point) -> String { "(\(format(p.x)),\(format(p.y)))" }

    static func format(_ r: Rect) -> String {
        "[\(format(r.minX)),\(format(r.minY)) \(format(r.width))x\(format(r.height))]"
    }

    static func format(_ c: Color) -> String {
        let hex = [c.red, c.green, c.blue].map { component -> String in
            let v = Int((component * 255).rounded())
            let digits = String(v, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
        return c.alpha == 1 ? "#" + hex : "#\(hex)@\(format(c.alpha))"
    }

    static func format(_ path: Path) -> String {
        path.elements.map { element -> String in
            switch element {
            case let .move(p): return "M" + format(p)
            case let .line(p): return "L" + format(p)
            case .close: return "Z"
            case let .circle(center, radius): return "O\(format(center))r\(format(radius))"
            case let .roundedRect(rect, radius): return "R\(format(rect))" + (radius > 0 ? "r\(format(radius))" : "")
            }
        }.joined(separator: " ")
    }
}
