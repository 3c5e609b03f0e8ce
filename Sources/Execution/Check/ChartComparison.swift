import NotebookFormat
import Plotting

/// Compares one chart with its snapshot by decoded pixels (PNG bytes may differ across library versions).
enum ChartComparison {
    /// The difference of two charts, or nil when they match within the notebook's tolerances.
    ///
    /// - Parameters:
    ///   - expected: The chart in the snapshot.
    ///   - actual: The chart of this run.
    ///   - index: The chart's 1-based position in its cell.
    ///   - settings: The notebook's `check:` thresholds.
    static func compare(
        _ expected: PNGImage, _ actual: PNGImage, index: Int, settings: CheckSettings
    ) -> ChartDifference? {
        // Deterministic rendering makes identical bytes the common case; they need no decoding.
        guard expected.data != actual.data else { return nil }
        let before: (width: Int, height: Int, rgba: [UInt8])
        let after: (width: Int, height: Int, rgba: [UInt8])
        do {
            before = try PNGCodec.decode(expected.data)
            after = try PNGCodec.decode(actual.data)
        } catch {
            return ChartDifference(chartIndex: index, expected: expected, actual: actual,
                                   verdict: .unreadable("\(error)"), difference: nil)
        }
        guard before.width == after.width, before.height == after.height else {
            return ChartDifference(
                chartIndex: index, expected: expected, actual: actual,
                verdict: .size(expected: .init(width: before.width, height: before.height),
                               actual: .init(width: after.width, height: after.height)),
                difference: nil)
        }
        let threshold = settings.pixelThreshold
        let count = PixelComparison.countDifferingPixels(before.rgba, after.rgba, threshold: threshold)
        guard count > settings.maxDiffPixels else { return nil }
        let picture = PixelComparison.differenceImage(before.rgba, after.rgba, threshold: threshold)
        // The difference picture only illustrates the review page; without it the verdict stands.
        let png = try? PNGCodec.encode(rgba: picture, width: before.width, height: before.height)
        return ChartDifference(
            chartIndex: index, expected: expected, actual: actual,
            verdict: .pixels(count: count, limit: settings.maxDiffPixels, threshold: threshold),
            difference: png.map { PNGImage(data: $0, width: before.width, height: before.height) })
    }
}
