class Dog {
    var name = "Rex"
}

class Empty {}

let d = Dog()
print(d)
print(Empty())
print([Dog(), Dog()].count)
print("dog: \(d)")
print(String(describing: d))
print(type(of: d))
print(d.name)
