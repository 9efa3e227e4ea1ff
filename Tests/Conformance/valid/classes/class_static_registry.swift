class Plugin {
    static private(set) var registry: [String: Plugin] = [:]

    class var identifier: String { "base" }

    static func register(_ p: Plugin) {
        registry[type(of: p).identifier] = p
    }

    func run(_ input: String) -> String { input }
}

class Upper: Plugin {
    override class var identifier: String { "upper" }
    override func run(_ input: String) -> String { input.uppercased() }
}

class Reverse: Plugin {
    override class var identifier: String { "reverse" }
    override func run(_ input: String) -> String { String(input.reversed()) }
}

Plugin.register(Upper())
Plugin.register(Reverse())
Plugin.register(Plugin())
print(Plugin.registry.keys.sorted())
var text = "stressed"
for name in ["reverse", "upper", "missing", "base"] {
    if let p = Plugin.registry[name] {
        text = p.run(text)
        print(name, "->", text)
    } else {
        print("no plugin", name)
    }
}
