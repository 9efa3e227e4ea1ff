func factorial(_ n: Int) -> Int {
    n <= 1 ? 1 : n * factorial(n - 1)
}
print((0...10).map(factorial))
func fib(_ n: Int) -> Int {
    n < 2 ? n : fib(n - 1) + fib(n - 2)
}
print((0..<15).map(fib))
func sumDigits(_ n: Int) -> Int {
    n < 10 ? n : n % 10 + sumDigits(n / 10)
}
print(sumDigits(98765))
func hanoi(_ n: Int, _ from: String, _ to: String, _ via: String, _ moves: inout [String]) {
    guard n > 0 else { return }
    hanoi(n - 1, from, via, to, &moves)
    moves.append("\(from)->\(to)")
    hanoi(n - 1, via, to, from, &moves)
}
var moves: [String] = []
hanoi(3, "A", "C", "B", &moves)
print(moves.count, moves)
