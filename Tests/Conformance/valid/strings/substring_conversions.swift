let line = "key: value with spaces"
let colon = line.firstIndex(of: ":")!
let key = line[..<colon]
let value = line[line.index(after: colon)...].drop(while: { $0 == " " })
print(key)
print(value)
print(type(of: key))
let keyString = String(key)
print(keyString.count, type(of: keyString))
print(value.uppercased())
print(key + "=" + value)
let words = value.split(separator: " ")
print(words.map { $0.count })
