var seen = Set<String>()
let stream = ["a", "b", "a", "c", "b", "d"]
for item in stream {
    let (inserted, _) = seen.insert(item)
    print(item, inserted ? "new" : "duplicate")
}
print(seen.sorted())
print(seen.remove("b") as Any)
print(seen.remove("zzz") as Any)
print(seen.sorted())
seen.formUnion(["x", "y"])
print(seen.sorted(), seen.count)
seen.subtract(["x", "a"])
print(seen.sorted())
let single: Set = ["only"]
print(single)
