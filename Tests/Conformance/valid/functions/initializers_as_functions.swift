let numbers = [1, 2, 3]
print(numbers.map(String.init))
print(["4", "x", "6"].compactMap(Int.init))
print(numbers.map(Double.init))
let chars = ["a", "b"].map(Character.init)
print(chars)
struct Tag {
    let name: String
    init(_ name: String) { self.name = "#" + name }
}
print(["swift", "code"].map(Tag.init).map(\.name))
print([65, 66, 67].compactMap(UnicodeScalar.init).map(String.init))
print(numbers.map(String.init).joined(separator: "+"))
