enum LoadError: Error {
    case missing
}

func load(_ name: String) throws -> String {
    if name.isEmpty { throw LoadError.missing }
    return "content of \(name)"
}

let text = try load("notes.txt")
print(text)
func show() {
    let other = try load("b.txt")
    print(other)
}
