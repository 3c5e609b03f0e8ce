/// nbrun's version: shown by the CLI and part of every course cache key, so a new nbrun re-runs chapters.
enum NBRunVersion {
    /// The version string.
    static let current = "0.1.0"
}
