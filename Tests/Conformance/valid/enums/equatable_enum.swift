enum Move: Equatable {
    case step(Int)
    case jump(height: Double)
    case rest
}

let a = Move.step(3)
print(a == .step(3))
print(a == .step(4))
print(Move.rest == .rest)
print(Move.jump(height: 1.5) == .jump(height: 1.5))
print(a != .rest)
let plan: [Move] = [.step(1), .rest, .jump(height: 2), .rest]
print(plan.filter { $0 == .rest }.count)
print(plan.contains(.jump(height: 2)))
print(plan.firstIndex(of: .rest)!)

enum Simple { case one, two }
print(Simple.one == Simple.two)
print(Simple.two == .two)
