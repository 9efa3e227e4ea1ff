enum Stop: Error { case at(Int) }

extension Array {
    func myFilter(_ keep: (Element) throws -> Bool) rethrows -> [Element] {
        var out: [Element] = []
        for x in self where try keep(x) {
            out.append(x)
        }
        return out
    }
}

let numbers = [5, 8, 13, 21, 34]
print(numbers.myFilter { $0 % 2 == 1 })
do {
    let r = try numbers.myFilter { x in
        if x > 20 { throw Stop.at(x) }
        return x > 6
    }
    print(r)
} catch Stop.at(let x) {
    print("stopped at", x)
}
let safe = try? numbers.myFilter { x in
    if x == 0 { throw Stop.at(0) }
    return true
}
print(safe?.count as Any)
