struct SortedList<Element: Comparable> {
    private(set) var items: [Element] = []

    mutating func insert(_ x: Element) {
        var i = 0
        while i < items.count && items[i] < x { i += 1 }
        items.insert(x, at: i)
    }

    var minimum: Element? { items.first }
    var maximum: Element? { items.last }

    func contains(_ x: Element) -> Bool {
        var lo = 0, hi = items.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if items[mid] == x { return true }
            if items[mid] < x { lo = mid + 1 } else { hi = mid - 1 }
        }
        return false
    }
}

var list = SortedList<Int>()
for x in [5, 1, 9, 3, 7, 3] { list.insert(x) }
print(list.items)
print(list.minimum!, list.maximum!)
print(list.contains(7), list.contains(4))
var names = SortedList<String>()
["pear", "apple", "fig"].forEach { names.insert($0) }
print(names.items)
