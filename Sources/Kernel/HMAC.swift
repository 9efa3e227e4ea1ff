// Message signatures: HMAC-SHA256 (RFC 2104, FIPS 180-4) from swift-crypto, keyed with the
// connection file's key, as the Jupyter messaging protocol signs the header, parent header,
// metadata and content frames.

import Crypto

/// HMAC-SHA256 with a fixed key.
struct HMACSHA256 {
    private let key: SymmetricKey

    init(key: [UInt8]) { self.key = SymmetricKey(data: key) }

    /// The 32-byte tag of the concatenation of `parts`.
    func tag(_ parts: [[UInt8]]) -> [UInt8] {
        var mac = HMAC<SHA256>(key: key)
        for part in parts { mac.update(data: part) }
        return Array(mac.finalize())
    }

    /// The tag as lower-case hex, as Jupyter puts it in a message's signature frame.
    func hexTag(_ parts: [[UInt8]]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for byte in tag(parts) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether two signatures are equal, in time independent of where they differ.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0
    }
}
