// string_split: split a long text into words and count them in a [String: Int] dictionary.
var seed = 9
func next() -> Int {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed
}

let syllables = ["ka", "lo", "mi", "tren", "sa", "du", "pe", "rox"]
var vocabulary: [String] = []
for i in 0..<600 {
    var word = syllables[i % 8]
    word += syllables[(i / 8) % 8]
    if i >= 64 {
        word += syllables[(i / 64) % 8]
    }
    vocabulary.append(word + "\(i % 7)")
}
var words: [String] = []
for _ in 0..<200_000 {
    words.append(vocabulary[next() % vocabulary.count])
}
let text = words.joined(separator: " ")

var checksum = 0
for round in 0..<25 {
    var counts: [String: Int] = [:]
    for word in text.split(separator: " ") {
        counts[String(word), default: 0] += 1
    }
    var most = 0
    for (_, c) in counts {
        if c > most {
            most = c
        }
    }
    checksum += counts.count * 1_000 + most + round
}
print(checksum)
