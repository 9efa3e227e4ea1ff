let decimal = 42
let binary = 0b101010
let octal = 0o52
let hex = 0x2A
print(decimal, binary, octal, hex)
print(decimal == binary && octal == hex)
let million = 1_000_000
print(million)
let negative = -0x10
print(negative)
let big = 9_223_372_036_854_775_807
print(big == Int.max)
print(0b1111_0000, 0xFF_FF)
