let items = Array(1...10)
var chunks: [[Int]] = []
var i = 0
while i < items.count {
    chunks.append(Array(items[i..<min(i + 3, items.count)]))
    i += 3
}
print(chunks)
let pairs = stride(from: 0, to: items.count - 1, by: 2).map { (items[$0], items[$0 + 1]) }
print(pairs.map { $0.0 * $0.1 })
let rows = chunks.map { $0.map(String.init).joined(separator: ",") }
print(rows.joined(separator: " | "))
