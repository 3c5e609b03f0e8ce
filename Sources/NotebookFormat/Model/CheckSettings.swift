/// A notebook's front matter `check:` settings: how strictly `--check` compares it (COURSE.md §2).
///
/// ```yaml
/// check:
///   pixel-threshold: 0.1     # per-pixel colour distance, 0...1
///   max-diff-pixels: 50      # pixels allowed to differ per chart
///   ignore: ['took [0-9.]+ s']
/// ```
public struct CheckSettings: Hashable, Sendable {
    /// The colour distance (0...1, pixelmatch's YIQ measure) above which a pixel counts as different.
    public var pixelThreshold: Double
    /// How many pixels of one chart may differ before the chart counts as changed.
    public var maxDiffPixels: Int
    /// Regular expressions whose matches are blanked out of text before comparing it.
    public var ignore: [String]

    /// pixelmatch's default threshold; no pixel may differ unless the notebook allows it.
    public static let defaultPixelThreshold = 0.1

    /// Creates settings; the defaults compare strictly.
    public init(pixelThreshold: Double = defaultPixelThreshold, maxDiffPixels: Int = 0, ignore: [String] = []) {
        self.pixelThreshold = pixelThreshold
        self.maxDiffPixels = maxDiffPixels
        self.ignore = ignore
    }
}
