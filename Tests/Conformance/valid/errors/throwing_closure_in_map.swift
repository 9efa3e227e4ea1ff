enum ConversionError: Error {
    case notANumber(String)
}

func toInt(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw ConversionError.notANumber(s) }
    return n
}

do {
    let nums = try ["1", "2", "3"].map(toInt)
    print(nums)
    let more = try ["4", "five", "6"].map { try toInt($0) }
    print(more)
} catch {
    print("conversion failed: \(error)")
}

func applyAll(_ xs: [Int], _ f: (Int) throws -> Int) rethrows -> [Int] {
    var out: [Int] = []
    for x in xs { out.append(try f(x)) }
    return out
}

print(applyAll([1, 2, 3]) { $0 * 10 })
do {
    _ = try applyAll([1, 2, 3]) { x in
        if x == 2 { throw ConversionError.notANumber("\(x)") }
        return x
    }
} catch ConversionError.notANumber(let s) {
    print("bad value", s)
}
let filtered = try? ["7", "x"].filter { try toInt($0) > 0 }
print(filtered as Any)
