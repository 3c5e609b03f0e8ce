import Digests

/// Signs and checks Jupyter messages with HMAC-SHA256 over the header, parent header, metadata and
/// content frames, as the connection file's `key` and `signature_scheme` ask.
public struct MessageSigner: Sendable {
    private let key: [UInt8]?

    /// A signer for `key`; an empty key means messages are neither signed nor checked (Jupyter's rule).
    public init(key: String) {
        self.key = key.isEmpty ? nil : Array(key.utf8)
    }

    /// The lowercase hex signature of the four frames (empty without a key).
    public func signature(_ frames: [[UInt8]]) -> String {
        guard let key else { return "" }
        return HMACSHA256.code(key: key, message: Array(frames.joined())).hexDigits
    }

    /// Whether `signature` is the one of `frames`, compared in constant time.
    public func isValid(signature: [UInt8], frames: [[UInt8]]) -> Bool {
        guard let key else { return true }
        guard let expected = Self.bytes(hex: signature) else { return false }
        return HMACSHA256.isValid(expected, key: key, message: Array(frames.joined()))
    }

    private static func bytes(hex: [UInt8]) -> [UInt8]? {
        guard hex.count == 64 else { return nil }
        var result: [UInt8] = []
        var index = 0
        while index < hex.count {
            guard let high = nibble(hex[index]), let low = nibble(hex[index + 1]) else { return nil }
            result.append(high << 4 | low)
            index += 2
        }
        return result
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
