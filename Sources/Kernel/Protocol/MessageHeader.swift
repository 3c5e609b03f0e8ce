import Foundation

/// Makes the headers of the messages a kernel sends: a fresh `msg_id`, the kernel's session id, the
/// time, and protocol version 5.3.
public struct MessageHeader: Sendable {
    /// The kernel's session id, the same on every message it sends.
    public let session: String
    /// The protocol version nbrun speaks.
    public static let protocolVersion = "5.3"

    /// A header maker with a new random session id.
    public init(session: String = UUID().uuidString.lowercased()) {
        self.session = session
    }

    /// A new header for a message of `type`.
    public func make(_ type: String) -> JSON {
        [
            "msg_id": .string(UUID().uuidString.lowercased()),
            "session": .string(session),
            "username": "nbrun",
            "date": .string(Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(Date())),
            "msg_type": .string(type),
            "version": .string(MessageHeader.protocolVersion),
        ]
    }

    /// The message of `type` answering or following `request`: its identities and header are the parent's.
    public func reply(to request: WireMessage, type: String, content: JSON) -> WireMessage {
        WireMessage(identities: request.identities, header: make(type), parentHeader: request.header, content: content)
    }

    /// A message of `type` on IOPub belonging to `request` (no routing identities: it is broadcast).
    public func broadcast(for request: WireMessage, type: String, content: JSON) -> WireMessage {
        WireMessage(header: make(type), parentHeader: request.header, content: content)
    }
}
