let inputs = ["42", "x", "3.5", "-8", "1e2"]
for text in inputs {
    let i = Int(text)
    let d = Double(text)
    print(text, i as Any, d as Any)
}
let total = inputs.compactMap { Int($0) }.reduce(0, +)
print(total)
let value = Int("12") ?? 0
print(value)
let fallback = Double("oops") ?? -1
print(fallback)
if let n = Int("99"), n > 50 {
    print("big number", n)
}
