import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The ports of a Jupyter connection file, opened as listening TCP sockets.
enum ListeningPorts {
    /// The part of the connection file the launcher reads.
    private struct Ports: Decodable {
        let transport: String
        let ip: String
        let shell_port: Int
        let iopub_port: Int
        let stdin_port: Int
        let control_port: Int
        let hb_port: Int
    }

    /// A listening socket for every channel whose port could be bound, by the channel names
    /// `nbrun kernel --listening-sockets` takes; none when the file is unreadable or not over TCP.
    static func open(connectionFile: String) -> [(channel: String, descriptor: Int32)] {
        guard let data = try? Data(contentsOf: URL(filePath: connectionFile)),
            let ports = try? JSONDecoder().decode(Ports.self, from: data), ports.transport == "tcp"
        else { return [] }
        let channels = [
            ("shell", ports.shell_port), ("iopub", ports.iopub_port), ("stdin", ports.stdin_port),
            ("control", ports.control_port), ("hb", ports.hb_port),
        ]
        return channels.compactMap { channel, port in listen(host: ports.ip, port: port).map { (channel, $0) } }
    }

    /// A TCP socket bound to `host:port` and listening with ZeroMQ's backlog, or nil.
    private static func listen(host: String, port: Int) -> Int32? {
        guard (1...65535).contains(port) else { return nil }
        var hints = addrinfo()
        hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host == "*" ? nil : host, String(port), &hints, &found) == 0, let address = found else {
            return nil
        }
        defer { freeaddrinfo(address) }
        let descriptor = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
        guard descriptor >= 0 else { return nil }
        // As ZeroMQ sets on its own listeners, so a port of a kernel that just stopped can be bound again.
        var reuse: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0,
            Glibc.listen(descriptor, 100) == 0
        else {
            close(descriptor)
            return nil
        }
        return descriptor
    }
}
