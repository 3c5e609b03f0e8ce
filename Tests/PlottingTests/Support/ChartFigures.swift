import Foundation
@testable import Plotting

/// DSL.md §12's figures drawn with `Pyplot` from the data `scripts/matplotlib-reference.py` stored next to
/// matplotlib's renderings of the same calls in `Goldens/`.
enum ChartFigures {
    struct FieldsData: Decodable {
        var px, py, pc, image, xx, yy, zz, contourfLevels, contourLevels: [Double]
        var imageRows, imageCols, gridSize: Int
    }

    struct AnnotationsData: Decodable {
        var x, lower, upper, mean, ex, ey, err: [Double]
    }

    /// Coloured scatter, imshow, contourf and contour in a 2x2 `subplots` grid, each with a colour bar.
    static func fields(_ plt: Pyplot) throws {
        let d = try SeedFigures.load("fields", as: FieldsData.self)
        let axes = try plt.subplots(2, 2, figsize: (10, 8))
        let n = d.gridSize
        let xx = try Grid(rows: n, cols: n, values: d.xx)
        let yy = try Grid(rows: n, cols: n, values: d.yy)
        let zz = try Grid(rows: n, cols: n, values: d.zz)
        try on(plt, axes[0]) {
            try plt.scatter(d.px, d.py, c: d.pc, cmap: "coolwarm")
            try plt.colorbar()
            plt.title("Scatter by value")
        }
        try on(plt, axes[1]) {
            try plt.imshow(Grid(rows: d.imageRows, cols: d.imageCols, values: d.image), cmap: "gray")
            try plt.colorbar()
            plt.title("Image")
        }
        try on(plt, axes[2]) {
            try plt.contour(x: xx, y: yy, z: zz, count: 12, filled: true)
            try plt.colorbar()
            plt.title("Filled contours")
        }
        try on(plt, axes[3]) {
            try plt.contour(x: xx, y: yy, z: zz, count: 5, filled: false, cmap: "plasma")
            try plt.colorbar()
            plt.title("Contour lines")
        }
        plt.suptitle("Colour maps")
        plt.tightLayout()
    }

    /// fillBetween with a legend, text and annotate; errorbar over a band.
    static func annotations(_ plt: Pyplot) throws {
        let d = try SeedFigures.load("annotations", as: AnnotationsData.self)
        let axes = try plt.subplots(1, 2, figsize: (10, 4))
        try on(plt, axes[0]) {
            try plt.fillBetween(d.x, d.lower, d.upper, alpha: 0.3, label: "band")
            try plt.plot(d.x, d.mean, label: "mean")
            try plt.text(0.5, -0.4, "a note")
            try plt.annotate("peak", xy: (1.6, 1.3), xytext: (2.2, 1.8))
            try plt.legend()
            plt.title("fill_between")
        }
        try on(plt, axes[1]) {
            try plt.errorbar(d.ex, d.ey, yerr: d.err, label: "measured")
            try plt.fillBetween(
                d.ex, zip(d.ey, d.err).map { $0 - $1 }, zip(d.ey, d.err).map { $0 + $1 }, color: "C1", alpha: 0.2)
            plt.title("errorbar")
            try plt.legend(loc: "upper left")
        }
        plt.suptitle("Bands, error bars and notes")
        plt.tightLayout()
    }

    struct LogData: Decodable {
        var x, growth, slow, steps, errors: [Double]
    }

    /// `semilogy` with a legend; `yscale("log")` with a zero left out, and a grid.
    static func logScale(_ plt: Pyplot) throws {
        let d = try SeedFigures.load("log_scale", as: LogData.self)
        let axes = try plt.subplots(1, 2, figsize: (10, 4))
        try on(plt, axes[0]) {
            try plt.plot(d.x, d.growth, label: "exp(x)")
            try plt.plot(d.x, d.slow, format: "--", label: "exp(x/2)")
            try plt.yscale("log")
            try plt.legend()
            plt.title("semilogy")
        }
        try on(plt, axes[1]) {
            try plt.plot(d.steps, d.errors, format: "o-")
            try plt.yscale("log")
            plt.title("yscale log")
            plt.grid(true)
        }
        plt.tightLayout()
    }

    struct LogXData: Decodable {
        var rates, final, n, error, bound: [Double]
    }

    /// `semilogx` with a grid and an x label; `loglog` with a legend.
    static func logXScale(_ plt: Pyplot) throws {
        let d = try SeedFigures.load("log_x_scale", as: LogXData.self)
        let axes = try plt.subplots(1, 2, figsize: (10, 4))
        try on(plt, axes[0]) {
            try plt.plot(d.rates, d.final, format: "o-")
            try plt.xscale("log")
            plt.title("semilogx")
            plt.xlabel("learning rate")
            plt.grid(true)
        }
        try on(plt, axes[1]) {
            try plt.plot(d.n, d.error, label: "error")
            try plt.plot(d.n, d.bound, format: ":", label: "bound")
            try plt.xscale("log")
            try plt.yscale("log")
            plt.title("loglog")
            try plt.legend()
        }
        plt.tightLayout()
    }

    /// Runs `body` with `handle`'s axes current, as `axes[i].…` calls do.
    static func on(_ plt: Pyplot, _ handle: AxesHandle, _ body: () throws -> Void) throws {
        let selection = try plt.select(handle)
        defer { plt.restore(selection) }
        try body()
    }
}
