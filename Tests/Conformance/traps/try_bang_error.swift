enum ParseError: Error {
    case notANumber(String)
}
func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw ParseError.notANumber(s) }
    return n
}
print(try! parse("12"))
print(try! parse("40") + 2)
print(try! parse("twelve"))
