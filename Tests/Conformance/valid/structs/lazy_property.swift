struct Report {
    var numbers: [Int]
    lazy var total: Int = {
        print("computing total")
        return numbers.reduce(0, +)
    }()

    lazy var summary = "Report with \(numbers.count) numbers"
}

var r = Report(numbers: [4, 8, 15, 16, 23, 42])
print("created")
print(r.total)
print(r.total)
print(r.summary)
r.numbers.append(100)
print(r.total)
print(r.summary)

struct Config {
    lazy var items: [String] = makeItems()

    func makeItems() -> [String] {
        print("making items")
        return ["a", "b", "c"]
    }
}

var cfg = Config()
print("before")
print(cfg.items.count)
print(cfg.items.joined(separator: "-"))
