import Foundation
import NotebookFormat

/// Executed notebooks built by hand, covering every output kind, status and option the report shows.
enum SampleNotebooks {
    /// A valid 2×1 RGBA PNG (one orange and one blue pixel).
    static let tinyPNG: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0xF4, 0x22, 0x7F,
        0x8A, 0x00, 0x00, 0x00, 0x11, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xDF, 0xC0, 0xF0,
        0x9F, 0xA1, 0xE1, 0xFF, 0x7F, 0x00, 0x14, 0xF9, 0x04, 0xFD, 0x96, 0x50, 0x1C, 0x9A, 0x00, 0x00,
        0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    /// Text with every HTML-special character, including a script tag.
    static let hostile = "<script>alert('x')</script> & \"quoted\""

    /// A course-style notebook: front-matter title with HTML specials, headings, and cells that
    /// succeeded, plotted, raised as expected, were skipped, failed, and did not run.
    static var course: Notebook {
        var setup = cell(
            """
            // Watch a variable and differentiate through it.
            let x = Variable(3.0)
            let tape = GradientTape()
            let y = tape.record { x * x + 2.5e-1 }
            print("dy/dx =", tape.gradient(y, x)!)

            """, fence: 7, status: .succeeded, duration: 0.0123)
        setup.outputs = [.stream("dy/dx = 6.0\n")]

        let escapedHostile = hostile.replacingOccurrences(of: "\"", with: "\\\"")
        var hostileCell = cell("let s = \"\(escapedHostile)\"\nprint(s)\n", fence: 15, status: .succeeded, duration: 1.5)
        hostileCell.outputs = [.stream(hostile + "\n")]

        var plot = cell("plt.plot([1, 2, 3], [1, 4, 9])\nplt.show()\n", fence: 20, status: .succeeded,
                        options: CellOptions(hideCode: true))
        plot.outputs = [.image(PNGImage(data: tinyPNG, width: 2, height: 1))]

        var raising = cell("let bad = Tensor([1, 2]) + Tensor([1, 2, 3])\n", fence: 25, status: .failedAsExpected,
                           options: CellOptions(raises: true))
        raising.outputs = [.error(CellError(
            kind: .runtime, message: "shapes [2] and [3] cannot be broadcast",
            location: SourceLocation(line: 26, column: 26), sourceLine: "let bad = Tensor([1, 2]) + Tensor([1, 2, 3])"))]

        let skipped = cell("print(\"slow\")\n", fence: 29, status: .skipped, options: CellOptions(skip: true))

        var hiddenOutput = cell("print(\"noise\")\n", fence: 33, status: .succeeded, options: CellOptions(hideOutput: true))
        hiddenOutput.outputs = [.stream("noise that the report must not show\n")]

        var failing = cell("let z = y +* 2\n", fence: 37, status: .failed, options: CellOptions(timeout: 5))
        failing.outputs = [.error(CellError(
            kind: .compile, message: "unknown operator '+*' in <expr>", location: SourceLocation(line: 38, column: 11),
            sourceLine: "let z = y +* 2"))]

        let notRun = cell("print(z)\n", fence: 41, status: .notRun)

        return Notebook(path: "Notebooks/gradient_tape.md", title: "Gradients & <tapes> \"quoted\" 'single'", blocks: [
            prose("<h1 id=\"gradient-tape\">Gradient tape</h1>\n<p>We record operations.</p>\n",
                  headings: [Heading(level: 1, text: "Gradient tape", anchor: "gradient-tape")], lines: 5...6),
            .code(setup), .code(hostileCell),
            prose("<h2 id=\"plots\">Plots</h2>\n", headings: [Heading(level: 2, text: "Plots", anchor: "plots")],
                  lines: 18...18),
            .code(plot),
            prose("<h2 id=\"errors--friends\">Errors &amp; friends</h2>\n",
                  headings: [Heading(level: 2, text: "Errors & friends", anchor: "errors--friends")], lines: 23...23),
            .code(raising), .code(skipped), .code(hiddenOutput), .code(failing), .code(notRun),
        ])
    }

    /// A notebook without front matter or headings: the title falls back to the file name.
    static var plain: Notebook {
        var only = cell("print(1 + 2)\n", fence: 3, status: .succeeded)
        only.outputs = [.stream("3\n")]
        return Notebook(path: "/abs/dir/plain.md", title: nil, blocks: [
            prose("<p>Just a cell.</p>\n", headings: [], lines: 1...1), .code(only),
        ])
    }

    private static func cell(
        _ source: String, fence: Int, status: CellStatus, options: CellOptions = CellOptions(), duration: Double? = nil
    ) -> CodeCell {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).count
        var cell = CodeCell(source: source, options: options, fenceLine: fence, endLine: fence + lines)
        cell.status = status
        cell.duration = duration
        return cell
    }

    private static func prose(_ html: String, headings: [Heading], lines: ClosedRange<Int>) -> Block {
        .prose(Prose(html: html, headings: headings, startLine: lines.lowerBound, endLine: lines.upperBound))
    }
}
