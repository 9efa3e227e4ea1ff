struct Pixel {
    var red: Int
    var green: Int
    var blue: Int
}

var a = Pixel(red: 255, green: 0, blue: 0)
var b = a
b.green = 128
print(a.red, a.green, a.blue)
print(b.red, b.green, b.blue)

var pixels = [a, b]
var first = pixels[0]
first.blue = 99
print(pixels[0].blue, first.blue)
pixels[1].red = 1
print(pixels[1].red, b.red)

func brighten(_ p: Pixel) -> Pixel {
    var copy = p
    copy.red = min(255, copy.red + 50)
    copy.green = min(255, copy.green + 50)
    copy.blue = min(255, copy.blue + 50)
    return copy
}

let bright = brighten(b)
print(bright.red, bright.green, bright.blue)
print(b.red, b.green, b.blue)
