/// One Jupyter message as it travels over ZeroMQ: routing identities, the `<IDS|MSG>` delimiter, the
/// HMAC signature, four JSON frames (header, parent header, metadata, content) and extra buffers.
public struct WireMessage: Sendable, Equatable {
    /// The ROUTER socket's routing frames that precede the delimiter (the reply goes back through them).
    public var identities: [[UInt8]]
    /// `msg_id`, `session`, `username`, `date`, `msg_type`, `version`.
    public var header: JSON
    /// The header of the request this message answers (empty object for none).
    public var parentHeader: JSON
    /// Message metadata (usually an empty object).
    public var metadata: JSON
    /// The message type's own fields.
    public var content: JSON
    /// Binary buffers after the content (nbrun sends none and ignores the ones it gets).
    public var buffers: [[UInt8]]

    /// `header.msg_type`.
    public var type: String { header["msg_type"]?.string ?? "" }

    /// The delimiter frame between identities and the signature.
    static let delimiter = Array("<IDS|MSG>".utf8)

    /// Creates a message.
    public init(identities: [[UInt8]] = [], header: JSON, parentHeader: JSON = [:], metadata: JSON = [:],
                content: JSON, buffers: [[UInt8]] = []) {
        self.identities = identities
        self.header = header
        self.parentHeader = parentHeader
        self.metadata = metadata
        self.content = content
        self.buffers = buffers
    }

    /// Why a received message was dropped.
    public enum DecodingError: Error, Equatable, CustomStringConvertible {
        /// No `<IDS|MSG>` delimiter or fewer than five frames after it.
        case malformed
        /// The HMAC signature does not match the frames: the message is never acted on.
        case badSignature
        /// A JSON frame is not a JSON object.
        case invalidJSON

        /// The log line's text.
        public var description: String {
            switch self {
            case .malformed: "malformed message (no <IDS|MSG> delimiter or missing frames)"
            case .badSignature: "invalid HMAC signature"
            case .invalidJSON: "a message frame is not a JSON object"
            }
        }
    }

    /// Parses received frames, checking the signature before anything else is read.
    public static func decode(_ frames: [[UInt8]], signer: MessageSigner) throws(DecodingError) -> WireMessage {
        guard let split = frames.firstIndex(of: delimiter), frames.count - split >= 6 else { throw .malformed }
        let signed = Array(frames[(split + 2)..<(split + 6)])
        guard signer.isValid(signature: frames[split + 1], frames: signed) else { throw .badSignature }
        let parts = signed.map(JSON.parse)
        guard parts.allSatisfy({ if case .object? = $0 { true } else { false } }) else { throw .invalidJSON }
        return WireMessage(identities: Array(frames[..<split]), header: parts[0]!, parentHeader: parts[1]!,
                           metadata: parts[2]!, content: parts[3]!, buffers: Array(frames[(split + 6)...]))
    }

    /// The frames to send, signed with `signer`.
    public func encode(signer: MessageSigner) -> [[UInt8]] {
        let signed = [header.bytes, parentHeader.bytes, metadata.bytes, content.bytes]
        return identities + [WireMessage.delimiter, Array(signer.signature(signed).utf8)] + signed + buffers
    }
}
