var total = 0
for i in 1...10 { total += i }
print(total)
var k = 0
while k < 5 { k += 2 }
print(k)
repeat { k -= 1 } while k > 0
print(k)
outer: for i in 0..<5 {
    for j in 0..<5 {
        if j == 3 { continue outer }
        if i == 3 { break outer }
        print(i, j, terminator: " ")
    }
}
print()
for x in stride(from: 10, to: 0, by: -3) { print(x, terminator: ",") }
print()
let grade = 85
if grade >= 90 { print("A") } else if grade >= 80 { print("B") } else { print("C") }
switch grade {
case 90...100: print("top")
case 80..<90: print("good")
default: print("other")
}
