// enum_switch: a program of enum instructions with associated values, interpreted by a switch.
enum Instruction {
    case add(Int)
    case multiply(Int)
    case modulo(Int)
    case negate
    case square
}

var seed = 5
func next() -> Int {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
    return seed
}

var program: [Instruction] = []
for _ in 0..<1_000 {
    let r = next()
    switch r % 5 {
    case 0: program.append(.add(r % 1_000))
    case 1: program.append(.multiply(r % 97 + 1))
    case 2: program.append(.modulo(r % 10_000 + 1_000))
    case 3: program.append(.negate)
    default: program.append(.square)
    }
}

let bound = 1_000_003
var value = 1
var checksum = 0
for _ in 0..<15_000 {
    for instruction in program {
        switch instruction {
        case .add(let k):
            value = (value + k) % bound
        case .multiply(let k):
            value = value * k % bound
        case .modulo(let m):
            value = value % m
        case .negate:
            value = bound - 1 - value
        case .square:
            value = value * value % bound
        }
    }
    checksum = (checksum + value) % bound
}
print(checksum)
