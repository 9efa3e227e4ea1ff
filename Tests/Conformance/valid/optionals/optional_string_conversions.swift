let texts = ["3", "three", "3.0", ""]
for t in texts {
    let asInt = Int(t)
    let asDouble = Double(t)
    let summary = "\(t.isEmpty ? "<empty>" : t): int=\(asInt.map(String.init) ?? "nil") double=\(asDouble.map { String($0) } ?? "nil")"
    print(summary)
}
let maybeChar = "hello".first
print(maybeChar as Any)
print(maybeChar.map { String($0).uppercased() } ?? "")
let empty = "".first
print(empty as Any)
