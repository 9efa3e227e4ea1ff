func extremes<T, K: Comparable>(_ items: [T], by key: (T) -> K) -> (min: T, max: T)? {
    guard var lo = items.first else { return nil }
    var hi = lo
    for x in items.dropFirst() {
        if key(x) < key(lo) { lo = x }
        if key(x) > key(hi) { hi = x }
    }
    return (lo, hi)
}

let words = ["kiwi", "fig", "banana", "plum", "cherry"]
if let e = extremes(words, by: { $0.count }) {
    print(e.min, e.max)
}
if let e = extremes(words, by: { $0 }) {
    print(e.min, e.max)
}
let temps = [("mon", 12.5), ("tue", 9.0), ("wed", 15.25)]
let t = extremes(temps) { $0.1 }!
print(t.min.0, t.max.0)
print(extremes([Int](), by: { $0 }) == nil)
