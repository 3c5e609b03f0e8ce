/// A small, fast PNG writer for chart images (8-bit RGB), used instead of cairo's libpng path, which spends
/// most of a figure's render time in adaptive filtering and zlib level 6.
///
/// Charts are mostly flat colour, so each row gets the cheaper of the Sub and Up filters (an unchanged row
/// becomes zeros), and `Deflate` codes runs and repeated rows.
/// The output is deterministic and decodes with any PNG reader.
enum PNGEncoder {
    /// Encodes pixels stored as native-endian 32-bit words `0xXXRRGGBB` (cairo's RGB24 layout).
    /// - Parameters:
    ///   - pixels: the first byte of the image.
    ///   - width, height: size in pixels.
    ///   - stride: bytes from one row to the next.
    static func encode(pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int) -> [UInt8] {
        let rowBytes = width * 3
        var filtered = [UInt8](repeating: 0, count: (rowBytes + 1) * height)
        // Two RGB scanlines (previous, current), each with 3 leading zero bytes so "left" needs no branch.
        let lines = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * (rowBytes + 3))
        lines.initialize(repeating: 0, count: 2 * (rowBytes + 3))
        defer { lines.deallocate() }
        var prev = lines + 3
        var cur = lines + rowBytes + 6
        filtered.withUnsafeMutableBufferPointer { out in
            guard let base = out.baseAddress else { return }
            for y in 0..<height {
                let row = pixels.advanced(by: y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<width {
                    let p = row[x]
                    cur[3 * x] = UInt8(truncatingIfNeeded: p >> 16)
                    cur[3 * x + 1] = UInt8(truncatingIfNeeded: p >> 8)
                    cur[3 * x + 2] = UInt8(truncatingIfNeeded: p)
                }
                filterRow(cur, prev, count: rowBytes, into: base + y * (rowBytes + 1))
                swap(&prev, &cur)
            }
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]
        appendChunk("IHDR", header, to: &png)
        appendChunk("IDAT", Deflate.zlib(filtered, rowLength: rowBytes + 1), to: &png)
        appendChunk("IEND", [], to: &png)
        return png
    }

    /// Writes the filter type byte and the filtered row, picking the filter with the smallest sum of
    /// absolute values (libpng's heuristic) among Sub and Up; Paeth compressed a little better but cost more
    /// time than the rest of the encoder. `cur` and `prev` have 3 readable zero bytes before index 0.
    private static func filterRow(
        _ cur: UnsafeMutablePointer<UInt8>, _ prev: UnsafeMutablePointer<UInt8>, count n: Int,
        into out: UnsafeMutablePointer<UInt8>
    ) {
        if memoryEqual(cur, prev, n) {
            // An unchanged row filters to zeros with Up: the common case inside a chart.
            out[0] = 2
            (out + 1).update(repeating: 0, count: n)
            return
        }
        let (sub, up) = filterCosts(cur, prev, count: n)
        let type: UInt8 = up <= sub ? 2 : 1
        out[0] = type
        let dst = out + 1
        if type == 1 {
            for i in 0..<n { dst[i] = cur[i] &- cur[i - 3] }
        } else {
            for i in 0..<n { dst[i] = cur[i] &- prev[i] }
        }
    }

    /// Sums of |filtered byte| (as signed) for Sub and Up, 16 bytes at a time.
    static func filterCosts(
        _ cur: UnsafeMutablePointer<UInt8>, _ prev: UnsafeMutablePointer<UInt8>, count n: Int
    ) -> (sub: Int, up: Int) {
        var sub = 0
        var up = 0
        var i = 0
        let zero = SIMD16<UInt8>(repeating: 0)
        while i + 16 <= n {
            // 16-bit lanes hold at most 128 per chunk, so flush them every 256 chunks.
            var subLanes = SIMD16<UInt16>(repeating: 0)
            var upLanes = SIMD16<UInt16>(repeating: 0)
            var chunks = 0
            while i + 16 <= n && chunks < 256 {
                let c = UnsafeRawPointer(cur + i).loadUnaligned(as: SIMD16<UInt8>.self)
                let left = UnsafeRawPointer(cur + i - 3).loadUnaligned(as: SIMD16<UInt8>.self)
                let above = UnsafeRawPointer(prev + i).loadUnaligned(as: SIMD16<UInt8>.self)
                let ds = c &- left
                let du = c &- above
                subLanes &+= SIMD16<UInt16>(truncatingIfNeeded: pointwiseMin(ds, zero &- ds))
                upLanes &+= SIMD16<UInt16>(truncatingIfNeeded: pointwiseMin(du, zero &- du))
                i += 16
                chunks += 1
            }
            sub += Int(SIMD16<UInt32>(truncatingIfNeeded: subLanes).wrappedSum())
            up += Int(SIMD16<UInt32>(truncatingIfNeeded: upLanes).wrappedSum())
        }
        while i < n {
            sub += cost(cur[i] &- cur[i - 3])
            up += cost(cur[i] &- prev[i])
            i += 1
        }
        return (sub, up)
    }

    private static func memoryEqual(_ a: UnsafeMutablePointer<UInt8>, _ b: UnsafeMutablePointer<UInt8>, _ n: Int) -> Bool {
        for i in 0..<n where a[i] != b[i] { return false }
        return true
    }

    @inline(__always) private static func cost(_ v: UInt8) -> Int {
        v < 128 ? Int(v) : 256 - Int(v)
    }

    private static func appendChunk(_ type: String, _ data: [UInt8], to png: inout [UInt8]) {
        png.appendBigEndian(UInt32(data.count))
        let typeBytes = Array(type.utf8)
        png += typeBytes
        png += data
        png.appendBigEndian(CRC32.checksum(typeBytes + data))
    }
}

extension Array where Element == UInt8 {
    mutating func appendBigEndian(_ v: UInt32) {
        append(contentsOf: [UInt8(v >> 24), UInt8((v >> 16) & 0xFF), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)])
    }
}

/// The CRC-32 of PNG chunks (polynomial 0xEDB88320).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        bytes.withUnsafeBufferPointer { buffer in
            table.withUnsafeBufferPointer { t in
                for b in buffer { c = t[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
            }
        }
        return c ^ 0xFFFF_FFFF
    }
}
