let phoneBook = ["ann": "555-1234", "bob": "555-9876"]
let queries = ["ann", "cal", "bob"]
for q in queries {
    if let number = phoneBook[q] {
        print("\(q): \(number)")
    } else {
        print("\(q): not found")
    }
}
print(phoneBook["cal"] as Any)
print(phoneBook["ann"]?.count as Any)
let found = queries.compactMap { phoneBook[$0] }
print(found)
print(phoneBook["bob"]?.hasPrefix("555") ?? false)
