let names = ["Ann", "Ben", "Cal", "Dot"]
let scores = [90, 72, 85]
for (n, s) in zip(names, scores) {
    print(n, s)
}
print(Array(zip(names, scores)).count)
let sums = zip([1, 2, 3], [10, 20, 30]).map { $0 + $1 }
print(sums)
let dot = zip([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]).map(*).reduce(0, +)
print(dot)
let xs = [3, 8, 2, 9]
let diffs = zip(xs, xs.dropFirst()).map { $1 - $0 }
print(diffs)
print(Array(zip(1..., "abc")))
