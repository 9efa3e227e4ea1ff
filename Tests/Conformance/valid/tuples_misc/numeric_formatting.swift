import Foundation

let pi = Double.pi
print(String(format: "%.2f", pi))
print(String(format: "%.0f", 2.5))
print(String(format: "%.0f", 3.5))
print(String(format: "%5.1f|", 3.14159))
print(String(format: "%-6d|", 42))
print(String(format: "%03d", 7))
print(String(format: "%e", 12345.678))
print(String(format: "%d items at %.2f each", 3, 1.5))
print(String(format: "%x", 255))
print(String(format: "%@ scored %d", "Ann", 90))
print(String(format: "%.3f", 1.0 / 3.0))
print(String(format: "%8.3f|", -2.5))
