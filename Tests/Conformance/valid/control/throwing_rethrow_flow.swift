struct ValidationError: Error, CustomStringConvertible {
    let field: String
    var description: String { "invalid \(field)" }
}
func validate(name: String, age: Int) throws {
    if name.isEmpty { throw ValidationError(field: "name") }
    if age < 0 { throw ValidationError(field: "age") }
}
let inputs = [("Ann", 3), ("", 5), ("Bo", -1)]
for (name, age) in inputs {
    do {
        try validate(name: name, age: age)
        print("valid:", name)
    } catch let e as ValidationError {
        print("rejected:", e)
    } catch {
        print("unexpected")
    }
}
let squared = try? [1, 2, 3].map { x -> Int in
    if x > 5 { throw ValidationError(field: "x") }
    return x * x
}
print(squared as Any)
