let bytes: [UInt8] = [10, 200, 255, 0, 128]
var checksum: UInt8 = 0
for b in bytes {
    checksum = checksum &+ b
}
print(checksum)
var xorSum: UInt8 = 0
for b in bytes { xorSum ^= b }
print(xorSum)
print(bytes.map { Int($0) }.reduce(0, +))
print(UInt8(65), Character(Unicode.Scalar(UInt8(65))))
print(bytes.max()!, bytes.min()!)
let half = bytes.map { $0 / 2 }
print(half)
print(UInt8(7) % 3, UInt8(255) / 16)
