let numbers = Array(1...20)
for n in numbers where n % 5 == 0 {
    print("multiple of five:", n)
}
var sum = 0
for n in numbers where n.isMultiple(of: 3) && n > 10 {
    sum += n
}
print(sum)
let words = ["apple", "Banana", "cherry", "Date"]
for w in words where w.first!.isUppercase {
    print("capitalised:", w)
}
