let raw: String? = "17"
if let r = raw, let n = Int(r) { print("if-let:", n) }
let viaMap = raw.flatMap(Int.init) ?? -1
print("flatMap:", viaMap)
switch raw.flatMap(Int.init) {
case let n?: print("switch:", n)
case nil: print("switch: nil")
}
func unwrap(_ s: String?) -> Int {
    guard let s, let n = Int(s) else { return 0 }
    return n
}
print("guard:", unwrap(raw), unwrap(nil), unwrap("z"))
