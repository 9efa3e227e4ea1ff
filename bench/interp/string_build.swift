// string_build: build a long string by appending and interpolation, then count its characters.
var text = ""
for i in 0..<2_000_000 {
    text += "item \(i * 7 % 1_000): "
    if i % 3 == 0 {
        text += "fizz"
    }
    text += ";"
}
var sevens = 0
for ch in text {
    if ch == "7" {
        sevens += 1
    }
}
print(text.count * 1_000_000 + sevens)
