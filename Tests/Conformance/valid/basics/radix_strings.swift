print(String(255, radix: 2))
print(String(255, radix: 16))
print(String(255, radix: 16, uppercase: true))
print(String(255, radix: 8))
print(String(-42, radix: 2))
print(String(35, radix: 36))
print(Int("ff", radix: 16)!)
print(Int("101", radix: 2)!)
print(Int("z", radix: 36)!)
print(Int("12", radix: 2) as Any)
for n in [0, 1, 7, 8, 100] {
    print(n, String(n, radix: 2), String(n, radix: 8))
}
