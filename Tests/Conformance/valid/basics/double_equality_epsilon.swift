let a = 0.1 + 0.2
let b = 0.3
print(a == b)
print(abs(a - b) < 1e-9)
print(a - b)
print(Double.ulpOfOne)
print(b.nextUp)
print(1.0.nextUp)
print(1.0.ulp)
print(a.isEqual(to: b))
var total = 0.0
for _ in 0..<10 { total += 0.1 }
print(total)
print(total == 1.0)
print((total * 10).rounded() / 10)
