import NotebookFormat
import Testing
@testable import Execution

/// DSL.md §12's charts through real cells: `subplots` and axes objects, colour-mapped charts, annotations,
/// and their errors.
@Suite struct ChartBindingsTests {
    /// Runs `cells` as one notebook and returns each cell's outputs.
    private func run(_ cells: String...) -> [[CellOutput]] {
        NotebookCells.outputs(cells)
    }

    private func text(_ outputs: [CellOutput]) -> String {
        NotebookCells.text(outputs)
    }

    private func images(_ outputs: [CellOutput]) -> [[UInt8]] {
        outputs.compactMap { if case .image(let image) = $0 { image.data } else { nil } }
    }

    @Test func axesObjectsDrawLikeSubplotCalls() {
        let out = run("""
            let (fig, axes) = plt.subplots(1, 2, figsize: (8, 3))
            print(axes.count, axes[1])
            axes[1].plot([1.0, 3.0, 2.0], label: "line")
            axes[1].legend()
            axes[0].imshow([[1, 2, 3], [4, 5, 6]], cmap: "gray")
            axes[0].colorbar()
            fig.suptitle("Two panels")
            plt.title("current axes")
            """, """
            plt.figure(figsize: (8, 3))
            plt.subplot(1, 2, 1)
            plt.subplot(1, 2, 2)
            plt.plot([1.0, 3.0, 2.0], label: "line")
            plt.legend()
            plt.subplot(1, 2, 1)
            plt.imshow(Tensor([[1, 2, 3], [4, 5, 6]]), cmap: "gray")
            plt.colorbar()
            plt.suptitle("Two panels")
            plt.subplot(1, 2, 2)
            plt.title("current axes")
            """)
        #expect(text(out[0]).hasPrefix("2 Axes(1)\n<image "))
        // `plt.title` after the axes calls still goes to the last axes `subplots` made current.
        #expect(images(out[0]).count == 1)
        #expect(images(out[0]) == images(out[1]))
    }

    @Test func colourMappedChartsAndAnnotationsRender() {
        let out = run("""
            let xs = Tensor.linspace(-2, 2, count: 30)
            var rows: [[Double]] = []
            for i in 0..<30 {
                var row: [Double] = []
                for j in 0..<30 { row.append(Double(i * j) / 900.0) }
                rows.append(row)
            }
            plt.contourf(rows, levels: 12, alpha: 0.8)
            plt.contour(rows, levels: [0.2, 0.5], cmap: "coolwarm")
            plt.colorbar()
            plt.scatter(xs, xs, c: xs * xs, cmap: "plasma")
            plt.text(1, 1, "note")
            plt.annotate("here", xy: (2, 2), xytext: (3, 3))
            plt.show()
            plt.fillBetween(0..<4, [0, 1, 2, 3], [1, 2, 3, 5], alpha: 0.3)
            plt.errorbar([0, 1, 2], [1.0, 2.0, 1.5], yerr: 0.2)
            plt.tightLayout()
            """, """
            let (_, axes) = plt.subplots(1, 2)
            axes[0].semilogy([1, 2, 3], [1.0, 10.0, 100.0], "o-")
            axes[1].plot([1.0, 2.0], [0.5, 500.0])
            axes[1].yscale("log")
            """, "plt.yscale(\"symlog\")")
        #expect(text(out[0]).split(separator: "\n").map { $0.hasPrefix("<image ") } == [true, true])
        #expect(text(out[1]).hasPrefix("<image ") && !text(out[1]).contains("error"))
        #expect(text(out[2]).contains("error: yscale: unknown scale 'symlog' (use 'linear' or 'log')\n"))
    }

    @Test func logXScalesAreTheSameChartsAsXscaleCalls() {
        let data = "[0.001, 0.01, 0.1, 1.0], [4.0, 40.0, 400.0, 4000.0]"
        let out = run(
            "plt.semilogx(\(data), \"o-\")",
            "plt.plot(\(data), \"o-\")\nplt.xscale(\"log\")",
            "let (_, axes) = plt.subplots(1, 1)\naxes[0].loglog(\(data), \"o-\")",
            "plt.plot(\(data), \"o-\")\nplt.xscale(\"log\")\nplt.yscale(\"log\")",
            "plt.plot(\(data), \"o-\")",
            "plt.xscale(\"logit\")")
        let charts = out.prefix(5).map(images)
        #expect(charts.allSatisfy { $0.count == 1 })
        #expect(charts[0] == charts[1])
        #expect(charts[2] == charts[3])
        #expect(Set([charts[1], charts[3], charts[4]]).count == 3)
        #expect(text(out[5]).contains("error: xscale: unknown scale 'logit' (use 'linear' or 'log')\n"))
    }

    @Test func badChartCallsAreErrorsNamingTheCall() {
        let out = run(
            "let (fig, axes) = plt.subplots(2, 2)\naxes[0].show()",
            "plt.colorbar()",
            "plt.imshow(Tensor([1.0, 2.0]))",
            "plt.contourf([[1.0, 2.0], [3.0, 4.0]], levels: [1.0])",
            "plt.contour([[1.0, 2.0], [3.0]])",
            "plt.scatter([1, 2], [1, 2], c: [1, 2], cmap: \"jet\")",
            "plt.errorbar([1, 2], [1, 2], yerr: [-1, 1])",
            "plt.show()\naxes[0].plot([1, 2])",
            "plt.annotate(\"a\", xytext: (1, 2))"
        )
        let messages = out.map(text)
        // A failed call may leave an empty figure open, which the end of its cell shows; the error is what counts.
        #expect(messages[0].contains("error: value of type 'Axes' has no member 'show'\n"))
        #expect(messages[1].contains("error: colorbar: no image, contour set or scatter with c:"))
        #expect(messages[2].contains("error: plt.imshow: image must be a 2-D tensor, got shape [2]\n"))
        #expect(messages[3].contains("error: contourf: filled contours require at least 2 levels\n"))
        #expect(messages[4].contains("error: plt.contour: the rows of z must all have the same length\n"))
        #expect(messages[5].contains("error: scatter: unknown colormap 'jet'"))
        #expect(messages[6].contains("error: errorbar: yerr must not contain negative values\n"))
        #expect(messages[7].contains("error: plot: this axes' figure was already shown; draw on it before plt.show()\n"))
        #expect(messages[8].contains("error: plt.annotate: missing argument 'xy:' (the point annotated)\n"))
    }
}
