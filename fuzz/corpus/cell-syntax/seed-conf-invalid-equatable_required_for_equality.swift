struct Item {
    var name: String
}

let items = [Item(name: "pen"), Item(name: "cup")]
print(items.count)
if items[0] == items[1] {
    print("same")
}
