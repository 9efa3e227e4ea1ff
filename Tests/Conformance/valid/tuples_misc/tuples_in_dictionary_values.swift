var scores: [String: (wins: Int, losses: Int)] = [:]
let games = [("red", true), ("blue", false), ("red", false), ("red", true), ("blue", true)]
for (team, won) in games {
    var record = scores[team] ?? (0, 0)
    if won { record.wins += 1 } else { record.losses += 1 }
    scores[team] = record
}
for team in scores.keys.sorted() {
    let r = scores[team]!
    print(team, r.wins, r.losses, r)
}
let best = scores.max { $0.value.wins < $1.value.wins }!
print(best.key)
