class Counter {
    var value = 0
    func increment() { value += 1 }
}

let a = Counter()
let b = a
a.increment()
b.increment()
b.increment()
print(a.value, b.value)

func bump(_ c: Counter) {
    c.value += 10
}
bump(a)
print(b.value)

var list = [a, Counter()]
list[0].increment()
print(a.value)
list[1].value = 99
print(list[1].value, a.value)
let c = Counter()
c.value = a.value
c.increment()
print(a.value, c.value)
