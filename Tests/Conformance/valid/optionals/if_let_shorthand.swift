let nickname: String? = "Ace"
let age: Int? = nil
if let nickname {
    print("Hi, \(nickname)")
}
if let age {
    print("age", age)
} else {
    print("age unknown")
}
func greet(_ name: String?) {
    guard let name else {
        print("no name")
        return
    }
    print("hello", name)
}
greet("Ida")
greet(nil)
var score: Int? = 7
if var score {
    score *= 2
    print(score)
}
print(score!)
