import ArgumentParser
import Foundation
import Kernel

/// `nbrun kernel -f CONNECTION_FILE`: runs nbrun as a Jupyter kernel (one session, state carried across
/// executions); `nbrun kernel install` registers it with Jupyter.
public struct KernelCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kernel",
        abstract: "Run nbrun as a Jupyter kernel, or install its kernelspec.",
        discussion: "Jupyter starts the kernel itself (after 'nbrun kernel install') with a connection file.",
        subcommands: [KernelInstallCommand.self]
    )

    // Optional for the parser only: a parent command's required option would be demanded of `kernel install` too.
    @Option(name: .customShort("f"), help: ArgumentHelp("The connection file Jupyter wrote for this kernel.", valueName: "connection-file"))
    var connectionFile: String?

    @Option(help: "Time limit in seconds for each execution.")
    var timeout: Double = 60

    @Option(help: ArgumentHelp(
        "Listening sockets inherited from nbrun-kernel-launcher, which passes them.", valueName: "channel=fd,..."))
    var listeningSockets: String?

    public init() {}

    public func validate() throws {
        guard timeout > 0, timeout.isFinite else {
            throw ValidationError("--timeout must be a positive number of seconds")
        }
        if let listeningSockets, InheritedSockets(argument: listeningSockets) == nil {
            throw ValidationError("--listening-sockets takes CHANNEL=FD entries for shell, iopub, stdin, control and hb")
        }
    }

    public func run() throws {
        guard let connectionFile else {
            throw ValidationError("Missing expected argument '-f <connection-file>' (Jupyter passes it; see 'nbrun kernel install')")
        }
        let console = Console()
        do {
            let connection = try ConnectionInfo.read(path: connectionFile)
            let inherited = listeningSockets.flatMap(InheritedSockets.init(argument:)) ?? InheritedSockets()
            let server = try KernelServer(connection: connection, timeout: timeout, inherited: inherited) {
                Console().error($0)
            }
            server.run()
        } catch let problem as ConnectionInfo.Problem {
            console.error("nbrun: \(problem)")
            throw ExitCode(2)
        } catch let error as ZMQError {
            console.error("nbrun kernel: \(error)")
            throw ExitCode(1)
        }
    }
}

/// `nbrun kernel install [--user | --prefix DIR]`: writes the kernelspec `nbrun` where Jupyter looks.
public struct KernelInstallCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install the 'nbrun' kernelspec (\(KernelSpec.displayName)) for Jupyter."
    )

    @Flag(help: "Install for the current user (~/.local/share/jupyter) instead of system-wide.")
    var user = false

    @Option(help: "Install under DIR/share/jupyter, e.g. a virtual environment's prefix.")
    var prefix: String?

    public init() {}

    public func validate() throws {
        if user && prefix != nil { throw ValidationError("--user and --prefix cannot be used together") }
    }

    public func run() throws {
        let location: KernelSpec.Location = prefix.map { .prefix($0) } ?? (user ? .user : .system)
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        // Built beside nbrun by `swift build` (scripts/run.sh builds it too).
        let launcher = executable.deletingLastPathComponent().appendingPathComponent("nbrun-kernel-launcher").path
        let spec = KernelSpec(
            executable: executable.path, launcher: FileManager.default.isExecutableFile(atPath: launcher) ? launcher : nil)
        do {
            let directory = try spec.install(at: location)
            print("Installed kernelspec \(KernelSpec.name) in \(directory.path)")
        } catch {
            Console().error("nbrun: cannot install the kernelspec: \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
