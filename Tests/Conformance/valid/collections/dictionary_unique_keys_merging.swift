let pairs = [("a", 1), ("b", 2), ("c", 3)]
let dict = Dictionary(uniqueKeysWithValues: pairs)
print(dict.keys.sorted(), dict["b"]!)
let squares = Dictionary(uniqueKeysWithValues: (1...4).map { ($0, $0 * $0) })
print(squares.sorted { $0.key < $1.key }.map { $0.value })
let dup = [("x", 1), ("y", 2), ("x", 10)]
let summed = Dictionary(dup, uniquingKeysWith: +)
print(summed["x"]!, summed["y"]!)
let defaults = ["color": "blue", "size": "M"]
let custom = ["size": "L", "font": "serif"]
let merged = defaults.merging(custom) { _, new in new }
for key in merged.keys.sorted() { print(key, merged[key]!) }
var base = ["a": 1]
base.merge(["a": 5, "b": 2]) { old, _ in old }
print(base.sorted { $0.key < $1.key })
