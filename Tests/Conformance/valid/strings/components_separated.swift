import Foundation

let path = "usr/local/bin/swift"
print(path.components(separatedBy: "/"))
let record = "name=Bob;age=42;city="
let fields = record.components(separatedBy: ";")
for field in fields {
    let kv = field.components(separatedBy: "=")
    print(kv[0], "->", kv[1].isEmpty ? "(empty)" : kv[1])
}
print("a, b,  c".components(separatedBy: ", "))
print("1 2\t3\n4".components(separatedBy: .whitespacesAndNewlines))
print("x--y--z".components(separatedBy: "--").count)
print("".components(separatedBy: ","))
