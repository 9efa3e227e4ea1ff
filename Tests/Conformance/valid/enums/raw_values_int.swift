enum Planet: Int {
    case mercury = 1, venus, earth, mars, jupiter
}

print(Planet.earth.rawValue)
print(Planet.jupiter.rawValue)
print(Planet.mercury.rawValue)

enum Status: Int {
    case ok = 200
    case created
    case notFound = 404
    case teapot = 418
}
print(Status.created.rawValue)
print(Status.notFound.rawValue)

enum Zero: Int {
    case a, b, c
}
print(Zero.a.rawValue, Zero.b.rawValue, Zero.c.rawValue)
let total = [Planet.venus, .mars].map { $0.rawValue }.reduce(0, +)
print(total)
