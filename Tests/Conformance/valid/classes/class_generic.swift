class Box<T> {
    var value: T
    init(_ value: T) { self.value = value }

    func map<U>(_ f: (T) -> U) -> Box<U> {
        Box<U>(f(value))
    }
}

let intBox = Box(21)
let doubled = intBox.map { $0 * 2 }
let text = doubled.map { "value is \($0)" }
print(doubled.value)
print(text.value)
let shared = intBox
shared.value = 100
print(intBox.value)

class Pair<A, B> {
    let first: A
    let second: B
    init(_ a: A, _ b: B) { first = a; second = b }
}
let p = Pair("x", 3.5)
print(p.first, p.second)
