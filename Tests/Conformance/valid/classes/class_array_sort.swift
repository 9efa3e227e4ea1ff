class Runner {
    let name: String
    var time: Double
    init(_ name: String, _ time: Double) {
        self.name = name
        self.time = time
    }
}

var runners = [Runner("Ana", 12.4), Runner("Bo", 11.9), Runner("Cy", 12.1), Runner("Di", 13.0)]
runners.sort { $0.time < $1.time }
for (i, r) in runners.enumerated() {
    print(i + 1, r.name, r.time)
}
let slow = runners.last!
slow.time -= 1.5
runners.sort { $0.time < $1.time }
print(runners.map(\.name))
print(runners.first === slow)
