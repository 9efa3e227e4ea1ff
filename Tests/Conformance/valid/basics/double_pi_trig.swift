import Foundation

print(Double.pi)
print(Double.pi / 2)
print(sin(0.0))
print(cos(0.0))
print(sin(Double.pi / 2))
print(cos(Double.pi))
print(tan(Double.pi / 4))
print(atan2(1.0, 1.0))
print(atan(1.0) * 4 == Double.pi)
let degrees = 30.0
let radians = degrees * .pi / 180
print(radians)
print((sin(radians) * 1000).rounded() / 1000)
print(hypot(3.0, 4.0))
