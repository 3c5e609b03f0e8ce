import Testing
@testable import Plotting

/// The libpng writer: lossless round trips through cairo's reader, determinism, and the chart settings'
/// size on flat images.
struct PNGEncoderTests {
    /// Pixels with flat runs, repeated rows, gradients and noise, so every filter and match kind is used.
    static func pattern(width: Int, height: Int) -> [UInt32] {
        var state: UInt32 = 12345
        return (0..<(width * height)).map { i in
            let x = i % width
            let y = i / width
            if y % 7 == 3 { return 0x00FF_FFFF }
            if x < width / 3 { return 0x0010_2030 }
            if x < 2 * width / 3 { return UInt32((x * 3) & 0xFF) << 16 | UInt32((y * 5) & 0xFF) << 8 | 0x80 }
            state = state &* 1_103_515_245 &+ 12345
            return state >> 8
        }
    }

    static func encode(_ pixels: [UInt32], width: Int, height: Int, settings: PNGEncoder.Settings = .charts) throws -> [UInt8] {
        try pixels.withUnsafeBytes { raw throws(PlotError) in
            try PNGEncoder.encode(pixels: raw.baseAddress!, width: width, height: height, stride: width * 4, settings: settings)
        }
    }

    @Test(arguments: [(1, 1), (3, 2), (97, 41), (400, 3), (11_000, 2)])
    func roundTripsLosslessly(size: (Int, Int)) throws {
        let (width, height) = size
        let pixels = Self.pattern(width: width, height: height)
        let png = try Self.encode(pixels, width: width, height: height)
        let image = try PNGCodec.decode(png)
        #expect((image.width, image.height) == (width, height))
        let expected: [UInt8] = pixels.flatMap { p -> [UInt8] in
            [UInt8(truncatingIfNeeded: p >> 16), UInt8(truncatingIfNeeded: p >> 8), UInt8(truncatingIfNeeded: p), 255]
        }
        #expect(image.rgba == expected)
        #expect(try Self.encode(pixels, width: width, height: height) == png)
    }

    @Test func flatImagesCompressWell() throws {
        let pixels = [UInt32](repeating: 0x00FF_FFFF, count: 1000 * 500)
        let png = try Self.encode(pixels, width: 1000, height: 500)
        // 1.5 MB of raw scanlines, nearly all runs of zeros: zlib codes each 258-byte match in about 11 bits,
        // so the image takes some 7.5 KB, 200 times less.
        #expect(png.count < 10_000)
    }

    @Test func chartSettingsStayNearLibpngDefaultsOnARealChart() throws {
        let plt = Pyplot()
        try SeedFigures.polynomial(plt)
        let rendered = try #require(try plt.show().first)
        let image = try PNGCodec.decode(rendered.png)
        let pixels = stride(from: 0, to: image.rgba.count, by: 4).map { (i: Int) -> UInt32 in
            let red = UInt32(image.rgba[i]) << 16
            let green = UInt32(image.rgba[i + 1]) << 8
            return red | green | UInt32(image.rgba[i + 2])
        }
        let fallback = try Self.encode(pixels, width: image.width, height: image.height, settings: .libpngDefault)
        #expect(try PNGCodec.decode(fallback).rgba == image.rgba)
        // Run-length matching at level 1 gives up some size for speed; a chart may grow by at most half.
        #expect(Double(rendered.png.count) < 1.5 * Double(fallback.count))
    }
}
