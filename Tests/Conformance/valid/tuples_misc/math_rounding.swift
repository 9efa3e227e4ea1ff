import Foundation

let values = [2.5, -2.5, 3.7, -3.7, 0.5, 1.49]
for v in values {
    print(v, floor(v), ceil(v), round(v))
}
print(2.5.rounded())
print((-2.5).rounded())
print(3.7.rounded(.down))
print(3.2.rounded(.up))
print((-3.7).rounded(.towardZero))
print(2.5.rounded(.toNearestOrEven))
print(3.5.rounded(.toNearestOrEven))
print(fmod(10.0, 3.0))
print(fmod(-7.5, 2.0))
print(7.5.truncatingRemainder(dividingBy: 2))
print(Int(3.99), Int(-3.99))
