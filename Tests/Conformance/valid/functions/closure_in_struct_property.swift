struct Validator {
    let name: String
    let rule: (String) -> Bool
    func check(_ s: String) -> String { "\(name): \(rule(s) ? "ok" : "fail")" }
}
let validators = [
    Validator(name: "nonEmpty") { !$0.isEmpty },
    Validator(name: "short") { $0.count <= 5 },
    Validator(name: "digits") { $0.allSatisfy(\.isNumber) },
]
for input in ["123", "hello world", ""] {
    print("[\(input)]", validators.map { $0.check(input) }.joined(separator: ", "))
}
