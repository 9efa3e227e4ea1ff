import Foundation

let x = 3.14159265
print(String(format: "%.2f", x))
print(String(format: "%5.2f|", x))
print(String(format: "%-8.3f|", x))
print(String(format: "%08.3f", -x))
print(String(format: "%.0f", 2.5))
print(String(format: "%.0f", 3.5))
print(String(format: "%e", 12345.678))
print(String(format: "%.3e", 0.000123))
print(String(format: "%g", 0.0001))
print(String(format: "%g", 1234567.0))
print(String(format: "%g", 100.0))
print(String(format: "%.3g", 3.14159))
print(String(format: "%f", 1.0 / 3.0))
print(String(format: "%.1f%%", 45.678))
