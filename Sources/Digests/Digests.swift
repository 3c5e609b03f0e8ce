import COpenSSL

/// SHA-256, fed in pieces, through OpenSSL's EVP interface (the only file that imports OpenSSL).
///
/// The course cache names its entries by the SHA-256 of what a chapter depends on; this is all it needs
/// of a cryptography library, and Debian's libcrypto does it without compiling one (docs/libraries.md).
public final class SHA256Hasher {
    private let context: OpaquePointer

    /// A hasher with nothing fed yet.
    public init() {
        // Allocation failure is the only way these fail; without memory nothing else would run either.
        guard let context = EVP_MD_CTX_new(), EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 else {
            fatalError("OpenSSL could not start a SHA-256 digest")
        }
        self.context = context
    }

    deinit { EVP_MD_CTX_free(context) }

    /// Feeds `bytes`.
    public func update(_ bytes: some Sequence<UInt8>) {
        let fed = bytes.withContiguousStorageIfAvailable { buffer in
            EVP_DigestUpdate(context, buffer.baseAddress, buffer.count)
        }
        if fed == nil { update(Array(bytes)) }
    }

    /// Feeds the UTF-8 bytes of `text`.
    public func update(_ text: String) {
        var text = text
        text.withUTF8 { _ = EVP_DigestUpdate(context, $0.baseAddress, $0.count) }
    }

    /// The 32-byte digest of everything fed; the hasher must not be used afterwards.
    public func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        EVP_DigestFinal_ex(context, &digest, &length)
        return Array(digest.prefix(Int(length)))
    }

    /// The digest of `bytes` in one call.
    public static func hash(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        let hasher = SHA256Hasher()
        hasher.update(bytes)
        return hasher.finalize()
    }
}

/// HMAC-SHA256, which Jupyter's wire protocol signs its messages with.
public enum HMACSHA256 {
    /// The 32-byte authentication code of `message` under `key`.
    public static func code(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var code = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        // OpenSSL reads a null key pointer as "no key" even when the length is 0, hence the dummy byte.
        let keyBytes = key.isEmpty ? [0] : key
        _ = keyBytes.withUnsafeBytes { k in
            message.withUnsafeBufferPointer { m in
                HMAC(EVP_sha256(), k.baseAddress, Int32(key.count), m.baseAddress, m.count, &code, &length)
            }
        }
        return Array(code.prefix(Int(length)))
    }

    /// Whether `code` is the authentication code of `message` under `key`, compared in constant time.
    public static func isValid(_ code: [UInt8], key: [UInt8], message: [UInt8]) -> Bool {
        let expected = Self.code(key: key, message: message)
        guard code.count == expected.count else { return false }
        return CRYPTO_memcmp(code, expected, code.count) == 0
    }
}

extension Array where Element == UInt8 {
    /// The bytes in lower-case hex, two digits each.
    public var hexDigits: String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(count * 2)
        for byte in self {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
