protocol Named {
    var name: String { get set }
}

struct City: Named {
    let name: String
}

var c = City(name: "Oslo")
print(c.name)
