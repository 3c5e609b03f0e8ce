import Foundation

/// The listening TCP sockets a kernel inherits from `nbrun-kernel-launcher`, by channel.
///
/// Jupyter clients connect to the five ports as soon as they have started the kernel process. A port
/// that is not listening yet refuses the connection, and ZeroMQ retries only after its 100 ms reconnect
/// interval: most of a kernel's start-up time. The launcher is a small program that starts in about
/// 2 ms, binds and listens on every port of the connection file, then runs `nbrun kernel` with the
/// sockets open; connections made meanwhile wait in the sockets' backlog until ZeroMQ accepts them.
public struct InheritedSockets: Sendable, Equatable {
    /// The channels, as the connection file names their ports (`shell_port`, …, `hb_port`).
    public static let channels = ["shell", "iopub", "stdin", "control", "hb"]

    /// The file descriptor of each channel's socket.
    public var descriptors: [String: Int32]

    /// Sockets by channel (none: the kernel binds every port itself).
    public init(_ descriptors: [String: Int32] = [:]) {
        self.descriptors = descriptors
    }

    /// Parses the launcher's `--listening-sockets` argument, `shell=3,iopub=4,…`.
    /// - Returns: nil when an entry is not `CHANNEL=DESCRIPTOR` for one of the five channels.
    public init?(argument: String) {
        var descriptors: [String: Int32] = [:]
        for entry in argument.split(separator: ",") {
            let parts = entry.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, InheritedSockets.channels.contains(String(parts[0])),
                let descriptor = Int32(parts[1]), descriptor >= 0
            else { return nil }
            descriptors[String(parts[0])] = descriptor
        }
        self.descriptors = descriptors
    }

    /// The socket inherited for `channel`, when it is one that is listening (anything else, such as a
    /// descriptor closed on the way, is left alone and the kernel binds the port itself).
    func listeningSocket(for channel: String) -> Int32? {
        guard let descriptor = descriptors[channel] else { return nil }
        var listening: Int32 = 0
        var size = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(descriptor, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) == 0, listening != 0 else {
            return nil
        }
        return descriptor
    }
}
