import Testing
@testable import Plotting

/// The pure-Swift PNG writer: checksums against known values and lossless round trips through cairo's reader.
struct PNGEncoderTests {
    @Test func checksumsMatchKnownValues() {
        #expect(CRC32.checksum(Array("IEND".utf8)) == 0xAE42_6082)
        #expect(Deflate.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(Deflate.adler32([]) == 1)
    }

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

    @Test(arguments: [(1, 1), (3, 2), (97, 41), (400, 3), (11_000, 2)])
    func roundTripsLosslessly(size: (Int, Int)) throws {
        let (width, height) = size
        let pixels = Self.pattern(width: width, height: height)
        let png = pixels.withUnsafeBytes { raw in
            PNGEncoder.encode(pixels: raw.baseAddress!, width: width, height: height, stride: width * 4)
        }
        let image = try PNGCodec.decode(png)
        #expect((image.width, image.height) == (width, height))
        let expected: [UInt8] = pixels.flatMap { p -> [UInt8] in
            [UInt8(truncatingIfNeeded: p >> 16), UInt8(truncatingIfNeeded: p >> 8), UInt8(truncatingIfNeeded: p), 255]
        }
        #expect(image.rgba == expected)
    }

    @Test func flatImagesCompressWell() {
        let pixels = [UInt32](repeating: 0x00FF_FFFF, count: 1000 * 500)
        let png = pixels.withUnsafeBytes { raw in
            PNGEncoder.encode(pixels: raw.baseAddress!, width: 1000, height: 500, stride: 4000)
        }
        // 1.5 MB of raw scanlines, nearly all runs of zeros.
        #expect(png.count < 3_000)
    }
}
