var x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x /= 5
print(x)
x %= 4
print(x)
var d = 1.5
d *= 3
print(d)
d /= 2
print(d)
var bits = 0b1010
bits <<= 2
print(bits)
bits |= 1
print(bits)
bits &= 0b1111
print(bits)
bits ^= 0b0110
print(bits)
