let xs = [3, 1, 4, 1, 5]
print(xs.reduce(0, +))
print(xs.reduce(1, *))
print(xs.sorted(by: <))
print(xs.sorted(by: >))
print(zip(xs, [1, 1, 1, 1, 1]).map(-))
print(["a", "b"].reduce("", +))
let ops: [(Int, Int) -> Int] = [(+), (-), (*), (/), (%)]
print(ops.map { $0(17, 5) })
let cmp: (Double, Double) -> Bool = (<)
print(cmp(1.5, 2.5))
print([true, false, true].reduce(false) { $0 || $1 })
