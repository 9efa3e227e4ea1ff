import Foundation

print(String(format: "%d", 42))
print(String(format: "%5d|", 42))
print(String(format: "%-5d|", 42))
print(String(format: "%05d", 42))
print(String(format: "%+d", 42))
print(String(format: "%x", 255))
print(String(format: "%X", 255))
print(String(format: "%o", 8))
print(String(format: "%d%%", 75))
print(String(format: "%d + %d = %d", 2, 3, 5))
print(String(format: "%ld", Int.max))
print(String(format: "%08x", 48879))
