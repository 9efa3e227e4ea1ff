var s = ""
for i in 1...5 {
    s += String(i)
    if i < 5 { s += "," }
}
print(s)
var t = "abc"
t.append("d")
t.append(contentsOf: "ef")
print(t)
t.insert("X", at: t.startIndex)
print(t)
t.insert(contentsOf: "YZ", at: t.endIndex)
print(t)
t.removeFirst()
t.removeLast(2)
print(t)
let removed = t.remove(at: t.index(t.startIndex, offsetBy: 2))
print(removed, t)
print(String(repeating: "ab", count: 3))
print(String(repeating: Character("-"), count: 10))
