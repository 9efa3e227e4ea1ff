class Thing {
    let label: String
    init(_ label: String) { self.label = label }
}

var things: [Any] = []
things.append(0)
things.append(42)
things.append(3.14159)
things.append("hello")
things.append((3.0, 5.0))
things.append(Thing("box"))
things.append([1, 2])
things.append(-2.5)

for thing in things {
    switch thing {
    case 0 as Int:
        print("zero as an Int")
    case let someInt as Int:
        print("an integer value of \(someInt)")
    case let d as Double where d > 0:
        print("a positive double value of \(d)")
    case is Double:
        print("some other double")
    case let s as String:
        print("a string value of \"\(s)\"")
    case let (x, y) as (Double, Double):
        print("an (x, y) point at \(x), \(y)")
    case let t as Thing:
        print("a thing called \(t.label)")
    default:
        print("something else")
    }
}
