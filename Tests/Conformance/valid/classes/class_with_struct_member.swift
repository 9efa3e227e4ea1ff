struct Stats {
    var wins = 0
    var losses = 0
    var ratio: Double {
        wins + losses == 0 ? 0 : Double(wins) / Double(wins + losses)
    }
}

class Team {
    let name: String
    var stats = Stats()
    init(name: String) { self.name = name }

    func record(won: Bool) {
        if won { stats.wins += 1 } else { stats.losses += 1 }
    }
}

let t = Team(name: "Owls")
for r in [true, false, true, true] {
    t.record(won: r)
}
print(t.name, t.stats.wins, t.stats.losses, t.stats.ratio)
var snapshot = t.stats
snapshot.wins = 0
print(t.stats.wins, snapshot.wins)
let alias = t
alias.stats.losses = 10
print(t.stats.losses)
