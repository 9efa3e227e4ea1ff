func parseAge(_ text: String) -> String {
    guard let age = Int(text) else {
        return "'\(text)' is not a number"
    }
    guard age >= 0 else {
        return "age cannot be negative"
    }
    guard age < 150 else { return "that seems unlikely" }
    return "age is \(age)"
}
for t in ["34", "abc", "-1", "200", "0"] {
    print(parseAge(t))
}
