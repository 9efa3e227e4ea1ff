let values = ["1", "2", "3"]
let numbers = values.map { Int($0)! }
print(numbers)
let dict = ["k": 5]
print(dict["k"]! + 1)
let first = numbers.first!
print(first)
var cache: [String: [Int]] = ["a": []]
cache["a"]!.append(9)
cache["a"]!.append(10)
print(cache["a"]!)
let maybe: Int? = 8
if maybe != nil {
    print(maybe! * 2)
}
