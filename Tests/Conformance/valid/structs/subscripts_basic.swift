struct TimesTable {
    let multiplier: Int

    subscript(index: Int) -> Int {
        multiplier * index
    }
}

let threeTimes = TimesTable(multiplier: 3)
print(threeTimes[6])
print(threeTimes[0], threeTimes[10])

struct Word {
    var letters: [Character]

    init(_ s: String) {
        letters = Array(s)
    }

    subscript(i: Int) -> Character {
        get { letters[i] }
        set { letters[i] = newValue }
    }

    var text: String { String(letters) }
}

var w = Word("swift")
print(w[0], w[4])
w[0] = "S"
w[4] = "T"
print(w.text)
