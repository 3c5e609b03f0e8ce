import Foundation

/// A running Jupyter kernel: the five channels of a connection file bound on its address, a thread each
/// for shell, control and heartbeat, and one `RequestHandler` (one session) behind them.
///
/// Every incoming message's HMAC is checked before it is read; a message with a bad signature is
/// logged and dropped, never executed.
public final class KernelServer: @unchecked Sendable {
    private let context: ZMQContext
    private let shell: ZMQSocket
    private let control: ZMQSocket
    private let stdin: ZMQSocket
    private let heartbeat: ZMQSocket
    private let publisher: Publisher
    private let signer: MessageSigner
    private let handler: RequestHandler
    private let log: @Sendable (String) -> Void

    /// Binds every channel of `connection`.
    ///
    /// - Parameters:
    ///   - connection: the connection file's contents.
    ///   - timeout: seconds each execute may run, like `nbrun --timeout`.
    ///   - log: receives one line per dropped message or failure (the command writes them to stderr).
    ///   - inherited: listening sockets from `nbrun-kernel-launcher`, used instead of binding their ports.
    /// - Throws: `ZMQError` when libzmq cannot be loaded or a port cannot be bound.
    public init(
        connection: ConnectionInfo, timeout: Double, inherited: InheritedSockets = InheritedSockets(),
        log: @escaping @Sendable (String) -> Void
    ) throws(ZMQError) {
        context = try ZMQContext()
        signer = MessageSigner(key: connection.key)
        self.log = log
        shell = try ZMQSocket(context, kind: .router)
        control = try ZMQSocket(context, kind: .router)
        stdin = try ZMQSocket(context, kind: .router)
        heartbeat = try ZMQSocket(context, kind: .router)
        let iopub = try ZMQSocket(context, kind: .publisher)
        publisher = Publisher(socket: iopub, signer: signer)
        try shell.bind(connection.endpoint(connection.shellPort), listeningSocket: inherited.listeningSocket(for: "shell"))
        try control.bind(connection.endpoint(connection.controlPort), listeningSocket: inherited.listeningSocket(for: "control"))
        try stdin.bind(connection.endpoint(connection.stdinPort), listeningSocket: inherited.listeningSocket(for: "stdin"))
        try heartbeat.bind(connection.endpoint(connection.hbPort), listeningSocket: inherited.listeningSocket(for: "hb"))
        try iopub.bind(connection.endpoint(connection.iopubPort), listeningSocket: inherited.listeningSocket(for: "iopub"))
        // The session is made after the ports are bound: a client that connects while the kernel is still
        // starting finds them open (its requests wait in the queue) instead of being refused and retrying
        // only after ZeroMQ's 100 ms reconnect interval.
        handler = RequestHandler(timeout: timeout)
    }

    /// Serves requests until a `shutdown_request`, then closes every socket and returns.
    public func run() {
        let controlDone = DispatchSemaphore(value: 0)
        let heartbeatDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread { [self] in
            serve(control, only: KernelServer.controlRequests)
            controlDone.signal()
        }
        Thread.detachNewThread { [self] in
            context.echo(heartbeat)
            heartbeat.close()
            heartbeatDone.signal()
        }
        let interrupts = interruptOnSIGINT()
        serve(shell, only: nil)
        interrupts.cancel()
        controlDone.wait()
        heartbeatDone.wait()
        stdin.close()
        publisher.close()
        context.terminate()
    }

    /// What the control thread answers: requests that need no session state, so they may overlap an execute.
    static let controlRequests: Set<String> = ["kernel_info_request", "interrupt_request", "shutdown_request"]

    /// Reads and answers the requests of one ROUTER channel until the context shuts down.
    /// - Parameter only: the message types this channel accepts (nil: all).
    private func serve(_ socket: ZMQSocket, only accepted: Set<String>?) {
        defer { socket.close() }
        while true {
            let frames: [[UInt8]]
            do {
                frames = try socket.receive()
            } catch {
                if !error.isTerminated { log("nbrun kernel: \(error)") }
                return
            }
            let request: WireMessage
            do {
                request = try WireMessage.decode(frames, signer: signer)
            } catch {
                log("nbrun kernel: dropped a message: \(error)")
                continue
            }
            if let accepted, !accepted.contains(request.type) {
                log("nbrun kernel: '\(request.type)' is not served on the control channel")
                continue
            }
            switch handler.handle(request, publish: publisher.publish) {
            case .ignored:
                log("nbrun kernel: ignored a '\(request.type)' message")
            case .reply(let reply):
                try? socket.send(reply.encode(signer: signer))
            case .shutdown(let reply):
                try? socket.send(reply.encode(signer: signer))
                context.shutdown()
                return
            }
        }
    }

    /// Jupyter interrupts kernels whose spec says `interrupt_mode: signal` with SIGINT; nbrun's says
    /// `message`, but a terminal's Ctrl-C should also only stop the running cell.
    private func interruptOnSIGINT() -> any DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [handler] in handler.interrupt() }
        source.resume()
        return source
    }
}
