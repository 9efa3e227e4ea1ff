let factorials = (1...20).reduce(into: [1]) { acc, n in acc.append(acc.last! * n) }
print(factorials[10])
print(factorials[20])
var f = 1.0
for n in 1...25 { f *= Double(n) }
print(f)
print(Double(factorials[20]))
let bigSquare = 3_037_000_499 * 3_037_000_499
print(bigSquare)
print(Int.max - bigSquare)
