protocol Scorer {
    func score(_ word: String) -> Int
}

struct LengthScorer: Scorer {
    func score(_ word: String) -> Double {
        Double(word.count)
    }
}

print(LengthScorer().score("abc"))
