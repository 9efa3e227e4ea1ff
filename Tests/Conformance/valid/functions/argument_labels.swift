func greet(person name: String, from town: String) -> String {
    "Hello \(name)! Glad you could visit from \(town)."
}
print(greet(person: "Bill", from: "Cupertino"))
func move(from start: Int, to end: Int) -> Int { end - start }
print(move(from: 3, to: 10))
func area(_ width: Double, _ height: Double) -> Double { width * height }
print(area(3, 4.5))
func join(_ parts: [String], with separator: String) -> String {
    parts.joined(separator: separator)
}
print(join(["a", "b", "c"], with: "/"))
func power(base: Int, exponent: Int) -> Int {
    (0..<exponent).reduce(1) { acc, _ in acc * base }
}
print(power(base: 3, exponent: 4))
