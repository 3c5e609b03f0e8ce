/// A minimal deflate compressor (RFC 1951) in a zlib wrapper (RFC 1950), tuned for filtered chart images:
/// one block of fixed Huffman codes, with matches against the previous byte (runs) and the previous
/// scanline (repeated rows). Much faster than zlib's level 6, at some cost in size.
enum Deflate {
    /// Compresses `data` into a zlib stream; `rowLength` is the distance to try for repeated rows.
    static func zlib(_ data: [UInt8], rowLength: Int) -> [UInt8] {
        var writer = BitWriter()
        writer.bytes.reserveCapacity(data.count / 4 + 64)
        writer.bytes += [0x78, 0x01]
        writer.write(1, bits: 1)  // final block
        writer.write(1, bits: 2)  // fixed Huffman codes
        let rowDistance = rowLength <= 32768 ? rowLength : 0
        data.withUnsafeBufferPointer { d in
            let n = d.count
            var i = 0
            while i < n {
                let limit = min(258, n - i)
                var best = 0
                var distance = 0
                if i >= 1 {
                    var k = 0
                    let v = d[i - 1]
                    while k < limit && d[i + k] == v { k += 1 }
                    if k >= 3 { best = k; distance = 1 }
                }
                if rowDistance > 0, i >= rowDistance, best < limit {
                    var k = 0
                    while k < limit && d[i + k] == d[i + k - rowDistance] { k += 1 }
                    if k >= 3 && k > best { best = k; distance = rowDistance }
                }
                if best >= 3 {
                    writer.writeMatch(length: best, distance: distance)
                    i += best
                } else {
                    writer.writeSymbol(Int(d[i]))
                    i += 1
                }
            }
        }
        writer.writeSymbol(256)
        writer.flush()
        writer.bytes.appendBigEndian(adler32(data))
        return writer.bytes
    }

    static func adler32(_ data: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        data.withUnsafeBufferPointer { d in
            var i = 0
            while i < d.count {
                let end = min(i + 5552, d.count)
                while i < end {
                    a &+= UInt32(d[i])
                    b &+= a
                    i += 1
                }
                a %= 65521
                b %= 65521
            }
        }
        return b << 16 | a
    }
}

/// Packs deflate codes least-significant bit first.
private struct BitWriter {
    var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var count = 0

    /// Fixed literal/length codes (RFC 1951 §3.2.6), bit-reversed for LSB-first output: (code, length).
    private static let literalCodes: [(UInt32, Int)] = (0..<288).map { s in
        switch s {
        case 0..<144: return (reverse(UInt32(0x30 + s), 8), 8)
        case 144..<256: return (reverse(UInt32(0x190 + s - 144), 9), 9)
        case 256..<280: return (reverse(UInt32(s - 256), 7), 7)
        default: return (reverse(UInt32(0xC0 + s - 280), 8), 8)
        }
    }
    private static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private static func reverse(_ code: UInt32, _ length: Int) -> UInt32 {
        var result: UInt32 = 0
        for i in 0..<length where code & (1 << UInt32(i)) != 0 { result |= 1 << UInt32(length - 1 - i) }
        return result
    }

    mutating func write(_ value: UInt32, bits: Int) {
        buffer |= UInt64(value) << UInt64(count)
        count += bits
        while count >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
    }

    mutating func writeSymbol(_ symbol: Int) {
        let (code, length) = Self.literalCodes[symbol]
        write(code, bits: length)
    }

    /// Writes a match; `length` is 3...258 and `distance` 1...32768.
    mutating func writeMatch(length: Int, distance: Int) {
        var l = Self.lengthBase.count - 1
        while Self.lengthBase[l] > length { l -= 1 }
        writeSymbol(257 + l)
        if Self.lengthExtra[l] > 0 { write(UInt32(length - Self.lengthBase[l]), bits: Self.lengthExtra[l]) }
        var d = Self.distanceBase.count - 1
        while Self.distanceBase[d] > distance { d -= 1 }
        write(Self.reverse(UInt32(d), 5), bits: 5)
        if Self.distanceExtra[d] > 0 { write(UInt32(distance - Self.distanceBase[d]), bits: Self.distanceExtra[d]) }
    }

    mutating func flush() {
        if count > 0 { write(0, bits: 8 - count) }
    }
}
