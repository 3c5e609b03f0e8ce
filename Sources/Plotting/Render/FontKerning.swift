import Foundation

/// Pair kerning from DejaVu Sans' TrueType `kern` table, which cairo's toy text API does not apply but
/// matplotlib (through FreeType) does: without it "Tr" and "Lo" sit visibly wider than in matplotlib.
struct FontKerning: Sendable {
    /// Kerning in font units, keyed by `left glyph << 16 | right glyph`.
    private let pairs: [UInt32: Int16]
    private let unitsPerEm: Double

    /// The table of the DejaVu Sans that fontconfig gives the toy API on Debian (`fonts-dejavu-core`);
    /// empty when the file is missing or unreadable, so text is then simply not kerned.
    static let dejaVuSans = FontKerning(path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

    init(path: String) {
        let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { [UInt8]($0) } ?? []
        self.init(font: bytes)
    }

    /// Parses the `head` and format-0 `kern` tables of a TrueType font; anything malformed yields no pairs.
    init(font bytes: [UInt8]) {
        let reader = ByteReader(bytes: bytes)
        var pairs: [UInt32: Int16] = [:]
        var unitsPerEm = 2048.0
        let tableCount = reader.u16(4) ?? 0
        for i in 0..<tableCount {
            let entry = 12 + 16 * i
            guard let tag = reader.tag(entry), let offset = reader.u32(entry + 8) else { break }
            if tag == "head", let upem = reader.u16(offset + 18), upem > 0 { unitsPerEm = Double(upem) }
            if tag == "kern" { Self.readKern(reader, at: offset, into: &pairs) }
        }
        self.pairs = pairs
        self.unitsPerEm = unitsPerEm
    }

    private static func readKern(_ reader: ByteReader, at offset: Int, into pairs: inout [UInt32: Int16]) {
        guard reader.u16(offset) == 0, let subtables = reader.u16(offset + 2) else { return }
        var position = offset + 4
        for _ in 0..<subtables {
            guard let length = reader.u16(position + 2), let coverage = reader.u16(position + 4), length > 0 else { return }
            // Format 0 (high byte of coverage), horizontal, not minimum or cross-stream.
            if coverage >> 8 == 0, coverage & 0x7 == 1, let count = reader.u16(position + 6) {
                for k in 0..<count {
                    let pair = position + 14 + 6 * k
                    guard let left = reader.u16(pair), let right = reader.u16(pair + 2), let value = reader.u16(pair + 4)
                    else { return }
                    pairs[UInt32(left) << 16 | UInt32(right)] = Int16(truncatingIfNeeded: value)
                }
            }
            position += length
        }
    }

    /// The kerning between two glyphs in pixels at `size` pixels per em, on FreeType's 1/8-pixel grid
    /// (matplotlib loads glyphs at 8x horizontal resolution and grid-fits kerning there).
    func kerning(_ left: UInt, _ right: UInt, size: Double) -> Double {
        guard left <= 0xFFFF, right <= 0xFFFF, let units = pairs[UInt32(left) << 16 | UInt32(right)] else { return 0 }
        return (Double(units) * size / unitsPerEm * 8).rounded() / 8
    }
}

/// Bounds-checked big-endian reads from a font file.
private struct ByteReader {
    let bytes: [UInt8]

    func u16(_ at: Int) -> Int? {
        guard at >= 0, at + 2 <= bytes.count else { return nil }
        return Int(bytes[at]) << 8 | Int(bytes[at + 1])
    }

    func u32(_ at: Int) -> Int? {
        guard let high = u16(at), let low = u16(at + 2) else { return nil }
        return high << 16 | low
    }

    func tag(_ at: Int) -> String? {
        guard at >= 0, at + 4 <= bytes.count else { return nil }
        return String(decoding: bytes[at..<at + 4], as: UTF8.self)
    }
}
