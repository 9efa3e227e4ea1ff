final class Memo<Input: Hashable, Output> {
    private var cache: [Input: Output] = [:]
    private(set) var misses = 0
    private let compute: (Input) -> Output

    init(_ compute: @escaping (Input) -> Output) {
        self.compute = compute
    }

    func callAsFunction(_ x: Input) -> Output {
        if let hit = cache[x] { return hit }
        misses += 1
        let v = compute(x)
        cache[x] = v
        return v
    }
}

let slowSquare = Memo { (n: Int) -> Int in n * n }
print(slowSquare(12), slowSquare(12), slowSquare(5))
print(slowSquare.misses)

let vowels = Memo { (s: String) -> Int in
    s.filter { "aeiou".contains($0) }.count
}
for w in ["banana", "kiwi", "banana", "apple", "kiwi"] {
    print(w, vowels(w))
}
print(vowels.misses)
