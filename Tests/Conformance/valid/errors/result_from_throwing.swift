enum Problem: Error {
    case odd(Int)
}

func half(_ n: Int) throws -> Int {
    if n % 2 != 0 { throw Problem.odd(n) }
    return n / 2
}

let results = [8, 3, 12].map { n in Result { try half(n) } }
for r in results {
    switch r {
    case .success(let v): print("ok \(v)")
    case .failure(let e): print("fail \(e)")
    }
}
let successes = results.compactMap { try? $0.get() }
print(successes)
let chained = Result<Int, Error> { try half(40) }.flatMap { v in Result { try half(v) } }
print(try! chained.get())
let mapped = results[1].mapError { _ in Problem.odd(0) }
if case .failure(let e) = mapped { print(e) }
