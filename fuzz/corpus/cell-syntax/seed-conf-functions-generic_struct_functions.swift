struct Pair<A, B> {
    let first: A
    let second: B
    func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) }
    func mapFirst<C>(_ f: (A) -> C) -> Pair<C, B> { Pair<C, B>(first: f(first), second: second) }
}
let p = Pair(first: 1, second: "one")
print(p)
print(p.swapped())
print(p.mapFirst { $0 * 100 })
print(p.mapFirst { Double($0) / 4 }.first)
func makePairs<T>(_ xs: [T]) -> [Pair<T, T>] {
    stride(from: 0, to: xs.count - 1, by: 2).map { Pair(first: xs[$0], second: xs[$0 + 1]) }
}
print(makePairs([1, 2, 3, 4, 5]).map { "\($0.first)-\($0.second)" })
