protocol Greeter {
    func greet(_ name: String) -> String
    func farewell() -> String
}

struct EnglishGreeter: Greeter {
    func greet(_ name: String) -> String { "Hello, \(name)!" }
    func farewell() -> String { "Goodbye" }
}

struct SpanishGreeter: Greeter {
    func greet(_ name: String) -> String { "¡Hola, \(name)!" }
    func farewell() -> String { "Adiós" }
}

let greeters: [Greeter] = [EnglishGreeter(), SpanishGreeter()]
for g in greeters {
    print(g.greet("Sam"))
    print(g.farewell())
}
func welcome(_ g: Greeter, names: [String]) {
    for n in names { print(g.greet(n)) }
}
welcome(SpanishGreeter(), names: ["Ana", "Luis"])
