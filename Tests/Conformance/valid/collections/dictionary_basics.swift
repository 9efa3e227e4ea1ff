var capitals = ["France": "Paris", "Japan": "Tokyo"]
capitals["Italy"] = "Rome"
print(capitals.count)
print(capitals["Japan"] ?? "unknown")
print(capitals["Spain"] ?? "unknown")
print(capitals["France"] as Any)
capitals["France"] = nil
print(capitals.count)
let old = capitals.updateValue("Kyoto", forKey: "Japan")
print(old as Any, capitals["Japan"]!)
for country in capitals.keys.sorted() {
    print("\(country): \(capitals[country]!)")
}
print(capitals.isEmpty)
let single = ["only": 1]
print(single)
