let a = "swift"
var b = "sw"
b += "ift"
print(a == b)
let c = a.uppercased().lowercased()
print(c == a)
let d = String(a.reversed().reversed())
print(d == a)
let s1 = "résumé"
let s2 = "re\u{301}sume\u{301}"
print(s1 == s2, s1.count == s2.count, s1.utf8.count == s2.utf8.count)
print(a.elementsEqual(b))
print(a.starts(with: "sw"))
