import Testing
@testable import Kernel

@Suite struct WireMessageTests {
    private let signer = MessageSigner(key: "k")
    private let message = WireMessage(
        identities: [Array("client-1".utf8), [0, 1, 2]],
        header: ["msg_id": "a", "msg_type": "execute_request", "version": "5.3"],
        parentHeader: [:], metadata: [:], content: ["code": "print(1)", "silent": false],
        buffers: [[9, 9]])

    @Test func framesAreIdentitiesDelimiterSignatureAndFourJSONObjects() {
        let frames = message.encode(signer: signer)
        #expect(frames.count == 2 + 1 + 1 + 4 + 1)
        #expect(frames[2] == Array("<IDS|MSG>".utf8))
        #expect(String(decoding: frames[3], as: UTF8.self) == signer.signature(Array(frames[4..<8])))
        #expect(String(decoding: frames[4], as: UTF8.self) == #"{"msg_id":"a","msg_type":"execute_request","version":"5.3"}"#)
    }

    @Test func decodingGivesTheMessageBack() throws {
        let decoded = try WireMessage.decode(message.encode(signer: signer), signer: signer)
        #expect(decoded == message)
        #expect(decoded.type == "execute_request")
    }

    @Test func aChangedFrameIsABadSignature() {
        var frames = message.encode(signer: signer)
        frames[7] = Array(#"{"code":"fatalError()","silent":false}"#.utf8)
        #expect(throws: WireMessage.DecodingError.badSignature) { try WireMessage.decode(frames, signer: signer) }
        #expect(throws: WireMessage.DecodingError.badSignature) {
            try WireMessage.decode(message.encode(signer: MessageSigner(key: "wrong")), signer: signer)
        }
    }

    @Test func framesWithoutDelimiterOrJSONAreRejected() {
        let frames = message.encode(signer: signer)
        #expect(throws: WireMessage.DecodingError.malformed) { try WireMessage.decode(Array(frames.prefix(6)), signer: signer) }
        #expect(throws: WireMessage.DecodingError.malformed) {
            try WireMessage.decode(frames.filter { $0 != Array("<IDS|MSG>".utf8) }, signer: signer)
        }
        let unsigned = MessageSigner(key: "")
        let notJSON = [Array("<IDS|MSG>".utf8), [], Array("{}".utf8), Array("{}".utf8), Array("{}".utf8), Array("[1".utf8)]
        #expect(throws: WireMessage.DecodingError.invalidJSON) { try WireMessage.decode(notJSON, signer: unsigned) }
    }
}
