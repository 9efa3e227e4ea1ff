enum Color {
    case red, green, blue
}

var c = Color.red
c = .purple
print(c)
