/// Counts the pixels of two equally sized RGBA images that differ by more than a colour distance, and
/// draws the difference picture; pixelmatch's measure (Kotlarek & Hrbacek's YIQ distance, the one Jest's
/// and Playwright's screenshot checks use) without its anti-aliasing detection.
public enum PixelComparison {
    /// The largest YIQ distance between two colours (black and white); a threshold t allows `t² · maxDelta`.
    static let maxDelta = 35_215.0

    /// The number of pixels whose colour distance exceeds `threshold`.
    ///
    /// - Parameters:
    ///   - expected, actual: Straight-alpha RGBA bytes of the same length (`width * height * 4`).
    ///   - threshold: The colour distance, 0...1, above which a pixel counts as different.
    /// - Returns: How many pixels differ.
    public static func countDifferingPixels(_ expected: [UInt8], _ actual: [UInt8], threshold: Double) -> Int {
        precondition(expected.count == actual.count && expected.count % 4 == 0, "images must have the same size")
        let allowed = maxDelta * threshold * threshold
        var count = 0
        expected.withUnsafeBytes { a in
            actual.withUnsafeBytes { b in
                let first = a.bindMemory(to: UInt32.self)
                let second = b.bindMemory(to: UInt32.self)
                // Identical pixels are the rule; comparing whole words keeps the common case to one test.
                for index in 0..<first.count where first[index] != second[index] {
                    if delta(first[index], second[index]) > allowed { count += 1 }
                }
            }
        }
        return count
    }

    /// The difference picture: differing pixels red, the others a faded grey copy of `expected`.
    ///
    /// - Returns: Opaque RGBA bytes of the same size.
    public static func differenceImage(_ expected: [UInt8], _ actual: [UInt8], threshold: Double) -> [UInt8] {
        precondition(expected.count == actual.count && expected.count % 4 == 0, "images must have the same size")
        let allowed = maxDelta * threshold * threshold
        // Starts white and opaque; a differing pixel then only needs its green and blue cleared to be red.
        var out = [UInt8](repeating: 255, count: expected.count)
        expected.withUnsafeBytes { a in
            actual.withUnsafeBytes { b in
                let first = a.bindMemory(to: UInt32.self)
                let second = b.bindMemory(to: UInt32.self)
                for index in 0..<first.count {
                    let i = index * 4
                    if first[index] != second[index], delta(first[index], second[index]) > allowed {
                        out[i + 1] = 0
                        out[i + 2] = 0
                    } else {
                        let (r, g, bl) = blended(first[index])
                        let grey = UInt8(max(0, min(255, 255 + (luma(r, g, bl) - 255) * 0.1)))
                        out[i] = grey
                        out[i + 1] = grey
                        out[i + 2] = grey
                    }
                }
            }
        }
        return out
    }

    /// The squared YIQ distance of two pixels, each blended over white first.
    @inline(__always) private static func delta(_ first: UInt32, _ second: UInt32) -> Double {
        let (r1, g1, b1) = blended(first)
        let (r2, g2, b2) = blended(second)
        let y = luma(r1, g1, b1) - luma(r2, g2, b2)
        let i = (r1 * 0.59597799 - g1 * 0.27417610 - b1 * 0.32180189)
            - (r2 * 0.59597799 - g2 * 0.27417610 - b2 * 0.32180189)
        let q = (r1 * 0.21147017 - g1 * 0.52261711 + b1 * 0.31114694)
            - (r2 * 0.21147017 - g2 * 0.52261711 + b2 * 0.31114694)
        return 0.5053 * y * y + 0.299 * i * i + 0.1957 * q * q
    }

    @inline(__always) private static func luma(_ r: Double, _ g: Double, _ b: Double) -> Double {
        r * 0.29889531 + g * 0.58662247 + b * 0.11448223
    }

    /// The pixel's colour over a white background; the bytes in memory are R, G, B, A.
    @inline(__always) private static func blended(_ pixel: UInt32) -> (Double, Double, Double) {
        let bytes = pixel.littleEndian
        let alpha = Double(bytes >> 24) / 255
        let blend = { (channel: UInt32) in 255 + (Double(channel & 0xFF) - 255) * alpha }
        return (blend(bytes), blend(bytes >> 8), blend(bytes >> 16))
    }
}
