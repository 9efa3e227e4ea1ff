/// How a CSV file's bytes encode text.
public enum CSVEncoding: String, Sendable, CaseIterable {
    /// UTF-8 (with or without a byte-order mark): the default, as in pandas.
    case utf8
    /// ISO-8859-1: each byte is the Unicode scalar of the same value (pandas' `encoding='latin-1'`).
    /// MovieLens 100K's `u.item` is written this way.
    case latin1

    /// Latin-1 bytes re-encoded as UTF-8 (bytes 0x80–0xFF become two bytes each).
    static func utf8(fromLatin1 bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
            } else {
                out.append(0xC0 | (byte >> 6))
                out.append(0x80 | (byte & 0x3F))
            }
        }
        return out
    }
}
