import Testing

import Digests

/// FIPS 180-2's SHA-256 examples and RFC 4231's HMAC-SHA256 test cases.
@Suite struct DigestsTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256OfTheStandardsExamples(message: String, digest: String) {
        #expect(SHA256Hasher.hash(Array(message.utf8)).hexDigits == digest)
        let hasher = SHA256Hasher()
        hasher.update(message)
        #expect(hasher.finalize().hexDigits == digest)
    }

    @Test func aMillionAsFedInPiecesOfEverySize() {
        let hasher = SHA256Hasher()
        var fed = 0
        var size = 1
        while fed < 1_000_000 {
            let piece = min(size, 1_000_000 - fed)
            hasher.update(repeatElement(UInt8(ascii: "a"), count: piece))  // not contiguous: copied first
            fed += piece
            size = size % 997 + 1
        }
        #expect(hasher.finalize().hexDigits == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test(arguments: [
        ([UInt8](repeating: 0x0b, count: 20), "Hi There",
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        (Array("Jefe".utf8), "what do ya want for nothing?",
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        ([UInt8](repeating: 0xaa, count: 131), "Test Using Larger Than Block-Size Key - Hash Key First",
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
    ])
    func hmacOfRFC4231sCases(key: [UInt8], message: String, code: String) {
        #expect(HMACSHA256.code(key: key, message: Array(message.utf8)).hexDigits == code)
    }

    @Test func aCodeIsValidOnlyWhenEveryByteMatches() {
        let key = Array("Jefe".utf8), message = Array("what do ya want for nothing?".utf8)
        let code = HMACSHA256.code(key: key, message: message)
        #expect(HMACSHA256.isValid(code, key: key, message: message))
        var flipped = code
        flipped[31] ^= 1
        #expect(!HMACSHA256.isValid(flipped, key: key, message: message))
        #expect(!HMACSHA256.isValid(Array(code.prefix(31)), key: key, message: message))
        #expect(!HMACSHA256.isValid(code, key: key, message: message + [0]))
    }

    @Test func hexDigitsAreTwoLowerCaseDigitsPerByte() {
        #expect([0x00, 0x0f, 0xa0, 0xff].hexDigits == "000fa0ff")
        #expect([UInt8]().hexDigits == "")
    }
}
