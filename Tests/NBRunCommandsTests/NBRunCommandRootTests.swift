import Foundation
import NBRunCommands
import Testing

/// The root command's own options, through the real executable: `--version` and the shell completion
/// scripts swift-argument-parser generates from the command types.
@Suite struct NBRunCommandRootTests {
    @Test func versionPrintsTheReleaseAndNothingElse() throws {
        let result = try NBRunProcess.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        #expect(result.stdout == NBRunVersion.current + "\n")
        #expect(result.stderr.isEmpty)
    }

    /// What each shell's script must contain: its own header and the subcommands and options of nbrun.
    @Test(arguments: [
        ("bash", "-F _nbrun nbrun"),
        ("zsh", "#compdef nbrun"),
        ("fish", "complete -c 'nbrun'"),
    ])
    func completionScriptNamesEveryCommandAndOption(shell: String, header: String) throws {
        let result = try NBRunProcess.run(
            ["--generate-completion-script", shell], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(header))
        for word in ["build", "preview", "kernel", "output-dir", "allow-errors", "timeout", "check", "junit"] {
            #expect(result.stdout.contains(word), "the \(shell) script lacks \(word)")
        }
    }

    @Test func anUnknownShellIsAUsageError() throws {
        let result = try NBRunProcess.run(
            ["--generate-completion-script", "tcsh"], in: FileManager.default.temporaryDirectory)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("tcsh"))
    }
}
