protocol Entity {
    var id: Int { get }
}

protocol Named: Entity {
    var name: String { get }
}

protocol Printable: Named {
    func label() -> String
}

extension Printable {
    func label() -> String { "#\(id) \(name)" }
}

struct Customer: Printable {
    let id: Int
    let name: String
}

struct Supplier: Printable {
    let id: Int
    let name: String
    func label() -> String { "supplier \(name) (\(id))" }
}

let all: [Printable] = [Customer(id: 1, name: "Acme"), Supplier(id: 2, name: "Parts Co")]
for p in all {
    print(p.label())
}
func ids(_ xs: [Entity]) -> [Int] { xs.map(\.id) }
print(ids(all))
let n: Named = Customer(id: 9, name: "Zed")
print(n.name, n.id)
