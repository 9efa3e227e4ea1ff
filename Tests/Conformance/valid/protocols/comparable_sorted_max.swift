struct Score: Comparable, CustomStringConvertible {
    let player: String
    let points: Int

    static func < (a: Score, b: Score) -> Bool {
        a.points != b.points ? a.points < b.points : a.player > b.player
    }

    var description: String { "\(player):\(points)" }
}

let scores = [Score(player: "kai", points: 30), Score(player: "ana", points: 45),
              Score(player: "bo", points: 30), Score(player: "eve", points: 12)]
print(scores.sorted())
print(scores.sorted(by: >))
print(scores.max()!)
print(scores.min()!)
print(scores[0] == Score(player: "kai", points: 30))
print(scores[0] < scores[2])
print(scores.contains(Score(player: "eve", points: 12)))
