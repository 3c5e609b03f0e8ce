import Foundation

/// The kernelspec `nbrun` (COURSE.md §3): the `kernel.json` that tells Jupyter how to start nbrun's kernel,
/// and where `nbrun kernel install` puts it.
public struct KernelSpec: Sendable, Equatable {
    /// The kernelspec's name, which the `.ipynb` files nbrun writes refer to.
    public static let name = "nbrun"
    /// The name Jupyter front ends show.
    public static let displayName = "Swift (nbrun)"

    /// The absolute path of the `nbrun` executable the spec starts.
    public var executable: String
    /// The absolute path of `nbrun-kernel-launcher`, which listens on the ports before it runs `executable`
    /// (nil: Jupyter runs `nbrun kernel` directly, and a client that connects early waits ~100 ms more).
    public var launcher: String?

    /// A spec starting `executable`, through `launcher` when there is one.
    public init(executable: String, launcher: String? = nil) {
        self.executable = executable
        self.launcher = launcher
    }

    /// The command Jupyter runs, with `{connection_file}` for the connection file's path.
    public var argv: [String] {
        if let launcher { return [launcher, "{connection_file}", executable] }
        return [executable, "kernel", "-f", "{connection_file}"]
    }

    /// `kernel.json`: argv with `{connection_file}`, interrupts by message on the control channel.
    public var json: String {
        let spec: JSON = [
            "argv": .array(argv.map { .string($0) }),
            "display_name": .string(KernelSpec.displayName),
            "language": "swift",
            "interrupt_mode": "message",
            "metadata": ["debugger": false],
        ]
        let data = (try? JSONSerialization.jsonObject(with: Data(spec.bytes))).flatMap {
            try? JSONSerialization.data(withJSONObject: $0, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        }
        return String(decoding: data ?? Data(spec.bytes), as: UTF8.self) + "\n"
    }

    /// Where a spec goes, as `jupyter kernelspec install` decides.
    public enum Location: Sendable, Equatable {
        /// The user's data directory: `$JUPYTER_DATA_DIR`, else `~/.local/share/jupyter` (`--user`).
        case user
        /// `PREFIX/share/jupyter` (`--prefix`, e.g. a virtual environment).
        case prefix(String)
        /// The system-wide `/usr/local/share/jupyter` (the default).
        case system

        /// The `kernels/nbrun` folder for this location.
        public func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
            let base: URL
            switch self {
            case .user:
                if let dataDir = environment["JUPYTER_DATA_DIR"], !dataDir.isEmpty {
                    base = URL(fileURLWithPath: dataDir)
                } else {
                    let home = environment["HOME"] ?? NSHomeDirectory()
                    base = URL(fileURLWithPath: home).appendingPathComponent(".local/share/jupyter")
                }
            case .prefix(let prefix): base = URL(fileURLWithPath: prefix).appendingPathComponent("share/jupyter")
            case .system: base = URL(fileURLWithPath: "/usr/local/share/jupyter")
            }
            return base.appendingPathComponent("kernels").appendingPathComponent(KernelSpec.name)
        }
    }

    /// Writes `kernel.json` into `location`'s folder, creating it, atomically.
    /// - Returns: The folder written.
    /// - Throws: The file system's error when the folder cannot be made or written.
    public func install(at location: Location) throws -> URL {
        let directory = location.directory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(json.utf8).write(to: directory.appendingPathComponent("kernel.json"), options: .atomic)
        return directory
    }
}
