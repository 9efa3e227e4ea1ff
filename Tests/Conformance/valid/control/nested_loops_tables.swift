for i in 1...4 {
    var line = ""
    for j in 1...4 {
        let p = i * j
        line += (p < 10 ? " " : "") + String(p) + " "
    }
    print(line)
}
var pairs = 0
for a in 1...10 {
    for b in a...10 where a * a + b * b < 50 {
        pairs += 1
    }
}
print("pairs:", pairs)
var triples: [(Int, Int, Int)] = []
for a in 1...20 {
    for b in a...20 {
        for c in b...20 where a * a + b * b == c * c {
            triples.append((a, b, c))
        }
    }
}
print(triples)
