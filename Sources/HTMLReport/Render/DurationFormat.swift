/// Formats run times for reports without Foundation: `850 ms`, `2.35 s`.
enum DurationFormat {
    /// The duration in milliseconds below one second, otherwise in seconds with two decimals.
    static func string(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "–" }
        // Clamped so the conversions below cannot overflow for absurd values.
        let clamped = min(seconds, 1e9)
        if clamped < 0.9995 { return "\(Int((clamped * 1000).rounded())) ms" }
        let hundredths = Int((clamped * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
    }
}
