enum ParseError: Error {
    case invalid
}

func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw ParseError.invalid }
    return n
}

do {
    let value = parse("12")
    print(value)
} catch {
    print(error)
}
