let million = 1_000_000
let hex = 0xFF
let exp = 1.25e2
let hexFloat = 0x1p-2
let small = 2.5e-3
print(million, hex, exp, hexFloat, small)
print(1_0.5_0)
print(000123)
print(-0b101)
let x = 7 / 2
let y = 7.0 / 2
let z = -7 / 2
let w = -7 % 3
print(x, y, z, w)
print(7 % -3)
print(2 * 3 + 4 * 5 - 6 / 2)
print((2 + 3) * (4 - 1))
