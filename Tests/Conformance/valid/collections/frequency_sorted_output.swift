let data = [4, 1, 4, 2, 4, 1, 3, 2, 4]
var freq: [Int: Int] = [:]
data.forEach { freq[$0, default: 0] += 1 }
let ordered = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
for (value, count) in ordered {
    print(value, count)
}
let mode = ordered.first!.key
print("mode:", mode)
let sortedData = data.sorted()
let median = sortedData[sortedData.count / 2]
print("median:", median)
