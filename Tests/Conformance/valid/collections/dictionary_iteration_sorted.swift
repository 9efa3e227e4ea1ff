let population = ["Oslo": 709_000, "Bergen": 286_000, "Tromsø": 77_000, "Trondheim": 212_000]
for (city, people) in population.sorted(by: { $0.key < $1.key }) {
    print(city, people)
}
print("--- by size")
for (city, people) in population.sorted(by: { $0.value > $1.value }) {
    print(city, people)
}
let total = population.values.reduce(0, +)
print("total:", total)
let big = population.filter { $0.value > 200_000 }.map { $0.key }.sorted()
print(big)
