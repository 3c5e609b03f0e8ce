/// nbrun's version, printed by `nbrun --version`.
public enum NBRunVersion {
    /// The release this source tree builds, as semantic version text.
    public static let current = "0.1.0"
}
