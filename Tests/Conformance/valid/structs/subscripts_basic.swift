struct Polynomial {
    let coefficients: [Int]

    subscript(x: Int) -> Int {
        var result = 0
        for c in coefficients.reversed() {
            result = result * x + c
        }
        return result
    }
}

let p = Polynomial(coefficients: [1, 0, 2])
print(p[0], p[1], p[3])
print((0...4).map { p[$0] })

struct Sentence {
    var words: [String]

    init(_ text: String) {
        words = text.split(separator: " ").map(String.init)
    }

    subscript(i: Int) -> String {
        get { words[i] }
        set { words[i] = newValue }
    }

    var text: String { words.joined(separator: " ") }
}

var s = Sentence("cats chase small mice")
print(s[0], s[3])
s[0] = "dogs"
s[2] = s[2].uppercased()
print(s.text)
