import Foundation
import Testing
@testable import Kernel

/// The kernel over real ZeroMQ sockets on loopback, driven like a Jupyter client would.
@Suite(.serialized) struct KernelServerTests {
    private let key = "a0436f6c-1916-498b-8eb9-e81ab9368e84"
    private let headers = MessageHeader(session: "client")

    /// Ports the system just handed out, for a connection file. The probes live in a context of their own
    /// that is terminated before returning: ZeroMQ closes sockets in the background, and terminating the
    /// context waits for that, so the ports are free again when the kernel binds them.
    private func freePorts(_ count: Int) throws -> [Int] {
        let context = try ZMQContext()
        defer { context.terminate() }
        return try (0..<count).map { _ in
            let probe = try ZMQSocket(context, kind: .router)
            defer { probe.close() }
            try probe.bind("tcp://127.0.0.1:*")
            return Int(probe.lastEndpoint.split(separator: ":").last!)!
        }
    }

    private func receive(_ socket: ZMQSocket, signer: MessageSigner) throws -> WireMessage {
        guard try !ZMQSocket.poll([socket], timeout: 10_000).isEmpty else { throw ZMQError(operation: "wait", reason: "no reply in 10 s", isTerminated: false) }
        return try WireMessage.decode(socket.receive(), signer: signer)
    }

    @Test func servesSignedRequestsDropsForgedOnesAndShutsDown() throws {
        let clientContext = try ZMQContext()
        let ports = try freePorts(5)
        let connection = ConnectionInfo(transport: "tcp", ip: "127.0.0.1", shellPort: ports[0], iopubPort: ports[1],
                                        stdinPort: ports[2], controlPort: ports[3], hbPort: ports[4], key: key,
                                        signatureScheme: "hmac-sha256")
        let logLines = LogLines()
        let server = try KernelServer(connection: connection, timeout: 10) { logLines.append($0) }
        let stopped = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            server.run()
            stopped.signal()
        }
        let signer = MessageSigner(key: key)
        let shell = try ZMQSocket(clientContext, kind: .dealer)
        let control = try ZMQSocket(clientContext, kind: .dealer)
        let heartbeat = try ZMQSocket(clientContext, kind: .request)
        defer {
            shell.close()
            control.close()
            heartbeat.close()
            clientContext.terminate()
        }
        try shell.connect(connection.endpoint(connection.shellPort))
        try control.connect(connection.endpoint(connection.controlPort))
        try heartbeat.connect(connection.endpoint(connection.hbPort))

        try shell.send(WireMessage(header: headers.make("kernel_info_request"), content: [:]).encode(signer: signer))
        #expect(try receive(shell, signer: signer).type == "kernel_info_reply")

        let forged = WireMessage(header: headers.make("execute_request"), content: ["code": "let secret = 42"])
        try shell.send(forged.encode(signer: MessageSigner(key: "not-the-key")))
        try shell.send(WireMessage(header: headers.make("execute_request"), content: ["code": "secret"]).encode(signer: signer))
        let reply = try receive(shell, signer: signer)
        #expect(reply.content["status"] == "error")
        #expect(reply.content["evalue"] == "cannot find 'secret' in scope")
        #expect(logLines.lines.contains("nbrun kernel: dropped a message: invalid HMAC signature"))

        try heartbeat.send([Array("ping".utf8)])
        #expect(try ZMQSocket.poll([heartbeat], timeout: 10_000) == [0])
        #expect(try heartbeat.receive() == [Array("ping".utf8)])

        try control.send(WireMessage(header: headers.make("shutdown_request"), content: ["restart": false]).encode(signer: signer))
        #expect(try receive(control, signer: signer).type == "shutdown_reply")
        #expect(stopped.wait(timeout: .now() + 10) == .success)
    }
}

/// Log lines gathered from the kernel's threads.
private final class LogLines: @unchecked Sendable {
    private var stored: [String] = []
    private let lock = NSLock()

    func append(_ line: String) { lock.withLock { stored.append(line) } }
    var lines: [String] { lock.withLock { stored } }
}
