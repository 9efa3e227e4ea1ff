enum E: Error { case bad }

func parse(_ s: String) throws -> Int {
    guard let n = Int(s) else { throw E.bad }
    return n
}

let values = ["1", "2"]
values.forEach { s in
    print(try parse(s))
}
