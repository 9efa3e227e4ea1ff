let players: [(name: String, team: String, goals: Int)] = [
    ("Ida", "red", 3), ("Tom", "blue", 5), ("Ana", "red", 5),
    ("Max", "blue", 1), ("Eli", "red", 3), ("Zoe", "blue", 5),
]

let ranked = players.sorted { ($1.goals, $0.name) < ($0.goals, $1.name) }
for p in ranked {
    print(p.goals, p.name, p.team)
}
let byTeam = players.sorted { ($0.team, -$0.goals, $0.name) < ($1.team, -$1.goals, $1.name) }
print(byTeam.map { "\($0.team):\($0.name)" })
let top = players.max { ($0.goals, $1.name) < ($1.goals, $0.name) }!
print(top.name)
