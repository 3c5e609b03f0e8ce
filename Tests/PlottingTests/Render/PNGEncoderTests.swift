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

extension PNGEncoderTests {
    /// The vectorized filter costs equal a plain loop, even for long rows of maximal differences
    /// (which once overflowed 16-bit lane sums).
    @Test(arguments: [5, 16, 47, 30_000])
    func filterCostsMatchScalarSums(count: Int) {
        let cur = [0, 0, 0] + (0..<count).map { UInt8(truncatingIfNeeded: ($0 % 2) * 128 + $0 % 7) }
        let prev = [0, 0, 0] + (0..<count).map { UInt8(truncatingIfNeeded: $0 * 37) }
        func cost(_ v: UInt8) -> Int { v < 128 ? Int(v) : 256 - Int(v) }
        var sub = 0
        var up = 0
        for i in 3..<(count + 3) {
            sub += cost(cur[i] &- cur[i - 3])
            up += cost(cur[i] &- prev[i])
        }
        var c = cur
        var p = prev
        let result = c.withUnsafeMutableBufferPointer { cb in
            p.withUnsafeMutableBufferPointer { pb in
                PNGEncoder.filterCosts(cb.baseAddress! + 3, pb.baseAddress! + 3, count: count)
            }
        }
        #expect(result.sub == sub && result.up == up)
    }
}
