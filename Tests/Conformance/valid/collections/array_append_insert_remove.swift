var fruits = ["apple", "banana"]
fruits.append("cherry")
print(fruits)
fruits.insert("avocado", at: 1)
print(fruits)
fruits += ["date", "elderberry"]
print(fruits, fruits.count)
let removed = fruits.remove(at: 2)
print(removed, fruits)
print(fruits.removeFirst(), fruits)
print(fruits.removeLast(), fruits)
fruits.removeAll { $0.hasPrefix("c") }
print(fruits)
fruits.removeAll()
print(fruits, fruits.isEmpty)
