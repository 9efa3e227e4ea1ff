var count = 0
repeat {
    print("iteration", count)
    count += 1
} while count < 3
var x = 100
repeat {
    x /= 3
} while x > 5
print(x)
var ran = false
repeat {
    ran = true
} while false
print(ran)
var digits = 0
var value = 98765
repeat {
    digits += 1
    value /= 10
} while value != 0
print("digits:", digits)
