enum Status: String {
    case active, suspended

    var canLogin: Bool { self == .active }
}

struct User {
    var name: String
    var status: Status?
}

let users = [User(name: "a", status: .active), User(name: "b", status: nil),
             User(name: "c", status: .suspended)]
for u in users {
    let can = u.status?.canLogin
    print(u.name, can as Any, u.status?.rawValue ?? "unknown")
}
let actives = users.filter { $0.status == .active }.map(\.name)
print(actives)
let statusParsed = Status(rawValue: "suspended")?.canLogin
print(statusParsed as Any)
