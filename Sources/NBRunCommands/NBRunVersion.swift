/// nbrun's version: printed by `nbrun --version` and part of every course cache key, so a new nbrun
/// re-runs chapters.
public enum NBRunVersion {
    /// The release this source tree builds, as semantic version text.
    public static let current = "0.1.0"
}
