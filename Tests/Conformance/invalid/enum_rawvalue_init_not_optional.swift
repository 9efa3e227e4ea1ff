enum Planet: Int {
    case mercury = 1, venus, earth
}

let p: Planet = Planet(rawValue: 3)
print(p)
