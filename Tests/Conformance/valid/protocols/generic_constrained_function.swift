protocol Scorable {
    var score: Int { get }
}

struct Player: Scorable {
    let name: String
    let score: Int
}

struct Team: Scorable {
    let members: [Player]
    var score: Int { members.reduce(0) { $0 + $1.score } }
}

func best<T: Scorable>(_ items: [T]) -> T? {
    items.max { $0.score < $1.score }
}

func totalScore<T>(_ items: [T]) -> Int where T: Scorable {
    items.reduce(0) { $0 + $1.score }
}

let players = [Player(name: "a", score: 10), Player(name: "b", score: 25), Player(name: "c", score: 5)]
print(best(players)!.name)
print(totalScore(players))
let teams = [Team(members: Array(players[0...1])), Team(members: [players[2]])]
print(best(teams)!.score)
print(totalScore(teams))
print(best([Player]()) == nil)
