var message = "before"
let show = { print("closure sees:", message) }
message = "after"
show()
var value = 1
let captured = { [value] in print("captured copy:", value) }
value = 99
captured()
print("value now:", value)
var closures: [() -> Int] = []
for i in 1...3 {
    closures.append { i * 10 }
}
print(closures.map { $0() })
var x = 0
let incrementers = (0..<3).map { _ in { x += 1 } }
incrementers.forEach { $0() }
print(x)
