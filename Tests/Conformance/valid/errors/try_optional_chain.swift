struct Parser {
    enum Failure: Error { case bad }

    func parse(_ s: String) throws -> [Int] {
        try s.split(separator: " ").map {
            guard let n = Int($0) else { throw Failure.bad }
            return n
        }
    }
}

let p = Parser()
let inputs = ["1 2 3", "4 five", "", "10 20"]
for s in inputs {
    let sum = (try? p.parse(s))?.reduce(0, +)
    print("'\(s)'", sum as Any)
}
let maxValue = (try? p.parse("5 9 2"))?.max()
print(maxValue as Any)
let first = try? p.parse("7 8").first
print(first as Any)
