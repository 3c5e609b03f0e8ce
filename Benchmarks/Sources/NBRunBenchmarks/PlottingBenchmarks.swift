import Foundation
import Plotting

/// Issue 5's measurement: the seed's 3-subplot 15x5 in figure rendered to PNG bytes, layout included.
/// `Benchmarks/Peers/plot_peer.py` draws the same figure with matplotlib's `savefig`.
enum PlottingBenchmarks {
    /// Draws the figure: three curves of 200 points with a legend; a 50-point scatter with two curves and a
    /// legend; a residual scatter with a dashed horizontal line; grids and tight layout.
    static func seedFigure() throws -> [UInt8] {
        let epochs = (0..<200).map(Double.init)
        let xs = (0..<50).map { -2 + 4 * Double($0) / 49 }
        let curve = (0..<100).map { -2 + 4 * Double($0) / 99 }
        let truth = { (x: Double) in 0.5 * x * x * x - 2 * x * x + x + 1 }
        let noisy = xs.enumerated().map { truth($1) + 0.3 * sin(Double($0) * 12.9898) }
        let plt = Pyplot()
        try plt.figure(figsize: (15, 5))
        try plt.subplot(1, 3, 1)
        try plt.plot(epochs.map { 15 * exp(-$0 / 8) + 0.2 }, label: "Total Loss")
        try plt.plot(epochs.map { 15 * exp(-$0 / 8) + 0.18 }, label: "MSE Loss")
        try plt.plot(epochs.map { 0.003 + 0.001 * $0 / 200 }, label: "L2 Loss (scaled)")
        try decorate(plt, "Training Curves", "Epoch", "Loss", legend: true)
        try plt.subplot(1, 3, 2)
        try plt.scatter(xs, noisy, alpha: 0.6, label: "Data")
        try plt.plot(curve, curve.map { truth($0) * 0.95 }, format: "r-", label: "Fitted", linewidth: 2)
        try plt.plot(curve, curve.map(truth), format: "g--", label: "True", linewidth: 2)
        try decorate(plt, "Polynomial Fit", "x", "y", legend: true)
        try plt.subplot(1, 3, 3)
        try plt.scatter(xs, zip(noisy, xs).map { $0 - truth($1) }, alpha: 0.6)
        try plt.axhline(y: 0, color: "r", linestyle: "--")
        try decorate(plt, "Residuals", "x", "Residual", legend: false)
        plt.tightLayout()
        guard let png = try plt.show().first?.png else { throw BenchmarkError("the seed figure rendered nothing") }
        return png
    }

    private static func decorate(_ plt: Pyplot, _ title: String, _ x: String, _ y: String, legend: Bool) throws {
        plt.title(title)
        plt.xlabel(x)
        plt.ylabel(y)
        if legend { try plt.legend() }
        plt.grid(true)
    }

    /// Issue 12's measurement: `contourf` of a 100x100 grid with `levels: 12`, a colour bar and a title,
    /// in a default 6.4x4.8 in figure, to PNG bytes.
    static func contourfFigure() throws -> [UInt8] {
        let n = 100
        let axis = (0..<n).map { -3 + 6 * Double($0) / Double(n - 1) }
        var xx: [Double] = []
        var yy: [Double] = []
        var zz: [Double] = []
        for y in axis {
            for x in axis {
                xx.append(x)
                yy.append(y)
                zz.append(sin(x) * cos(y) + 0.1 * x * y)
            }
        }
        let plt = Pyplot()
        try plt.contour(
            x: Grid(rows: n, cols: n, values: xx), y: Grid(rows: n, cols: n, values: yy),
            z: Grid(rows: n, cols: n, values: zz), count: 12, filled: true)
        try plt.colorbar()
        plt.title("contourf 100x100")
        guard let png = try plt.show().first?.png else { throw BenchmarkError("the contourf figure rendered nothing") }
        return png
    }

    /// The figures' render times against matplotlib's in `peers`.
    static func run(runs: Int, peers: [String: Double]) throws -> [Measurement] {
        _ = try seedFigure()  // fontconfig's one-time start-up is not part of a figure's cost
        let time = try Stopwatch.best(of: runs) { _ = try seedFigure() }
        let contourf = try Stopwatch.best(of: runs) { _ = try contourfFigure() }
        return [
            Measurement(name: "seed 15x5 in figure, 3 subplots, to PNG", nbrun: time,
                        peer: "matplotlib savefig", peerTime: peers["seed_figure"], goal: .speedup(10)),
            Measurement(name: "contourf 100x100, 12 levels, colour bar, to PNG", nbrun: contourf,
                        peer: "matplotlib savefig", peerTime: peers["contourf_figure"], goal: .speedup(10)),
        ]
    }
}
