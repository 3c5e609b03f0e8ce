import ArgumentParser

/// The `nbrun` root command: `nbrun <notebook.md | folder>...` runs notebooks (the default subcommand,
/// `run`); the other subcommands are listed in `configuration`.
public struct NBRunCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "nbrun",
        abstract: "Run Markdown notebooks of Swift cells and write HTML and ipynb reports.",
        version: NBRunVersion.current,
        subcommands: [RunCommand.self, BuildCommand.self, PreviewCommand.self, KernelCommand.self],
        defaultSubcommand: RunCommand.self
    )

    public init() {}

}

extension ParsableCommand {
    /// Parses `arguments` (without the program name), runs the command and returns the process exit status.
    ///
    /// Unlike `main()`, usage errors exit with 2 (not ArgumentParser's 64), as the README promises.
    public static func exitStatus(arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                return 0
            }
            if !message.isEmpty { Console().error(message) }
            return code == .validationFailure ? 2 : code.rawValue
        }
    }
}
