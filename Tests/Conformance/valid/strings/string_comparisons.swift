print("apple" == "apple")
print("apple" < "apricot")
print("Zulu" < "alpha")
print("a" < "B")
print("10" < "9")
let names = ["bob", "Alice", "carol", "Dave"]
print(names.sorted())
print(names.sorted { $0.lowercased() < $1.lowercased() })
print(names.max()!)
print("é" == "e\u{301}")
print("abc".compare2("abd"))
extension String {
    func compare2(_ other: String) -> Int { self < other ? -1 : (self == other ? 0 : 1) }
}
