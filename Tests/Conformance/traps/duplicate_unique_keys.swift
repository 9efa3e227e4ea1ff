let words = ["apple", "avocado", "banana"]
let byLength = Dictionary(uniqueKeysWithValues: words.map { ($0.count, $0) })
print(byLength.count)
let byInitial = Dictionary(uniqueKeysWithValues: words.map { ($0.first!, $0) })
print(byInitial.count)
