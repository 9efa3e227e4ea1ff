let names = ["ant", "bee", "cat", "dog"]
let legs = [6, 6, 4, 4]
let weights = [0.000003, 0.0001, 4.2, 25.0]

for (name, count) in zip(names, legs) {
    print(name, count)
}
let rows = zip(names, zip(legs, weights)).map { (name: $0, legs: $1.0, kg: $1.1) }
for r in rows where r.kg > 1 {
    print(r.name, r.legs, r.kg)
}
print(rows.count)
let heaviest = rows.max { $0.kg < $1.kg }!
print(heaviest)
let short = zip([1, 2, 3], ["a", "b"])
print(Array(short).count)
print(zip(legs, legs.dropFirst()).map { $0 == $1 })
let (ns, ls) = (rows.map(\.name), rows.map(\.legs))
print(ns, ls)
