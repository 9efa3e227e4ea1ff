struct City {
    var name: String
    var population: Int
    var area: Double

    var density: Double { Double(population) / area }
}

var cities = [
    City(name: "Bergen", population: 285_000, area: 465),
    City(name: "Oslo", population: 700_000, area: 454),
    City(name: "Tromso", population: 77_000, area: 2_521),
]

print(cities.map(\.name))
print(cities.map(\.population).reduce(0, +))
let byArea = cities.sorted { $0[keyPath: \.area] < $1[keyPath: \.area] }
print(byArea.map(\.name))
let nameKey = \City.name
print(cities[0][keyPath: nameKey])
cities[2][keyPath: \.population] += 1_000
print(cities[2].population)

func largest<T: Comparable>(_ list: [City], by key: KeyPath<City, T>) -> String {
    list.max { $0[keyPath: key] < $1[keyPath: key] }!.name
}
print(largest(cities, by: \.area))
print(largest(cities, by: \.density))
