import CZMQ
import Foundation

/// The ZeroMQ error behind a failed call, with libzmq's own message.
public struct ZMQError: Error, CustomStringConvertible, Sendable {
    /// What nbrun was doing, such as `bind tcp://127.0.0.1:5555`.
    public var operation: String
    /// `zmq_strerror`'s text.
    public var reason: String
    /// True when the context was shut down (the kernel is stopping).
    public var isTerminated: Bool

    /// `operation: reason`.
    public var description: String { "\(operation): \(reason)" }

    static func last(_ operation: String) -> ZMQError {
        let code = nbrun_zmq_errno()
        return ZMQError(operation: operation, reason: String(cString: nbrun_zmq_strerror(code)), isTerminated: code == czmq_eterm)
    }
}

/// A ZeroMQ context: owns every socket of one kernel. This file is the only one that touches libzmq
/// (through CZMQ, which opens it on the first context).
public final class ZMQContext: @unchecked Sendable {
    fileprivate let handle: UnsafeMutableRawPointer

    /// Creates a context, opening libzmq first if this is the process's first.
    /// - Throws: `ZMQError` when libzmq cannot be loaded or the context cannot be made.
    public init() throws(ZMQError) {
        if let failure = nbrun_zmq_load() {
            throw ZMQError(operation: "load libzmq", reason: String(cString: failure), isTerminated: false)
        }
        guard let handle = nbrun_zmq_ctx_new() else { throw .last("zmq_ctx_new") }
        self.handle = handle
    }

    /// Makes every blocking call on this context's sockets return with `isTerminated` (used to stop).
    public func shutdown() {
        nbrun_zmq_ctx_shutdown(handle)
    }

    /// Waits for the sockets' pending messages (up to their linger time) and frees the context; every
    /// socket must be closed first.
    public func terminate() {
        while nbrun_zmq_ctx_term(handle) != 0 && nbrun_zmq_errno() == EINTR {}
    }

    /// Echoes every message a socket receives back to its sender until the context shuts down
    /// (ipykernel's heartbeat is the same `zmq_proxy` of a ROUTER socket onto itself).
    public func echo(_ socket: ZMQSocket) {
        nbrun_zmq_proxy(socket.handle, socket.handle, nil)
    }
}

/// One ZeroMQ socket. Like libzmq's own, it is used by one thread at a time.
public final class ZMQSocket: @unchecked Sendable {
    /// The socket patterns the Jupyter channels use.
    public enum Kind: Sendable {
        case router, publisher, dealer, request

        var raw: Int32 {
            switch self {
            case .router: ZMQ_ROUTER
            case .publisher: ZMQ_PUB
            case .dealer: ZMQ_DEALER
            case .request: ZMQ_REQ
            }
        }
    }

    fileprivate let handle: UnsafeMutableRawPointer
    private var closed = false

    /// Opens a socket of `kind` in `context`; pending messages are flushed for at most a second on close.
    public init(_ context: ZMQContext, kind: Kind) throws(ZMQError) {
        guard let handle = nbrun_zmq_socket(context.handle, kind.raw) else { throw .last("zmq_socket") }
        self.handle = handle
        var linger: Int32 = 1000
        nbrun_zmq_setsockopt(handle, ZMQ_LINGER, &linger, MemoryLayout<Int32>.size)
    }

    deinit { close() }

    /// Binds to `endpoint`, such as `tcp://127.0.0.1:5555`.
    /// - Parameter listeningSocket: a TCP socket already bound to `endpoint` and listening (inherited from
    ///   `nbrun-kernel-launcher`), which ZeroMQ then accepts on instead of opening its own (`ZMQ_USE_FD`).
    public func bind(_ endpoint: String, listeningSocket: Int32? = nil) throws(ZMQError) {
        if var descriptor = listeningSocket {
            guard nbrun_zmq_setsockopt(handle, ZMQ_USE_FD, &descriptor, MemoryLayout<Int32>.size) == 0 else {
                throw .last("use inherited socket \(descriptor) for \(endpoint)")
            }
        }
        guard nbrun_zmq_bind(handle, endpoint) == 0 else { throw .last("bind \(endpoint)") }
    }

    /// Connects to `endpoint` (used by tests acting as a client).
    public func connect(_ endpoint: String) throws(ZMQError) {
        guard nbrun_zmq_connect(handle, endpoint) == 0 else { throw .last("connect \(endpoint)") }
    }

    /// The endpoint the socket is bound to (with the port the system chose for `tcp://…:*`).
    public var lastEndpoint: String {
        var buffer = [CChar](repeating: 0, count: 256)
        var size = buffer.count
        nbrun_zmq_getsockopt(handle, ZMQ_LAST_ENDPOINT, &buffer, &size)
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Sends the frames of one multipart message.
    public func send(_ frames: [[UInt8]]) throws(ZMQError) {
        for (index, frame) in frames.enumerated() {
            let flags = index < frames.count - 1 ? ZMQ_SNDMORE : 0
            let sent = frame.withUnsafeBytes { nbrun_zmq_send(handle, $0.baseAddress, frame.count, flags) }
            guard sent >= 0 else { throw .last("send") }
        }
    }

    /// Receives all frames of the next multipart message, waiting for it.
    public func receive() throws(ZMQError) -> [[UInt8]] {
        var frames: [[UInt8]] = []
        var message = zmq_msg_t()
        nbrun_zmq_msg_init(&message)
        defer { nbrun_zmq_msg_close(&message) }
        while true {
            var received: Int32
            repeat { received = nbrun_zmq_msg_recv(&message, handle, 0) } while received < 0 && nbrun_zmq_errno() == EINTR
            guard received >= 0 else { throw .last("receive") }
            let size = nbrun_zmq_msg_size(&message)
            let bytes = nbrun_zmq_msg_data(&message).map { UnsafeRawBufferPointer(start: $0, count: size) }
            frames.append(bytes.map { [UInt8]($0) } ?? [])
            guard nbrun_zmq_msg_more(&message) != 0 else { return frames }
        }
    }

    /// Closes the socket (also done on deinit).
    public func close() {
        guard !closed else { return }
        closed = true
        nbrun_zmq_close(handle)
    }

    /// Waits up to `timeout` milliseconds (-1: forever) until one of `sockets` has a message.
    /// - Returns: The indices of the sockets that can be read.
    public static func poll(_ sockets: [ZMQSocket], timeout: Int) throws(ZMQError) -> [Int] {
        var items = sockets.map { zmq_pollitem_t(socket: $0.handle, fd: 0, events: Int16(ZMQ_POLLIN), revents: 0) }
        var ready: Int32
        repeat { ready = nbrun_zmq_poll(&items, Int32(items.count), timeout) } while ready < 0 && nbrun_zmq_errno() == EINTR
        guard ready >= 0 else { throw .last("poll") }
        return items.indices.filter { items[$0].revents & Int16(ZMQ_POLLIN) != 0 }
    }
}
