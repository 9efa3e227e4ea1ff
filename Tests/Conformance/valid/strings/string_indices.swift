import Foundation

let s = "Hello, world"
let start = s.startIndex
let fifth = s.index(start, offsetBy: 4)
print(s[fifth])
print(s[s.index(before: s.endIndex)])
print(s[s.index(after: start)])
let comma = s.firstIndex(of: ",")!
print(s[..<comma])
print(s[s.index(comma, offsetBy: 2)...])
let range = s.range(of: "world")!
print(s[range])
print(s.distance(from: s.startIndex, to: range.lowerBound))
var t = s
t.replaceSubrange(range, with: "Swift")
print(t)
print(s.index(start, offsetBy: 20, limitedBy: s.endIndex) == nil)
