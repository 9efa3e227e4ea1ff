let a = 5, b = 9
print(a < b, a > b, a == b, a != b, a <= 5, b >= 10)
print(max(a, b), min(a, b), max(3, 8, 1), min(2.5, -1.0))
let flag = a < b
print(flag)
print(!flag)
print(flag && b > 0)
print(flag == true)
var toggled = false
toggled.toggle()
print(toggled)
print("apple" < "banana", "Zebra" < "apple")
print((1, "b") < (1, "c"))
print((2, 0) > (1, 99))
print(Bool("true") as Any, Bool("yes") as Any)
