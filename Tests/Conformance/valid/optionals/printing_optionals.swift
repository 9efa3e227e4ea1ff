let some: Int? = 42
let none: Int? = nil
print(some as Any)
print(none as Any)
print(String(describing: some))
print(String(describing: none))
let name: String? = "Zoe"
print(name as Any)
print([some, none, 7])
let d: Double? = 2.5
print(d as Any)
print(Optional(Optional(1)) as Any)
let arr: [String]? = ["a"]
print(arr as Any)
