/// How the end of a stroked line looks (matplotlib's capstyles `butt` and `projecting`).
enum LineCap: String {
    case butt, square, round
}

/// How a stroke is drawn: colour, width in pixels, dash lengths in pixels (empty for solid), end caps.
struct StrokeStyle: Equatable {
    var color: Color
    var width: Double
    var dash: [Double] = []
    var cap: LineCap = .butt
}

/// The few drawing operations a chart needs; implemented by cairo for PNG and by a recorder for goldens.
///
/// Coordinates are figure pixels with y down; an implementation applies its own output offset.
protocol Canvas: AnyObject {
    /// Fills a path (even where sub-paths overlap) with a colour.
    func fill(_ path: Path, color: Color)
    /// Fills a path like `fill`, but without anti-aliasing: a pixel is painted when its centre is inside.
    /// matplotlib draws filled contours and colour bar bands so, which keeps neighbouring bands seamless.
    func fillAliased(_ path: Path, color: Color)
    /// Strokes a path with round joins.
    func stroke(_ path: Path, style: StrokeStyle)
    /// Draws one marker shape (given around the origin) at every centre: fill first, then its outline,
    /// marker by marker, so translucent markers darken where they overlap as in matplotlib. Centres are
    /// pixel centres (see `PixelSnap.markerCenter`), so every marker rasterizes alike.
    func markers(_ shape: Path, at centers: [Point], fill: Color?, stroke: StrokeStyle?)
    /// Draws a line of DejaVu Sans text at its placed origin.
    func text(_ text: PlacedText, color: Color)
    /// Draws an image of straight RGBA pixels (row 0 at the top) stretched over `rect`, each pixel of the
    /// canvas taking the image pixel under its centre (nearest neighbour, as matplotlib shows enlarged images).
    func image(_ rgba: [UInt8], width: Int, height: Int, in rect: Rect)
    /// Restricts later drawing to a rectangle, or lifts the restriction when nil.
    func clip(to rect: Rect?)
}

/// Pixel snapping like matplotlib's Agg backend: rectilinear lines of odd pixel width sit on pixel
/// centres and even ones on pixel edges, so 1-px spines and grid lines come out crisp.
enum PixelSnap {
    /// The snapped coordinate for a line of `width` pixels.
    static func snap(_ v: Double, width: Double) -> Double {
        let odd = Int(max(1, width.rounded())) % 2 == 1
        return (v + 0.5).rounded(.down) + (odd ? 0.5 : 0)
    }

    /// Marker centres go to the centre of the nearest pixel, as Agg's marker drawing does, so small
    /// discs come out symmetric.
    static func markerCenter(_ p: Point) -> Point {
        Point(x: (p.x + 0.5).rounded(.down) + 0.5, y: (p.y + 0.5).rounded(.down) + 0.5)
    }
}
