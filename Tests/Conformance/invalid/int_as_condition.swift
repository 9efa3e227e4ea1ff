let items = [3, 1, 2]
let count = items.count
if count {
    print("we have items")
}
