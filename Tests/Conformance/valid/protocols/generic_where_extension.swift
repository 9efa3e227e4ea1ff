struct Pair<T> {
    var first: T
    var second: T
}

extension Pair where T: Comparable {
    var larger: T { Swift.max(first, second) }
    func sortedPair() -> Pair { first <= second ? self : Pair(first: second, second: first) }
}

extension Pair where T == String {
    var combined: String { first + " & " + second }
}

extension Pair: Equatable where T: Equatable {}

let p = Pair(first: 7, second: 3)
print(p.larger)
print(p.sortedPair().first, p.sortedPair().second)
let names = Pair(first: "Tom", second: "Jerry")
print(names.combined)
print(names.larger)
print(Pair(first: 1, second: 2) == Pair(first: 1, second: 2))
print(Pair(first: 1.0, second: 2.0) == Pair(first: 2.0, second: 1.0))
