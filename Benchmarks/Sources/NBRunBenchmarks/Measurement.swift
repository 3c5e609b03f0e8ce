import Foundation

/// One benchmark: nbrun's time, the peer's time on the same machine, and the goal from the issue.
struct Measurement {
    /// What an issue asks of a measurement.
    enum Goal {
        /// At least this many times the peer's speed (0.8 means "0.8x the peer's speed or better").
        case speedup(Double)
        /// At most this many seconds, whatever the peer does.
        case under(Double)
        /// No goal: the row is there for information.
        case none
    }

    /// What was measured.
    var name: String
    /// nbrun's best time in seconds.
    var nbrun: Double
    /// The peer's name (`CPython 3.11`, `NumPy`, `PyTorch eager`, `matplotlib`).
    var peer: String
    /// The peer's best time in seconds, nil when the peer is not installed.
    var peerTime: Double?
    /// The issue's goal.
    var goal: Goal

    /// Peer time over nbrun time: above 1 means nbrun is faster.
    var speedup: Double? { peerTime.map { $0 / nbrun } }

    /// Whether the goal is met; nil without a goal, or when it depends on a peer that is not installed.
    var met: Bool? {
        switch goal {
        case .speedup(let factor): speedup.map { $0 >= factor }
        case .under(let seconds): nbrun <= seconds
        case .none: nil
        }
    }

    /// This measurement with the best nbrun time and the best peer time of it and `other` (the same
    /// benchmark measured in another round).
    func keepingBest(_ other: Measurement) -> Measurement {
        var best = self
        best.nbrun = min(nbrun, other.nbrun)
        if let time = other.peerTime { best.peerTime = min(peerTime ?? time, time) }
        return best
    }

    /// A Markdown table row.
    var row: String {
        let peerText = peerTime.map(Self.format) ?? "not installed"
        let ratio = speedup.map { String(format: "%.2fx", $0) } ?? "–"
        let goalText = switch goal {
        case .speedup(let factor): "≥ \(String(format: "%g", factor))x"
        case .under(let seconds): "≤ \(Self.format(seconds))"
        case .none: "–"
        }
        let verdict = met.map { $0 ? "met" : "**not met**" } ?? "–"
        // An empty peer marks a measurement that has none (the course build: no other tool builds it).
        let peerCell = peer.isEmpty ? "–" : "\(peer): \(peerText)"
        return "| \(name) | \(Self.format(nbrun)) | \(peerCell) | \(ratio) | \(goalText) | \(verdict) |"
    }

    /// The table's header rows.
    static let header = """
        | benchmark | nbrun | peer | nbrun speed-up | goal | |
        |---|---|---|---|---|---|
        """

    private static func format(_ seconds: Double) -> String {
        switch seconds {
        case ..<1e-3: String(format: "%.1f µs", seconds * 1e6)
        case ..<1: String(format: "%.2f ms", seconds * 1e3)
        default: String(format: "%.2f s", seconds)
        }
    }
}
