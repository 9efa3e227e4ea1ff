protocol Combinable {
    func combined(with other: Self) -> Self
    static var empty: Self { get }
}

struct Tally: Combinable {
    var count: Int
    func combined(with other: Tally) -> Tally { Tally(count: count + other.count) }
    static var empty: Tally { Tally(count: 0) }
}

extension String: Combinable {
    func combined(with other: String) -> String { self + other }
    static var empty: String { "" }
}

func combineAll<T: Combinable>(_ xs: [T]) -> T {
    xs.reduce(T.empty) { $0.combined(with: $1) }
}

print(combineAll([Tally(count: 2), Tally(count: 5), Tally(count: 1)]).count)
print(combineAll(["ab", "cd", "ef"]))
print(combineAll([String]()).isEmpty)

protocol Copyable {
    func copy() -> Self
}
final class Doc: Copyable {
    var text: String
    init(text: String) { self.text = text }
    func copy() -> Doc { Doc(text: text) }
}
let d1 = Doc(text: "v1")
let d2 = d1.copy()
d2.text = "v2"
print(d1.text, d2.text)
