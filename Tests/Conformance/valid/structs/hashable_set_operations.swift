struct Skill: Hashable {
    let name: String
    let level: Int
}

let alice: Set<Skill> = [Skill(name: "swift", level: 3), Skill(name: "sql", level: 2), Skill(name: "go", level: 1)]
let bob: Set<Skill> = [Skill(name: "swift", level: 3), Skill(name: "sql", level: 1), Skill(name: "rust", level: 2)]

func names(_ s: Set<Skill>) -> [String] {
    s.map { "\($0.name)\($0.level)" }.sorted()
}

print(names(alice.intersection(bob)))
print(names(alice.union(bob)))
print(names(alice.subtracting(bob)))
print(names(alice.symmetricDifference(bob)))
print(alice.isDisjoint(with: bob))
print(alice.contains(Skill(name: "go", level: 1)))
var team = alice
team.formUnion(bob)
print(team.count)
print(Set(team.map(\.name)).count)
