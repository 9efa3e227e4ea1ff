func makeCounter() -> () -> Int {
    var count = 0
    return {
        count += 1
        return count
    }
}
let c1 = makeCounter()
let c2 = makeCounter()
print(c1(), c1(), c1())
print(c2(), c2())
print(c1())
var total = 0
let addToTotal = { (x: Int) in total += x }
addToTotal(5)
addToTotal(7)
print(total)
func makeAccumulator(start: Double) -> (Double) -> Double {
    var sum = start
    return { sum += $0; return sum }
}
let acc = makeAccumulator(start: 10)
print(acc(1.5), acc(2.5))
