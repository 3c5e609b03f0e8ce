import Testing
@testable import Kernel

@Suite struct MessageSignerTests {
    private let frames = [Array(#"{"msg_id":"1","msg_type":"kernel_info_request"}"#.utf8), Array("{}".utf8),
                          Array("{}".utf8), Array("{}".utf8)]
    /// Python's `hmac.new(b"secret-key", digestmod=hashlib.sha256)` over the same four frames.
    private let pythonSignature = "d24613c901272087168eb7a17b371d2f54d14044dca08737846f4baf86191b6a"

    @Test func signsLikePythonsHMAC() {
        #expect(MessageSigner(key: "secret-key").signature(frames) == pythonSignature)
    }

    @Test func acceptsOnlyTheRightSignature() {
        let signer = MessageSigner(key: "secret-key")
        #expect(signer.isValid(signature: Array(pythonSignature.utf8), frames: frames))
        #expect(signer.isValid(signature: Array(pythonSignature.uppercased().utf8), frames: frames))
        #expect(!MessageSigner(key: "other-key").isValid(signature: Array(pythonSignature.utf8), frames: frames))
        var tampered = frames
        tampered[3] = Array(#"{"code":"1"}"#.utf8)
        #expect(!signer.isValid(signature: Array(pythonSignature.utf8), frames: tampered))
        #expect(!signer.isValid(signature: Array(pythonSignature.dropLast(2).utf8), frames: frames))
        #expect(!signer.isValid(signature: [], frames: frames))
    }

    @Test func anEmptyKeyNeitherSignsNorChecks() {
        let signer = MessageSigner(key: "")
        #expect(signer.signature(frames) == "")
        #expect(signer.isValid(signature: [], frames: frames))
    }
}
