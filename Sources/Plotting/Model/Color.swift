/// An sRGB colour with straight (not premultiplied) alpha, each component in 0...1.
struct Color: Sendable, Equatable, Hashable {
    /// Red component, 0...1.
    var red: Double
    /// Green component, 0...1.
    var green: Double
    /// Blue component, 0...1.
    var blue: Double
    /// Opacity, 0 (transparent) ... 1 (opaque).
    var alpha: Double

    /// Creates a colour from its components.
    init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Creates an opaque colour from a 0xRRGGBB integer.
    init(rgb: UInt32) {
        self.init(
            red: Double((rgb >> 16) & 0xFF) / 255,
            green: Double((rgb >> 8) & 0xFF) / 255,
            blue: Double(rgb & 0xFF) / 255)
    }

    /// The same colour with another opacity.
    func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    static let black = Color(red: 0, green: 0, blue: 0)
    static let white = Color(red: 1, green: 1, blue: 1)

    /// matplotlib's default property cycle ("tab10"): what `C0` ... `C9` mean.
    static let tab10: [Color] = [
        0x1F77B4, 0xFF7F0E, 0x2CA02C, 0xD62728, 0x9467BD,
        0x8C564B, 0xE377C2, 0x7F7F7F, 0xBCBD22, 0x17BECF,
    ].map { Color(rgb: $0) }

    /// The tab10 colour at a position of the cycle, wrapping around.
    static func cycle(_ index: Int) -> Color {
        tab10[index % tab10.count]
    }

    /// The single-letter colours of format strings, as matplotlib defines them (`g` is a dark green).
    static func letter(_ c: Character) -> Color? {
        switch c {
        case "b": return Color(red: 0, green: 0, blue: 1)
        case "g": return Color(red: 0, green: 0.5, blue: 0)
        case "r": return Color(red: 1, green: 0, blue: 0)
        case "c": return Color(red: 0, green: 0.75, blue: 0.75)
        case "m": return Color(red: 0.75, green: 0, blue: 0.75)
        case "y": return Color(red: 0.75, green: 0.75, blue: 0)
        case "k": return .black
        case "w": return .white
        default: return nil
        }
    }

    private static let tabNames = [
        "blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan",
    ]

    /// Parses a matplotlib colour specification.
    ///
    /// Accepts a letter (`"r"`), a cycle reference (`"C0"`...`"C9"`), a CSS4 name (`"red"`),
    /// a Tableau name (`"tab:blue"`), `#rgb`, `#rrggbb` or `#rrggbbaa`, or a grey level (`"0.8"`).
    /// - Throws: `PlotError.unknownColor` for anything else.
    static func parse(_ spec: String) throws(PlotError) -> Color {
        let s = spec.trimmingSpaces.lowercased()
        if s.count == 1, let c = s.first, let color = letter(c) { return color }
        if s.hasPrefix("#") { return try parseHex(String(s.dropFirst()), spec: spec) }
        if s.count == 2, s.first == "c", let digit = s.last?.wholeNumberValue { return cycle(digit) }
        if s.hasPrefix("tab:"), let i = tabNames.firstIndex(of: String(s.dropFirst(4))) { return tab10[i] }
        if let rgb = NamedColors.rgb(named: s) { return Color(rgb: rgb) }
        if s.first.map({ $0.isNumber || $0 == "." }) == true, let grey = Double(s), (0...1).contains(grey) {
            return Color(red: grey, green: grey, blue: grey)
        }
        throw .unknownColor(spec)
    }

    private static func parseHex(_ hex: String, spec: String) throws(PlotError) -> Color {
        guard hex.allSatisfy(\.isHexDigit), [3, 6, 8].contains(hex.count) else { throw .unknownColor(spec) }
        let digits = hex.count == 3 ? String(hex.flatMap { [$0, $0] }) : hex
        guard let value = UInt64(digits, radix: 16) else { throw .unknownColor(spec) }
        if digits.count == 8 {
            let alpha = Double(value & 0xFF) / 255
            return Color(rgb: UInt32(truncatingIfNeeded: value >> 8)).withAlpha(alpha)
        }
        return Color(rgb: UInt32(truncatingIfNeeded: value))
    }
}

extension String {
    /// The string without leading and trailing spaces (Foundation-free).
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
