struct Caesar {
    let shift: Int

    private func rotate(_ c: Character, by k: Int) -> Character {
        guard let ascii = c.asciiValue, c.isLetter else { return c }
        let base: UInt8 = c.isUppercase ? 65 : 97
        let offset = (Int(ascii - base) + k % 26 + 26) % 26
        return Character(UnicodeScalar(base + UInt8(offset)))
    }

    func encrypt(_ text: String) -> String {
        String(text.map { rotate($0, by: shift) })
    }

    func decrypt(_ text: String) -> String {
        String(text.map { rotate($0, by: -shift) })
    }
}

func letterCounts(_ text: String) -> [(Character, Int)] {
    var counts: [Character: Int] = [:]
    for c in text.lowercased() where c.isLetter {
        counts[c, default: 0] += 1
    }
    return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
}

let message = "Meet me at the Old Bridge, at Noon!"
let cipher = Caesar(shift: 3)
let secret = cipher.encrypt(message)
print(secret)
print(cipher.decrypt(secret))
print(Caesar(shift: -29).encrypt("abc xyz"))
let top = letterCounts(secret).prefix(3)
print(top.map { "\($0.0)=\($0.1)" }.joined(separator: " "))
let guessShift = (Int(top.first!.0.asciiValue!) - Int(Character("e").asciiValue!) + 26) % 26
print("guessed shift:", guessShift)
print(Caesar(shift: guessShift).decrypt(secret) == message)
