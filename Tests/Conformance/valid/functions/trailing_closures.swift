func repeatTimes(_ n: Int, _ body: (Int) -> Void) {
    for i in 0..<n { body(i) }
}
repeatTimes(3) { i in
    print("call", i)
}
let sorted = [3, 1, 2].sorted { $0 > $1 }
print(sorted)
let mapped = (1...3).map { n in n * n }
print(mapped)
func transform(_ value: Int, first: (Int) -> Int, then second: (Int) -> Int) -> Int {
    second(first(value))
}
let r = transform(5) { $0 + 1 } then: { $0 * 10 }
print(r)
let words = ["b", "a", "c"].sorted()
    .map { $0.uppercased() }
    .filter { $0 != "B" }
print(words)
