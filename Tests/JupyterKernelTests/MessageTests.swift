import Foundation
import Testing

@testable import Kernel

@Suite struct HMACTests {
    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    @Test func hmacMatchesRFC4231() {
        // Test case 1: key 20 × 0x0b, "Hi There".
        let one = HMACSHA256(key: [UInt8](repeating: 0x0b, count: 20)).hexTag([Array("Hi There".utf8)])
        #expect(one == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        // Test case 2: key "Jefe", split over two parts (a message's frames are signed in sequence).
        let two = HMACSHA256(key: Array("Jefe".utf8)).hexTag([Array("what do ya want ".utf8), Array("for nothing?".utf8)])
        #expect(two == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        // Test case 6: a 131-byte key (longer than a block, so it is hashed first).
        let six = HMACSHA256(key: [UInt8](repeating: 0xaa, count: 131))
            .hexTag([Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)])
        #expect(six == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }
}

@Suite struct MessageCodecTests {
    let codec = MessageCodec(key: "secret", session: "s1")

    @Test func aMessageRoundTripsWithItsIdentities() throws {
        let frames = codec.encode("kernel_info_request", content: ["a": 1], parent: nil, identities: [Array("client".utf8)])
        let message = try codec.decode(frames)
        #expect(message.type == "kernel_info_request")
        #expect(message.identities == [Array("client".utf8)])
        #expect(message.content["a"] as? Int == 1)
        #expect(message.header["session"] as? String == "s1")
        #expect(message.header["version"] as? String == "5.3")
    }

    @Test func aBadSignatureIsRejected() {
        var frames = codec.encode("execute_request", content: ["code": "1"], parent: nil)
        frames[1] = Array(String(repeating: "0", count: 64).utf8)
        #expect(throws: MessageError.badSignature) { try codec.decode(frames) }
        let otherKey = MessageCodec(key: "other", session: "s2").encode("execute_request", content: [:], parent: nil)
        #expect(throws: MessageError.badSignature) { try codec.decode(otherKey) }
    }

    @Test func malformedMessagesAreRejectedWithTheReason() {
        #expect(throws: MessageError.noDelimiter) { try codec.decode([Array("x".utf8)]) }
        #expect(throws: MessageError.missingFrames(2)) { try codec.decode([MessageCodec.delimiter, [], []]) }
        let unsigned = MessageCodec(key: "", session: "s")
        let notJSON: [[UInt8]] = [MessageCodec.delimiter, [], Array("{".utf8), Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)]
        #expect(throws: MessageError.notJSON(frame: "header")) { try unsigned.decode(notJSON) }
        let noType: [[UInt8]] = [MessageCodec.delimiter, [], Array("{}".utf8), Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)]
        #expect(throws: MessageError.noMessageType) { try unsigned.decode(noType) }
    }

    @Test func aReplyNamesItsParent() throws {
        let request = try codec.decode(codec.encode("execute_request", content: [:], parent: nil))
        let reply = try codec.decode(codec.encode("execute_reply", content: [:], parent: request))
        #expect(reply.parentHeader["msg_id"] as? String == request.header["msg_id"] as? String)
    }

    @Test func connectionFilesAreReadAndCheckedField() throws {
        let json =
            #"{"shell_port": 1, "iopub_port": 2, "stdin_port": 3, "control_port": 4, "hb_port": 5, "ip": "127.0.0.1","#
            + #" "key": "k", "transport": "tcp", "signature_scheme": "hmac-sha256"}"#
        let info = try ConnectionInfo.parse(Data(json.utf8), path: "c.json")
        #expect(info.endpoint(info.shellPort) == "tcp://127.0.0.1:1")
        #expect(info.key == "k")
        let bad = #"{"shell_port": "x"}"#
        #expect(throws: KernelError.self) { try ConnectionInfo.parse(Data(bad.utf8), path: "c.json") }
    }
}
