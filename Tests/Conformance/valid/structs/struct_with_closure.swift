struct Validator {
    let name: String
    let check: (String) -> Bool
}

let validators = [
    Validator(name: "nonEmpty", check: { !$0.isEmpty }),
    Validator(name: "short", check: { $0.count <= 5 }),
    Validator(name: "lowercase", check: { $0 == $0.lowercased() }),
]

for word in ["swift", "Hello", "", "abcdefg"] {
    let failed = validators.filter { !$0.check(word) }.map { $0.name }
    if failed.isEmpty {
        print("'\(word)' ok")
    } else {
        print("'\(word)' fails \(failed.joined(separator: ","))")
    }
}
