let a: Int8 = 127
print(a &+ 1)
print(Int8.min &- 1)
let b: UInt8 = 255
print(b &+ 1)
print(b &+ 10)
let zero: UInt8 = 0
print(zero &- 1)
print(Int.max &+ 1 == Int.min)
let c: Int8 = 64
print(c &* 2)
print(c &* 4)
print(UInt8(200) &* 2)
var counter: UInt8 = 250
for _ in 0..<10 {
    counter = counter &+ 1
}
print(counter)
