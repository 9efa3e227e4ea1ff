func describe(_ n: Int?) -> String {
    switch n {
    case .none:
        return "nothing"
    case .some(0):
        return "zero"
    case .some(let v) where v < 0:
        return "negative \(v)"
    case let v?:
        return "positive \(v)"
    }
}
for n in [nil, 0, -3, 8] as [Int?] {
    print(describe(n))
}
let pair: (Int?, Int?) = (1, nil)
switch pair {
case let (a?, b?): print("both", a, b)
case let (a?, nil): print("only first", a)
case let (nil, b?): print("only second", b)
case (nil, nil): print("neither")
}
