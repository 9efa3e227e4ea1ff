enum RomanError: Error {
    case outOfRange(Int)
    case invalidSymbol(Character)
}

let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"),
                              (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                              (5, "V"), (4, "IV"), (1, "I")]

func toRoman(_ n: Int) throws -> String {
    guard (1...3999).contains(n) else { throw RomanError.outOfRange(n) }
    var rest = n
    var out = ""
    for (value, symbol) in table {
        while rest >= value {
            out += symbol
            rest -= value
        }
    }
    return out
}

func fromRoman(_ s: String) throws -> Int {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
    var total = 0
    var prev = 0
    for c in s.reversed() {
        guard let v = values[c] else { throw RomanError.invalidSymbol(c) }
        total += v < prev ? -v : v
        prev = max(prev, v)
    }
    return total
}

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000] {
    do {
        let r = try toRoman(n)
        print(n, r, try fromRoman(r))
    } catch {
        print(n, "error:", error)
    }
}
print((try? fromRoman("MCMXCIV")) as Any)
print((try? fromRoman("ABC")) as Any)
