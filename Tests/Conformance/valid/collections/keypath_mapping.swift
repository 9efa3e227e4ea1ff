struct City { let name: String; let population: Int }
let cities = [City(name: "Lyon", population: 513_000), City(name: "Nice", population: 342_000), City(name: "Paris", population: 2_100_000)]
print(cities.map(\.name))
print(cities.map(\.population).reduce(0, +))
let largest = cities.max { $0.population < $1.population }!
print(largest.name)
print(cities.sorted { $0.population < $1.population }.map(\.name))
print(cities.filter { $0.name.count == 4 }.map(\.name))
