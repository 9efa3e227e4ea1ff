enum Hand: CaseIterable {
    case rock, paper, scissors
}

enum Outcome {
    case win, lose, draw
}

func play(_ a: Hand, _ b: Hand) -> Outcome {
    switch (a, b) {
    case (.rock, .scissors), (.paper, .rock), (.scissors, .paper):
        return .win
    case let (x, y) where x == y:
        return .draw
    default:
        return .lose
    }
}

for a in Hand.allCases {
    var row: [String] = []
    for b in Hand.allCases {
        row.append("\(play(a, b))")
    }
    print(a, row)
}
