import Foundation

/// The IOPub socket, shared by the shell and control threads: each send is one locked step, so two
/// threads' messages never interleave their frames.
final class Publisher: @unchecked Sendable {
    private let socket: ZMQSocket
    private let signer: MessageSigner
    private let lock = NSLock()

    init(socket: ZMQSocket, signer: MessageSigner) {
        self.socket = socket
        self.signer = signer
    }

    /// Signs and sends `message`; a send failing because the kernel stops is ignored.
    func publish(_ message: WireMessage) {
        let frames = message.encode(signer: signer)
        lock.withLock { try? socket.send(frames) }
    }

    /// Closes the socket once no thread publishes any more.
    func close() {
        lock.withLock { socket.close() }
    }
}
