func makeReport(for scores: [Int]) -> String {
    func average() -> Double {
        Double(scores.reduce(0, +)) / Double(scores.count)
    }
    func label(_ s: Int) -> String {
        s >= 50 ? "pass" : "fail"
    }
    let lines = scores.map { "\($0): \(label($0))" }
    return lines.joined(separator: ", ") + " | avg \(average())"
}
print(makeReport(for: [40, 75, 90]))
func chooseStep(backward: Bool) -> (Int) -> Int {
    func stepForward(_ input: Int) -> Int { input + 1 }
    func stepBackward(_ input: Int) -> Int { input - 1 }
    return backward ? stepBackward : stepForward
}
var current = -3
let moveToZero = chooseStep(backward: current > 0)
while current != 0 {
    print(current)
    current = moveToZero(current)
}
print("zero!")
