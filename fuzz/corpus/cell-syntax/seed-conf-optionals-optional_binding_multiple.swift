let fields = ["name": "Eve", "age": "29", "city": "Turin"]
if let name = fields["name"], let ageText = fields["age"], let age = Int(ageText) {
    print("\(name) is \(age)")
}
if let email = fields["email"] {
    print(email)
} else if let city = fields["city"] {
    print("no email; lives in \(city)")
}
let maybeA: Int? = 2, maybeB: Int? = nil
if let a = maybeA, let b = maybeB {
    print(a + b)
} else {
    print("one is missing")
}
