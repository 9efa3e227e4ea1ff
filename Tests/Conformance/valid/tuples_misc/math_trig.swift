import Foundation

let angles = [0.0, Double.pi / 6, Double.pi / 4, Double.pi / 2]
for a in angles {
    print(sin(a), cos(a))
}
print(tan(Double.pi / 4))
print(atan2(1.0, 1.0))
print(atan2(-1.0, 0.0))
print(asin(1.0), acos(1.0))
print(atan(1.0) * 4)
print(Double.pi)
