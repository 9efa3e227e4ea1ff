let rows = ["alice,30", "bob", "carol,x", "dan,41"]
var ages: [String: Int] = [:]
for row in rows {
    let parts = row.split(separator: ",")
    guard parts.count == 2 else {
        print("skip (fields):", row)
        continue
    }
    guard let age = Int(parts[1]) else {
        print("skip (age):", row)
        continue
    }
    ages[String(parts[0])] = age
}
for name in ages.keys.sorted() {
    print(name, ages[name]!)
}
