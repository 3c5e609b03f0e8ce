/// A rendered chart: PNG bytes and the image size in pixels.
public struct RenderedFigure: Sendable, Equatable {
    /// The encoded PNG image (8-bit RGB).
    public var png: [UInt8]
    /// Image width in pixels.
    public var width: Int
    /// Image height in pixels.
    public var height: Int

    /// Wraps PNG bytes and their size.
    public init(png: [UInt8], width: Int, height: Int) {
        self.png = png
        self.width = width
        self.height = height
    }
}
