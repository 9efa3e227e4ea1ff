final class Token {
    let text: String
    private(set) var uses = 0

    init(_ text: String) { self.text = text }

    func use() -> String {
        uses += 1
        return text
    }
}

class Base {
    final func greet() -> String { "hello from \(name())" }
    func name() -> String { "base" }
}

class Derived: Base {
    override func name() -> String { "derived" }
}

let t = Token("abc")
print(t.use(), t.use())
print(t.uses)
print(Base().greet())
print(Derived().greet())
