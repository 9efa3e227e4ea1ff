class Registry {
    private var items: [String: Int] = [:]

    func register(_ name: String) -> Int {
        if let id = items[name] { return id }
        let id = items.count + 1
        items[name] = id
        return id
    }

    var names: [String] { items.keys.sorted() }
}

class Service {
    let registry: Registry
    init(registry: Registry) { self.registry = registry }
    func handle(_ name: String) -> String { "\(name)#\(registry.register(name))" }
}

let shared = Registry()
let s1 = Service(registry: shared)
let s2 = Service(registry: shared)
print(s1.handle("alpha"))
print(s2.handle("beta"))
print(s2.handle("alpha"))
print(s1.handle("gamma"))
print(shared.names)
