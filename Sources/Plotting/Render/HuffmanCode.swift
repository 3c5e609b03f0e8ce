/// A canonical, length-limited Huffman code for one deflate alphabet (RFC 1951 §3.2.2).
struct HuffmanCode {
    /// Code length per symbol (0 for unused symbols).
    private(set) var lengths: [Int]
    /// Bit-reversed codes, ready for LSB-first output.
    private var codes: [UInt32]

    /// Builds code lengths from symbol counts, never longer than `maxBits`.
    ///
    /// Always yields a complete code of at least two symbols (unused ones get a count of 1), because some
    /// inflaters reject a code with a single symbol.
    init(counts: [Int], maxBits: Int) {
        var counts = counts
        var used = counts.indices.filter { counts[$0] > 0 }
        for s in counts.indices where used.count < 2 && counts[s] == 0 {
            counts[s] = 1
            used.append(s)
        }
        // Sort by count (ties by symbol, for determinism), then build the tree with two queues.
        used.sort { (counts[$0], $0) < (counts[$1], $1) }
        let n = used.count
        var weight = used.map { counts[$0] } + [Int](repeating: 0, count: n - 1)
        var parent = [Int](repeating: 0, count: 2 * n - 1)
        var nextLeaf = 0
        var nextInner = n
        func smallest(_ end: Int) -> Int {
            if nextLeaf < n && (nextInner >= end || weight[nextLeaf] <= weight[nextInner]) {
                nextLeaf += 1
                return nextLeaf - 1
            }
            nextInner += 1
            return nextInner - 1
        }
        for node in n..<(2 * n - 1) {
            let a = smallest(node)
            let b = smallest(node)
            weight[node] = weight[a] + weight[b]
            parent[a] = node
            parent[b] = node
        }
        var depth = [Int](repeating: 0, count: 2 * n - 1)
        for node in stride(from: 2 * n - 3, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
        // How many codes of each length, with lengths over the limit folded back (miniz's method).
        var perLength = [Int](repeating: 0, count: max(maxBits, depth.max() ?? 0) + 1)
        for leaf in 0..<n { perLength[min(depth[leaf], maxBits)] += 1 }
        var kraft = 0
        for bits in 1...maxBits { kraft += perLength[bits] << (maxBits - bits) }
        while kraft > 1 << maxBits {
            perLength[maxBits] -= 1
            for bits in stride(from: maxBits - 1, through: 1, by: -1) where perLength[bits] > 0 {
                perLength[bits] -= 1
                perLength[bits + 1] += 2
                break
            }
            kraft -= 1
        }
        // The most frequent symbols get the shortest codes.
        lengths = [Int](repeating: 0, count: counts.count)
        var k = n - 1
        for bits in 1...maxBits {
            for _ in 0..<perLength[bits] where k >= 0 {
                lengths[used[k]] = bits
                k -= 1
            }
        }
        codes = Self.canonicalCodes(lengths, maxBits: maxBits)
    }

    /// RFC 1951's canonical code assignment, bit-reversed.
    private static func canonicalCodes(_ lengths: [Int], maxBits: Int) -> [UInt32] {
        var perLength = [UInt32](repeating: 0, count: maxBits + 1)
        for l in lengths where l > 0 { perLength[l] += 1 }
        var next = [UInt32](repeating: 0, count: maxBits + 2)
        var code: UInt32 = 0
        for bits in 1...maxBits {
            code = (code + perLength[bits - 1]) << 1
            next[bits] = code
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            let c = next[length]
            next[length] += 1
            var reversed: UInt32 = 0
            for i in 0..<length where c & (1 << UInt32(i)) != 0 { reversed |= 1 << UInt32(length - 1 - i) }
            return reversed
        }
    }

    /// Writes the code of `symbol`.
    func write(_ symbol: Int, to writer: inout BitWriter) {
        writer.write(codes[symbol], bits: lengths[symbol])
    }
}

/// Deflate's length and distance code tables (RFC 1951 §3.2.5).
enum DeflateTables {
    static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// Index into `lengthBase` for a match length 3...258.
    static func lengthCode(_ length: Int) -> Int {
        var l = lengthBase.count - 1
        while lengthBase[l] > length { l -= 1 }
        return l
    }

    /// Index into `distanceBase` for a distance 1...32768.
    static func distanceCode(_ distance: Int) -> Int {
        var d = distanceBase.count - 1
        while distanceBase[d] > distance { d -= 1 }
        return d
    }
}
