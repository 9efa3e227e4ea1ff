func grade(_ c: Character) -> String {
    switch c {
    case "A"..."C": return "good"
    case "D": return "poor"
    case "F": return "fail"
    default: return "?"
    }
}
print("ABDFXC".map { grade($0) })
let temp = 37.2
switch temp {
case ..<35.0: print("hypothermia")
case 35.0..<37.5: print("normal")
case 37.5...: print("fever")
default: print("?")
}
