func kind(of c: Character) -> String {
    switch c {
    case "a", "e", "i", "o", "u":
        return "vowel"
    case "0"..."9":
        return "digit"
    case " ":
        return "space"
    case let ch where ch.isLetter:
        return "consonant"
    default:
        return "other"
    }
}
for c in "hi 42!" {
    print(c, kind(of: c))
}
let command = "list"
switch command {
case "add": print("adding")
case "list", "ls": print("listing")
default: print("unknown")
}
