func swapValues<T>(_ a: inout T, _ b: inout T) {
    let tmp = a
    a = b
    b = tmp
}

func firstIndex<T: Equatable>(of target: T, in items: [T]) -> Int? {
    for (i, x) in items.enumerated() where x == target {
        return i
    }
    return nil
}

func pairUp<A, B>(_ a: [A], _ b: [B]) -> [(A, B)] {
    Array(zip(a, b))
}

var x = 1, y = 2
swapValues(&x, &y)
print(x, y)
var s1 = "left", s2 = "right"
swapValues(&s1, &s2)
print(s1, s2)
print(firstIndex(of: "c", in: ["a", "b", "c"]) as Any)
print(firstIndex(of: 9.5, in: [1.0, 2.0]) as Any)
let pairs = pairUp([1, 2, 3], ["one", "two"])
for (n, name) in pairs { print(n, name) }
