let groups: [[Int]] = [[5, 2, 8], [], [7]]
for g in groups {
    let lo = g.min()
    let hi = g.max()
    if let lo, let hi {
        print("range \(lo)...\(hi)")
    } else {
        print("empty group")
    }
}
let maxima = groups.map { $0.max() }
print(maxima)
print(maxima.compactMap { $0 }.max() as Any)
print(groups.flatMap { $0 }.min() as Any)
