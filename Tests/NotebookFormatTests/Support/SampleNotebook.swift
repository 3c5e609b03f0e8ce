@testable import NotebookFormat

/// An executed notebook with every kind of block, status and output, for snapshot tests.
enum SampleNotebook {
    /// A valid 2×1 RGBA PNG (one orange and one blue pixel).
    static let tinyPNG: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0xF4, 0x22, 0x7F,
        0x8A, 0x00, 0x00, 0x00, 0x11, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xDF, 0xC0, 0xF0,
        0x9F, 0xA1, 0xE1, 0xFF, 0x7F, 0x00, 0x14, 0xF9, 0x04, 0xFD, 0x96, 0x50, 0x1C, 0x9A, 0x00, 0x00,
        0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ]

    /// The sample: prose, a printing cell, a plotting cell, an expected failure, a skipped cell,
    /// a failing cell and a cell that did not run, with quotes, tabs and non-ASCII text in outputs.
    static var executed: Notebook {
        var printing = CodeCell(source: "let x = 3\nprint(\"x = \\(x)\")\nprint(\"<tab>\\t\\\"q\\\" é\")\n",
                                options: CellOptions(), fenceLine: 5, endLine: 9)
        printing.status = .succeeded
        printing.outputs = [.stream("x = 3\n<tab>\t\"q\" é\n")]

        var plotting = CodeCell(source: "plt.plot([1, 2])\nplt.show()\n",
                                options: CellOptions(hideCode: true, timeout: 2.5), fenceLine: 11, endLine: 14)
        plotting.status = .succeeded
        plotting.outputs = [.stream("no newline at end"), .image(PNGImage(data: tinyPNG, width: 2, height: 1))]

        var raising = CodeCell(source: "let t = Tensor([1, 2]) + Tensor([1, 2, 3])\n",
                               options: CellOptions(raises: true), fenceLine: 16, endLine: 18)
        raising.status = .failedAsExpected
        raising.outputs = [.error(CellError(
            kind: .runtime, message: "shapes [2] and [3] cannot be broadcast",
            location: SourceLocation(line: 17, column: 24),
            sourceLine: "let t = Tensor([1, 2]) + Tensor([1, 2, 3])"))]

        var skipped = CodeCell(source: "print(\"never\")\n", options: CellOptions(skip: true), fenceLine: 20, endLine: 22)
        skipped.status = .skipped

        var failing = CodeCell(source: "let y = undefined\n", options: CellOptions(hideOutput: true),
                               fenceLine: 24, endLine: 26)
        failing.status = .failed
        failing.outputs = [.stream("partial\n"), .error(CellError(kind: .compile, message: "cannot find 'undefined' in scope"))]

        var notRun = CodeCell(source: "print(1)\n", options: CellOptions(timeout: 10), fenceLine: 28, endLine: 30)
        notRun.status = .notRun

        let intro = Prose(
            html: "<h1 id=\"sample\">Sample</h1>\n<p>Some <em>prose</em>.</p>\n",
            headings: [Heading(level: 1, text: "Sample", anchor: "sample")],
            startLine: 1, endLine: 3, markdown: "# Sample\n\nSome *prose*.")
        let middle = Prose(html: "<p>Between.</p>\n", headings: [], startLine: 15, endLine: 15, markdown: "Between.")
        return Notebook(path: "notebooks/sample.md", title: "A \"sample\" <notebook>", blocks: [
            .prose(intro), .code(printing), .code(plotting), .prose(middle), .code(raising), .code(skipped),
            .code(failing), .code(notRun),
        ])
    }
}
