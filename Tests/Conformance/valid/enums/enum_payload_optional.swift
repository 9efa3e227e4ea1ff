enum Field {
    case name(String?)
    case age(Int?)
}

let fields: [Field] = [.name("Ann"), .name(nil), .age(30), .age(nil)]
for f in fields {
    switch f {
    case .name(let n?):
        print("name", n)
    case .name(nil):
        print("no name")
    case .age(let a?) where a >= 18:
        print("adult", a)
    case .age:
        print("age unknown or minor")
    }
}
print(fields.count)
