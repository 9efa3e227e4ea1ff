let guests = ["amy", "ben", "cara", "dan"]
print(guests.contains("ben"))
print(guests.contains("eve"))
print(guests.firstIndex(of: "cara") as Any)
print(guests.firstIndex(of: "zed") as Any)
if let i = guests.firstIndex(of: "dan") {
    print("dan sits at \(i)")
}
var seating = guests
if let j = seating.firstIndex(of: "amy") {
    seating[j] = "AMY"
}
print(seating)
print(guests.firstIndex { $0.count == 4 }!)
print(guests.lastIndex { $0.hasSuffix("n") }!)
