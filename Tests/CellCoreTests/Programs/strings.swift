let name = "Swift"
var greeting = "Hello, " + name
greeting += "!"
print(greeting, greeting.count)
let n = 3
print("\(n) apples and \(n * 2) pears cost \(1.5 * Double(n))")
let c: Character = "x"
print(c, "abc".uppercased(), "ABC".hasPrefix("AB"))
var s = ""
for ch in "hello" where ch != "l" { s.append(ch) }
print(s)
print(["a", "b"], [c])
print("a", "b", "c", separator: "-", terminator: ".\n")
