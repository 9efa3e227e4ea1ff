var s = "Hello, Swift"
s.removeAll { $0 == "l" }
print(s)
var t = "banana"
if let i = t.firstIndex(of: "n") {
    t.remove(at: i)
}
print(t)
var u = "abcdef"
u.removeSubrange(u.index(u.startIndex, offsetBy: 1)..<u.index(u.startIndex, offsetBy: 3))
print(u)
var words = "one two"
words.append(" three")
print(words, words.count)
var z = "tail"
print(z.popLast()!, z)
z.removeAll()
print(z.isEmpty)
