import Foundation
import Testing

/// Diagnostics are coloured only when stderr is a terminal and `NO_COLOR` is not set: the real `nbrun` under
/// a pseudo-terminal made by util-linux's `script`, and through a pipe.
@Suite struct TerminalColourTests {
    private static let red = "\u{1B}[1;31merror: "

    /// Runs nbrun on the failing fixture with its output on a pseudo-terminal; returns what the terminal got.
    private func underTerminal(environment: String) throws -> String {
        let folder = try NBRunProcess.workspace()
        let command = "\(environment) '\(NBRunProcess.executable.path)' --output-dir out Fixtures/failing_cell.md"
        let result = try NBRunProcess.run(["-qec", command, "/dev/null"], in: folder,
                                          executable: URL(fileURLWithPath: "/usr/bin/script"))
        return result.stdout
    }

    @Test func aTerminalGetsColour() throws {
        let shown = try underTerminal(environment: "env -u NO_COLOR")
        #expect(shown.contains("failing_cell.md:"), "\(shown)")
        #expect(shown.contains(Self.red))
    }

    @Test func noColorTurnsItOff() throws {
        let shown = try underTerminal(environment: "env NO_COLOR=1")
        #expect(shown.contains("failing_cell.md:"), "\(shown)")
        #expect(!shown.contains("\u{1B}["))
    }

    @Test func aPipeGetsPlainText() throws {
        let folder = try NBRunProcess.workspace()
        let result = try NBRunProcess.run(["--output-dir", "out", "Fixtures/failing_cell.md"], in: folder)
        #expect(result.stderr.contains(": error: "))
        #expect(!result.stderr.contains("\u{1B}["))
    }
}
