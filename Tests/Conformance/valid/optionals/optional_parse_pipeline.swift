let lines = ["temp=21.5", "hum=40", "bad line", "temp=x", "wind=7.25"]
func parse(_ line: String) -> (String, Double)? {
    let parts = line.split(separator: "=")
    guard parts.count == 2, let value = Double(parts[1]) else { return nil }
    return (String(parts[0]), value)
}
let parsed = lines.map(parse)
for (line, result) in zip(lines, parsed) {
    if let (key, value) = result {
        print("\(line) -> \(key): \(value)")
    } else {
        print("\(line) -> rejected")
    }
}
print(parsed.compactMap { $0?.1 }.reduce(0, +))
