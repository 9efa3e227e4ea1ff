protocol Named {
    var name: String { get }
}

protocol Aged {
    var age: Int { get }
}

struct Person: Named, Aged {
    var name: String
    var age: Int
}

struct Wine: Named, Aged {
    var name: String
    var age: Int
}

func wishHappyBirthday(to celebrator: Named & Aged) {
    print("Happy birthday, \(celebrator.name), you're \(celebrator.age)!")
}

wishHappyBirthday(to: Person(name: "Malcolm", age: 21))
wishHappyBirthday(to: Wine(name: "Rioja", age: 8))

let things: [any Named & Aged] = [Person(name: "Ana", age: 30), Wine(name: "Port", age: 20)]
print(things.map(\.age).reduce(0, +))
func oldest<T: Named & Aged>(_ xs: [T]) -> String {
    xs.max { $0.age < $1.age }!.name
}
print(oldest([Person(name: "x", age: 3), Person(name: "y", age: 9)]))
