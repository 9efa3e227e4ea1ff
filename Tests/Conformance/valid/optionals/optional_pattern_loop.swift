let maybeScores: [Int?] = [10, nil, 30, nil, 50]
for case let score? in maybeScores {
    print("score", score)
}
var total = 0
for case .some(let s) in maybeScores where s > 15 {
    total += s
}
print(total)
let nilCount = maybeScores.filter { $0 == nil }.count
print(nilCount)
if case let x?? = Optional(Optional(5)) {
    print("double unwrap", x)
}
