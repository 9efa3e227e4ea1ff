class Cat { let name = "Tom" }
class Mouse { let name = "Jerry" }

let objects: [AnyObject] = [Cat(), Mouse(), Cat()]
var cats = 0
for o in objects {
    if let c = o as? Cat {
        cats += 1
        print("cat", c.name)
    } else if o is Mouse {
        print("a mouse")
    }
}
print(cats)
let values: [Any] = [1, "two", 3.0, Cat(), [4]]
let ints = values.compactMap { $0 as? Int }
let strings = values.compactMap { $0 as? String }
print(ints, strings)
print(values.contains { $0 is Cat })
