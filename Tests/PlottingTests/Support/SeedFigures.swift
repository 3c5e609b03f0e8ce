import Foundation
@testable import Plotting

/// The seed notebook's two figures and a gallery of the remaining API, drawn with `Pyplot` from the data
/// `scripts/matplotlib-reference.py` stored next to matplotlib's renderings in `Goldens/`.
enum SeedFigures {
    struct LinearData: Decodable {
        var losses, x, y, xLine, yLine, yTrue: [Double]
        var learnedLabel: String
    }

    struct PolynomialData: Decodable {
        var total, mse, l2Scaled, x, y, xTest, yPred, yTrue, residuals: [Double]
    }

    struct GalleryData: Decodable {
        var values: [Double]
        var labels: [String]
        var heights: [Double]
    }

    static func load<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: Goldens.url("\(name).json")))
    }

    /// The seed's 12x4 in figure: a loss curve, and scatter + learned and true lines with a legend.
    static func linearRegression(_ plt: Pyplot) throws {
        let d = try load("linear_regression", as: LinearData.self)
        try plt.figure(figsize: (12, 4))
        try plt.subplot(1, 2, 1)
        try plt.plot(d.losses)
        plt.title("Training Loss")
        plt.xlabel("Epoch")
        plt.ylabel("Mean Squared Error")
        plt.grid(true)
        try plt.subplot(1, 2, 2)
        try plt.scatter(d.x, d.y, alpha: 0.5, label: "Data")
        try plt.plot(d.xLine, d.yLine, format: "r-", label: d.learnedLabel)
        try plt.plot(d.xLine, d.yTrue, format: "g--", label: "True: y = 3x + 2")
        plt.title("Linear Regression Result")
        plt.xlabel("x")
        plt.ylabel("y")
        try plt.legend()
        plt.grid(true)
        plt.tightLayout()
    }

    /// The seed's 15x5 in figure: three loss curves, a polynomial fit, and residuals with a dashed zero line.
    static func polynomial(_ plt: Pyplot) throws {
        let d = try load("polynomial", as: PolynomialData.self)
        try plt.figure(figsize: (15, 5))
        try plt.subplot(1, 3, 1)
        try plt.plot(d.total, label: "Total Loss")
        try plt.plot(d.mse, label: "MSE Loss")
        try plt.plot(d.l2Scaled, label: "L2 Loss (scaled)")
        plt.title("Training Curves")
        plt.xlabel("Epoch")
        plt.ylabel("Loss")
        try plt.legend()
        plt.grid(true)
        try plt.subplot(1, 3, 2)
        try plt.scatter(d.x, d.y, alpha: 0.6, label: "Data")
        try plt.plot(d.xTest, d.yPred, format: "r-", label: "Fitted", linewidth: 2)
        try plt.plot(d.xTest, d.yTrue, format: "g--", label: "True", linewidth: 2)
        plt.title("Polynomial Fit")
        plt.xlabel("x")
        plt.ylabel("y")
        try plt.legend()
        plt.grid(true)
        try plt.subplot(1, 3, 3)
        try plt.scatter(d.x, d.residuals, alpha: 0.6)
        try plt.axhline(y: 0, color: "r", linestyle: "--")
        plt.title("Residuals")
        plt.xlabel("x")
        plt.ylabel("Residual")
        plt.grid(true)
        plt.tightLayout()
    }

    /// Histogram, bars, markers and line styles, an axvline, limits, offset ticks and Unicode labels.
    static func gallery(_ plt: Pyplot) throws {
        let d = try load("gallery", as: GalleryData.self)
        try plt.figure(figsize: (10, 7))
        try plt.subplot(2, 2, 1)
        try plt.hist(d.values, bins: 20)
        plt.title("Histogram")
        try plt.subplot(2, 2, 2)
        try plt.bar(d.labels, d.heights, color: "C2")
        plt.title("Bars")
        try plt.subplot(2, 2, 3)
        let xs = (0..<8).map(Double.init)
        try plt.plot(xs, xs.map { $0 * $0 }, format: "bo-", label: "x²")
        try plt.plot(xs, xs.map { 40 - $0 * $0 }, format: "k:", label: "40 − x²")
        try plt.plot(xs, xs.map { 20 + 3 * $0 }, format: "m-.", label: "λ line")
        try plt.axvline(x: 3, color: "orange")
        try plt.xlim(-1, 8)
        try plt.legend(loc: "lower right")
        plt.title("Markers and λ, x², x³")
        try plt.subplot(2, 2, 4)
        try plt.plot([1e6, 1.5e6, 3e6], [0.001, 0.004, 0.002], format: "s--", color: "#9467bd")
        try plt.plot([1e6, 3e6], [0.0015, 0.0035], format: "^", color: "tab:red")
        plt.grid(true)
        plt.title("Large and small numbers")
        plt.tightLayout()
    }
}

/// Files in the test bundle's `Goldens` folder, and the repository's `docs/charts` folder.
enum Goldens {
    static func url(_ name: String) -> URL {
        Bundle.module.bundleURL.appendingPathComponent("Goldens").appendingPathComponent(name)
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(name)))
    }

    /// `Tests/PlottingTests/Goldens/` of the checkout these tests were compiled from (for rewriting goldens).
    static var sourceFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Goldens")
    }

    /// `docs/charts/` of the checkout these tests were compiled from.
    static var docsCharts: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/charts")
    }
}
