/// An image from `imshow`: one colour-mapped cell per value, row 0 at the top.
struct ImageSeries: Equatable {
    var values: Grid
    var cmap: Colormap
    var norm: ColorNorm

    /// The image's pixels as straight RGBA bytes, row 0 first.
    var rgba: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.values.count * 4)
        for v in values.values {
            let c = cmap.color(norm(v))
            for component in [c.red, c.green, c.blue, c.alpha] {
                bytes.append(UInt8((component * 255).rounded()))
            }
        }
        return bytes
    }
}

/// A contour set from `contour` (lines at each level) or `contourf` (bands between levels).
struct ContourSeries: Equatable {
    /// Point coordinates and values on the same grid (matplotlib's `X, Y, Z`).
    var x: Grid
    var y: Grid
    var z: Grid
    /// Increasing levels: the lines, or the edges of the bands.
    var levels: [Double]
    var filled: Bool
    var cmap: Colormap
    var norm: ColorNorm
    var alpha: Double
    /// Line width in points (line contours).
    var linewidth: Double

    /// The value each line or band is coloured by: the levels, or the middle of each band (matplotlib's `layers`).
    var layers: [Double] {
        guard filled else { return levels }
        return zip(levels, levels.dropFirst()).map { 0.5 * ($0 + $1) }
    }

    /// The colour of each line or band.
    var colors: [Color] {
        layers.map { cmap.color(norm($0)).withAlpha(alpha) }
    }
}

/// What a colour bar shows: the colours of an image, a contour set or a coloured scatter.
struct Mappable: Equatable {
    var cmap: Colormap
    var norm: ColorNorm
    /// For contour sets, the levels: a filled set draws flat bands between them, a line set a line at each,
    /// and both tick at them. nil for a continuous bar.
    var levels: [Double]?
    var filled: Bool
    var alpha: Double
    /// Line width in points of a line contour set's lines.
    var linewidth: Double
}
