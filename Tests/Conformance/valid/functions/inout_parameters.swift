func swapValues(_ a: inout Int, _ b: inout Int) {
    let t = a
    a = b
    b = t
}
var x = 3, y = 107
swapValues(&x, &y)
print(x, y)
func doubleAll(_ xs: inout [Int]) {
    for i in xs.indices { xs[i] *= 2 }
}
var values = [1, 2, 3]
doubleAll(&values)
print(values)
func appendGreeting(_ s: inout String, name: String) {
    s += "Hello, \(name). "
}
var text = ""
appendGreeting(&text, name: "A")
appendGreeting(&text, name: "B")
print(text)
func increment(_ n: inout Int, by step: Int = 1) { n += step }
var counter = 0
increment(&counter)
increment(&counter, by: 5)
print(counter)
