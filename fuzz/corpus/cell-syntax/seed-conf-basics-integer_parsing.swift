let inputs = ["42", "-17", "+8", " 5", "3.0", "", "007", "99999999999999999999", "0x10"]
for s in inputs {
    if let n = Int(s) {
        print("\"\(s)\" -> \(n)")
    } else {
        print("\"\(s)\" -> nil")
    }
}
print(Int8("127") as Any, Int8("128") as Any)
print(UInt("-1") as Any)
