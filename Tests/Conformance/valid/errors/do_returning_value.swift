enum ParseError: Error { case notInt(String) }

func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw ParseError.notInt(s) }
    return n
}

func sumOrZero(_ items: [String]) -> Int {
    do {
        var total = 0
        for s in items {
            total += try parse(s)
        }
        return total
    } catch {
        print("could not sum: \(error)")
        return 0
    }
}

print(sumOrZero(["1", "2", "39"]))
print(sumOrZero(["1", "two"]))
let value: Int
do {
    value = try parse("77")
} catch {
    value = -1
}
print(value)
