var n = 1
while true {
    n *= 3
    if n > 500 { break }
    if n % 2 == 0 { continue }
    print(n)
}
print("final", n)
let data = [4, 8, 15, 16, 23, 42]
var index = 0
var found: Int? = nil
while index < data.count {
    if data[index] > 15 {
        found = data[index]
        break
    }
    index += 1
}
print(found as Any, index)
