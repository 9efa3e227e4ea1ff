func describe(planet: String, moons count: Int) -> String {
    return "\(planet) has \(count) moons"
}

print(describe(planet: "Mars", moons: 2))
print(describe(name: "Jupiter", moons: 95))
