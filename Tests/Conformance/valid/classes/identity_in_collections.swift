final class Player {
    let name: String
    var score = 0
    init(_ name: String) { self.name = name }
}

let alice = Player("Alice")
let bob = Player("Bob")
let team = [alice, bob, alice]

for p in team {
    p.score += 5
}
print(alice.score, bob.score)

var ids: [ObjectIdentifier: String] = [:]
for p in team {
    ids[ObjectIdentifier(p)] = p.name
}
print(ids.count)
print(ids.values.sorted())

let unique = team.reduce(into: [Player]()) { acc, p in
    if !acc.contains(where: { $0 === p }) { acc.append(p) }
}
print(unique.map(\.name))
print(ObjectIdentifier(alice) == ObjectIdentifier(team[2]))
