let x: Int? = 5
let y: Int? = nil
print(x == 5)
print(y == nil)
print(x != nil)
print(x == y)
print(y == Optional<Int>.none)
let scores: [Int?] = [3, nil, 7]
print(scores.filter { $0 != nil }.count)
print(scores.contains(nil))
print(scores.contains(7))
let maybeName: String? = "amy"
print(maybeName == "amy", maybeName == "bob")
print((x ?? 0) > 3)
