import NotebookFormat
import Testing
@testable import NBRunCommands

@Suite struct CellDiagnosticTests {
    private let error = CellError(kind: .compile, message: "cannot find 'x' in scope",
                                  location: NotebookFormat.SourceLocation(line: 42, column: 9), sourceLine: "let y = x + 1")

    @Test func plainTextIsTheLocatedDiagnosticWithCaret() {
        #expect(CellDiagnostic.text(error, file: "n.md", color: false)
            == "n.md:42:9: error: cannot find 'x' in scope\nlet y = x + 1\n        ^")
    }

    @Test func colourMarksLocationErrorAndCaret() {
        let text = CellDiagnostic.text(error, file: "n.md", color: true)
        #expect(text == "\u{1B}[1mn.md:42:9: \u{1B}[1;31merror: \u{1B}[0m\u{1B}[1mcannot find 'x' in scope\u{1B}[0m\n"
            + "let y = x + 1\n\u{1B}[1;32m        ^\u{1B}[0m")
    }
}
