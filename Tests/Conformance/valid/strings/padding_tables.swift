import Foundation

let rows = [("apple", 3, 1.25), ("kiwi", 12, 0.5), ("watermelon", 1, 4.75)]
let header = "item".padding(toLength: 12, withPad: " ", startingAt: 0) + "qty".padding(toLength: 5, withPad: " ", startingAt: 0) + "price"
print(header)
print(String(repeating: "-", count: header.count))
for (item, qty, price) in rows {
    let line = item.padding(toLength: 12, withPad: " ", startingAt: 0)
        + String(qty).padding(toLength: 5, withPad: " ", startingAt: 0)
        + String(price)
    print(line)
}
print("abc".padding(toLength: 8, withPad: ".-", startingAt: 0))
print("truncated".padding(toLength: 4, withPad: " ", startingAt: 0))
