enum StepError: Error {
    case stop(at: Int)
}

let steps: [(Int) throws -> Int] = [
    { $0 + 1 },
    { $0 * 3 },
    { x in if x > 10 { throw StepError.stop(at: x) }; return x - 2 },
]

func run(_ start: Int) throws -> Int {
    var v = start
    for s in steps {
        v = try s(v)
    }
    return v
}

for start in [1, 2, 3, 4] {
    do {
        print(start, "->", try run(start))
    } catch StepError.stop(let at) {
        print(start, "stopped at", at)
    }
}
