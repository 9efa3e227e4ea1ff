enum Operator: String {
    case plus = "+", minus = "-", times = "*"

    func apply(_ a: Int, _ b: Int) -> Int {
        switch self {
        case .plus: return a + b
        case .minus: return a - b
        case .times: return a * b
        }
    }
}

enum Instruction {
    case push(Int)
    case binary(Operator)
    case duplicate
    case printTop
}

let program: [Instruction] = [.push(6), .push(7), .binary(.times), .duplicate, .printTop,
                              .push(2), .binary(.minus), .printTop, .binary(.plus), .printTop]
var stack: [Int] = []
for instruction in program {
    switch instruction {
    case .push(let n):
        stack.append(n)
    case .binary(let op):
        let b = stack.removeLast(), a = stack.removeLast()
        stack.append(op.apply(a, b))
    case .duplicate:
        stack.append(stack.last!)
    case .printTop:
        print(stack.last!, stack)
    }
}
if case .binary(let op) = program[2] {
    print(op, op.rawValue)
}
