var tasks = ["write", "test", "deploy", "test again", "rest"]
tasks.removeAll { $0.hasPrefix("test") }
print(tasks)
var numbers = Array(1...12)
numbers.removeAll(where: { $0 % 3 == 0 })
print(numbers)
numbers.removeFirst(2)
numbers.removeLast(2)
print(numbers)
numbers.removeSubrange(1...2)
print(numbers)
if let i = numbers.firstIndex(of: 8) { numbers.remove(at: i) }
print(numbers)
