enum RowError: Error {
    case wrongColumns(row: Int, count: Int)
    case badNumber(row: Int, text: String)
}

let csv = ["1,2,3", "4,5", "6,x,8", "9,10,11"]

func parseRow(_ line: String, index: Int) throws -> [Int] {
    let parts = line.split(separator: ",").map(String.init)
    guard parts.count == 3 else { throw RowError.wrongColumns(row: index, count: parts.count) }
    return try parts.map { p in
        guard let n = Int(p) else { throw RowError.badNumber(row: index, text: p) }
        return n
    }
}

var good: [[Int]] = []
var problems: [String] = []
for (i, line) in csv.enumerated() {
    do {
        good.append(try parseRow(line, index: i))
    } catch {
        problems.append("\(error)")
    }
}
print(good)
for p in problems { print(p) }
print(good.map { $0.reduce(0, +) })
