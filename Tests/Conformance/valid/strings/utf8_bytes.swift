let s = "Hi €"
let bytes = Array(s.utf8)
print(bytes)
print(bytes.count)
let hex = bytes.map { String($0, radix: 16) }.joined(separator: " ")
print(hex)
let decoded = String(decoding: bytes, as: UTF8.self)
print(decoded)
print(String(decoding: [72, 105], as: UTF8.self))
print(s.utf8.first!, s.utf8.last!)
let ascii = "ABC".utf8.map { $0 + 1 }
print(String(decoding: ascii, as: UTF8.self))
