/// PNG decoding for snapshot comparisons (the inverse of what `Pyplot.show()` produces).
public enum PNGCodec {
    /// Decodes PNG bytes into straight-alpha RGBA pixels, row by row from the top.
    /// - Parameter png: the bytes of a PNG file.
    /// - Returns: the image size and `width * height * 4` bytes.
    /// - Throws: `PlotError.invalidPNG` when the bytes are not a readable PNG.
    public static func decode(_ png: [UInt8]) throws(PlotError) -> (width: Int, height: Int, rgba: [UInt8]) {
        try CairoBackend.decode(png)
    }

    /// Encodes opaque RGBA pixels (alpha is ignored) as an RGB PNG, with the same encoder as charts.
    /// - Parameters:
    ///   - rgba: `width * height * 4` bytes, row by row from the top.
    ///   - width, height: the size in pixels.
    /// - Returns: the bytes of a PNG file.
    /// - Throws: `PlotError` when libpng fails to encode them.
    public static func encode(rgba: [UInt8], width: Int, height: Int) throws(PlotError) -> [UInt8] {
        precondition(rgba.count == width * height * 4, "rgba must hold width * height pixels")
        var words = [UInt32](repeating: 0, count: width * height)
        for index in words.indices {
            let i = index * 4
            words[index] = UInt32(rgba[i]) << 16 | UInt32(rgba[i + 1]) << 8 | UInt32(rgba[i + 2])
        }
        let encoded = words.withUnsafeBytes { buffer in
            Result { () throws(PlotError) in
                try PNGEncoder.encode(pixels: buffer.baseAddress!, width: width, height: height, stride: width * 4)
            }
        }
        return try encoded.get()
    }

    /// The root-mean-square difference of two equally sized RGBA images in 0...255 units, over the
    /// RGB channels like matplotlib's `compare_images`.
    /// - Returns: nil when the sizes differ.
    public static func rmsDifference(
        _ a: (width: Int, height: Int, rgba: [UInt8]), _ b: (width: Int, height: Int, rgba: [UInt8])
    ) -> Double? {
        guard a.width == b.width, a.height == b.height, a.rgba.count == b.rgba.count else { return nil }
        var sum = 0.0
        var count = 0
        for i in stride(from: 0, to: a.rgba.count, by: 4) {
            for c in 0..<3 {
                let d = Double(a.rgba[i + c]) - Double(b.rgba[i + c])
                sum += d * d
            }
            count += 3
        }
        return count == 0 ? 0 : (sum / Double(count)).squareRoot()
    }
}
