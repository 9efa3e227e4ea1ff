enum GradeError: Error { case outOfRange(Int) }

func grade(_ score: Int) -> Result<Character, GradeError> {
    switch score {
    case 90...100: return .success("A")
    case 75..<90: return .success("B")
    case 0..<75: return .success("C")
    default: return .failure(.outOfRange(score))
    }
}

let scores = [95, 80, 40, 120, -3]
var letters = ""
var bad: [Int] = []
for s in scores {
    switch grade(s) {
    case .success(let g): letters.append(g)
    case .failure(.outOfRange(let v)): bad.append(v)
    }
}
print(letters)
print(bad)
let allOK = scores.map(grade).allSatisfy { if case .success = $0 { return true } else { return false } }
print(allOK)
