enum DecodeError: Error {
    case badHeader
}

func header(_ data: [UInt8]) throws -> Int {
    guard data.count >= 2, data[0] == 0xCA else { throw DecodeError.badHeader }
    return Int(data[1])
}

func describe(_ data: [UInt8]) -> String {
    guard let version = try? header(data) else {
        return "unreadable"
    }
    guard version >= 2 else {
        return "too old (v\(version))"
    }
    return "version \(version), payload \(data.count - 2) bytes"
}

print(describe([0xCA, 3, 1, 2, 3]))
print(describe([0xCA, 1]))
print(describe([0xFE, 3]))
print(describe([0xCA]))
print(describe([0xCA, 2]))
