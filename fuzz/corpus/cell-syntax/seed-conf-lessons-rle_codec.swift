func encode(_ s: String) -> [(Character, Int)] {
    var runs: [(Character, Int)] = []
    for c in s {
        if let last = runs.last, last.0 == c {
            runs[runs.count - 1].1 += 1
        } else {
            runs.append((c, 1))
        }
    }
    return runs
}

func compact(_ runs: [(Character, Int)]) -> String {
    runs.map { $0.1 == 1 ? String($0.0) : "\($0.1)\($0.0)" }.joined()
}

func decode(_ s: String) -> String {
    var out = ""
    var digits = ""
    for c in s {
        if c.isNumber {
            digits.append(c)
        } else {
            out += String(repeating: String(c), count: Int(digits) ?? 1)
            digits = ""
        }
    }
    return out
}

for text in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"] {
    let packed = compact(encode(text))
    let ratio = text.isEmpty ? 1.0 : Double(packed.count) / Double(text.count)
    print("'\(text)' -> '\(packed)' ratio \(ratio) roundtrip \(decode(packed) == text)")
}
let runs = encode("mississippi")
print(runs.map { "\($0.0)\($0.1)" })
print(runs.max { $0.1 < $1.1 }!.0)
