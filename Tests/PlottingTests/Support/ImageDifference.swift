/// How far a rendering is from a reviewed golden rendering, both over the whole image and in the
/// worst 32x32 tile.
///
/// The whole-image RMS alone hides small losses: a missing dashed line in a 1500x500 figure moves
/// the RMS by about 3, as much as anti-aliasing noise could. In the tile it crosses, the same line
/// changes the RMS by tens, while a re-rendering of the same figure changes no tile at all.
struct ImageDifference: CustomStringConvertible {
    /// Root mean square of the colour channel differences over the whole image.
    var rms: Double
    /// The largest RMS of any 32x32 tile (smaller at the right and bottom edges).
    var worstTile: Double

    /// The bounds a rendering of an unchanged figure stays within: about RMS 2 over the image, and
    /// no tile whose RMS reaches 16 (a glyph's anti-aliasing moving by a shade stays far below).
    static let regressionBound = (rms: 2.0, worstTile: 16.0)

    /// Whether `self` is within `regressionBound`.
    var isWithinRegressionBound: Bool {
        rms <= Self.regressionBound.rms && worstTile < Self.regressionBound.worstTile
    }

    var description: String {
        "RMS \(String(format: "%.3f", rms)), worst 32x32 tile RMS \(String(format: "%.3f", worstTile))"
    }

    typealias Image = (width: Int, height: Int, rgba: [UInt8])

    /// The difference between two decoded images of the same size; nil when the sizes differ.
    init?(_ a: Image, _ b: Image) {
        guard a.width == b.width, a.height == b.height, a.rgba.count == b.rgba.count, a.width > 0 else { return nil }
        let tile = 32
        let tilesAcross = (a.width + tile - 1) / tile
        let tilesDown = (a.height + tile - 1) / tile
        var tileSums = [Double](repeating: 0, count: tilesAcross * tilesDown)
        var tileCounts = [Int](repeating: 0, count: tilesAcross * tilesDown)
        var total = 0.0
        for y in 0..<a.height {
            for x in 0..<a.width {
                let pixel = (y * a.width + x) * 4
                var squared = 0.0
                for c in 0..<3 {
                    let d = Double(a.rgba[pixel + c]) - Double(b.rgba[pixel + c])
                    squared += d * d
                }
                let t = (y / tile) * tilesAcross + x / tile
                tileSums[t] += squared
                tileCounts[t] += 3
                total += squared
            }
        }
        rms = (total / Double(a.width * a.height * 3)).squareRoot()
        worstTile = zip(tileSums, tileCounts).map { ($0 / Double($1)).squareRoot() }.max() ?? 0
    }
}
