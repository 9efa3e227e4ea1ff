// Jupyter's wire format (messaging protocol 5.x): the routing identities, the delimiter
// `<IDS|MSG>`, the HMAC signature, then four JSON frames (header, parent header, metadata,
// content) and any binary buffers. Signatures are HMAC-SHA256 over the four JSON frames, hex.

import Foundation

/// The protocol version the kernel speaks.
let protocolVersion = "5.3"

/// A JSON object as Foundation decodes it.
typealias JSONObject = [String: Any]

/// One message, decoded.
struct Message {
    /// The routing identities of the sender (shell and control), echoed back on replies.
    var identities: [[UInt8]]
    var header: JSONObject
    var parentHeader: JSONObject
    var metadata: JSONObject
    var content: JSONObject
    /// The header's `msg_type`, e.g. `execute_request`.
    var type: String { header["msg_type"] as? String ?? "" }
}

/// Why a received message was rejected (the kernel logs it and carries on).
enum MessageError: Error, Equatable, CustomStringConvertible {
    case noDelimiter
    case missingFrames(Int)
    case badSignature
    case notJSON(frame: String)
    case noMessageType

    var description: String {
        switch self {
        case .noDelimiter: return "no '<IDS|MSG>' delimiter frame"
        case .missingFrames(let n): return "expected a signature and 4 JSON frames after the delimiter, got \(n) frames"
        case .badSignature: return "the HMAC signature does not match the connection file's key"
        case .notJSON(let frame): return "the \(frame) frame is not a JSON object"
        case .noMessageType: return "the header has no msg_type"
        }
    }
}

/// Signs, encodes and decodes messages with one key and one kernel session id.
struct MessageCodec {
    static let delimiter = Array("<IDS|MSG>".utf8)
    /// nil when the connection file's key is empty (then messages are neither signed nor checked).
    let hmac: HMACSHA256?
    /// The kernel's session id, in the header of every message it sends.
    let session: String

    init(key: String, session: String = UUID().uuidString.lowercased()) {
        hmac = key.isEmpty ? nil : HMACSHA256(key: Array(key.utf8))
        self.session = session
    }

    /// Decodes and checks a received multipart message.
    func decode(_ frames: [[UInt8]]) throws(MessageError) -> Message {
        guard let split = frames.firstIndex(of: Self.delimiter) else { throw .noDelimiter }
        let rest = Array(frames[(split + 1)...])
        guard rest.count >= 5 else { throw .missingFrames(rest.count) }
        if let hmac {
            let expected = Array(hmac.hexTag(Array(rest[1...4])).utf8)
            guard HMACSHA256.constantTimeEqual(expected, rest[0]) else { throw .badSignature }
        }
        let names = ["header", "parent_header", "metadata", "content"]
        var objects: [JSONObject] = []
        for (name, frame) in zip(names, rest[1...4]) {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(frame))) as? JSONObject else {
                throw .notJSON(frame: name)
            }
            objects.append(object)
        }
        guard objects[0]["msg_type"] is String else { throw .noMessageType }
        return Message(
            identities: Array(frames[..<split]), header: objects[0], parentHeader: objects[1], metadata: objects[2],
            content: objects[3])
    }

    /// The frames of a new message of `type` in reply to (or caused by) `parent`.
    func encode(
        _ type: String, content: JSONObject, parent: Message?, identities: [[UInt8]] = [], metadata: JSONObject = [:]
    ) -> [[UInt8]] {
        let header: JSONObject = [
            "msg_id": UUID().uuidString.lowercased(), "session": session, "username": "kernel",
            "date": Self.timestamp(), "msg_type": type, "version": protocolVersion,
        ]
        let parts = [header, parent?.header ?? [:], metadata, content].map(Self.json)
        let signature = hmac.map { Array($0.hexTag(parts).utf8) } ?? []
        return identities + [Self.delimiter, signature] + parts
    }

    static func json(_ object: JSONObject) -> [UInt8] {
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return Array(data)
    }

    /// ISO 8601 with microseconds and a zone, as Jupyter dates its messages.
    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
