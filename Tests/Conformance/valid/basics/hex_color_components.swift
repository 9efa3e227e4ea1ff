let color = 0x3A7FC2
let red = (color >> 16) & 0xFF
let green = (color >> 8) & 0xFF
let blue = color & 0xFF
print(red, green, blue)
let packed = (red << 16) | (green << 8) | blue
print(packed == color)
print(String(packed, radix: 16, uppercase: true))
let gray = (red * 299 + green * 587 + blue * 114) / 1000
print("gray:", gray)
let inverted = 0xFFFFFF ^ color
print(String(inverted, radix: 16))
