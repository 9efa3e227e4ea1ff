let name = "Ada"
let age = 36
print("Hello, \(name)!")
print("\(name) is \(age) years old")
print("Next year: \(age + 1)")
let price = 4.5
print("Total: \(price * 3)")
print("List: \([1, 2, 3])")
print("Tuple: \((1, "a"))")
print("Bool: \(age > 30)")
print("Nested: \("inner \(name.count)")")
let items = ["x", "y"]
print("\(items.count) items: \(items.joined(separator: ", "))")
