import Foundation
import Testing
@testable import Kernel

/// The kernel on listening sockets it inherits, as `nbrun-kernel-launcher` hands them over.
@Suite(.serialized) struct InheritedSocketsTests {
    @Test func parsesTheLaunchersArgument() {
        #expect(InheritedSockets(argument: "shell=3,iopub=4,stdin=5,control=6,hb=7")?.descriptors
            == ["shell": 3, "iopub": 4, "stdin": 5, "control": 6, "hb": 7])
        #expect(InheritedSockets(argument: "hb=9")?.descriptors == ["hb": 9])
        #expect(InheritedSockets(argument: "web=3") == nil)
        #expect(InheritedSockets(argument: "shell=x") == nil)
        #expect(InheritedSockets(argument: "shell") == nil)
        #expect(InheritedSockets(argument: "shell=-1") == nil)
    }

    @Test func onlyListeningSocketsAreUsed() throws {
        let unbound = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(unbound) }
        var pipeEnds: [Int32] = [0, 0]
        #expect(pipe(&pipeEnds) == 0)
        defer { pipeEnds.forEach { close($0) } }
        let listener = try #require(listeningSocket())
        defer { close(listener.descriptor) }
        let sockets = InheritedSockets(["shell": unbound, "iopub": pipeEnds[0], "hb": listener.descriptor])
        #expect(sockets.listeningSocket(for: "shell") == nil)
        #expect(sockets.listeningSocket(for: "iopub") == nil)
        #expect(sockets.listeningSocket(for: "control") == nil)
        #expect(sockets.listeningSocket(for: "hb") == listener.descriptor)
    }

    /// A client connects before the kernel exists (its connection waits in the listening socket's
    /// backlog); the kernel then serves it on that socket. Binding the port anew would fail, as the
    /// inherited socket still listens on it.
    @Test func servesAClientThatConnectedBeforeTheKernelStarted() throws {
        let listeners = try (0..<5).map { _ in try #require(listeningSocket()) }
        let ports = listeners.map(\.port)
        let key = "inherited-key"
        let connection = ConnectionInfo(transport: "tcp", ip: "127.0.0.1", shellPort: ports[0], iopubPort: ports[1],
                                        stdinPort: ports[2], controlPort: ports[3], hbPort: ports[4], key: key,
                                        signatureScheme: "hmac-sha256")
        let clientContext = try ZMQContext()
        let signer = MessageSigner(key: key)
        let headers = MessageHeader(session: "client")
        let shell = try ZMQSocket(clientContext, kind: .dealer)
        let control = try ZMQSocket(clientContext, kind: .dealer)
        defer {
            shell.close()
            control.close()
            clientContext.terminate()
        }
        try shell.connect(connection.endpoint(connection.shellPort))
        try control.connect(connection.endpoint(connection.controlPort))

        let descriptors = Dictionary(uniqueKeysWithValues: zip(InheritedSockets.channels, listeners.map(\.descriptor)))
        let server = try KernelServer(connection: connection, timeout: 10, inherited: InheritedSockets(descriptors)) { _ in }
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            server.run()
            stopped.signal()
        }
        try shell.send(WireMessage(header: headers.make("kernel_info_request"), content: [:]).encode(signer: signer))
        #expect(try ZMQSocket.poll([shell], timeout: 10_000) == [0])
        #expect(try WireMessage.decode(shell.receive(), signer: signer).type == "kernel_info_reply")
        try control.send(WireMessage(header: headers.make("shutdown_request"), content: ["restart": false]).encode(signer: signer))
        #expect(try ZMQSocket.poll([control], timeout: 10_000) == [0])
        #expect(stopped.wait(timeout: .now() + 10) == .success)
    }

    /// A TCP socket listening on a free loopback port, as the launcher opens them.
    private func listeningSocket() -> (descriptor: Int32, port: Int)? {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard descriptor >= 0, bound == 0, listen(descriptor, 100) == 0 else { return nil }
        var size = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &size) }
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }
}
