struct Problem {
    var message: String
}

func risky() throws {
    throw Problem(message: "bad")
}

try? risky()
