var log: [String] = []

func process(_ items: [Int]) -> Int {
    log.append("begin")
    defer { log.append("end") }
    var total = 0
    for item in items {
        if item < 0 {
            log.append("negative found")
            return -1
        }
        total += item
    }
    return total
}

print(process([1, 2, 3]))
print(log)
log.removeAll()
print(process([1, -2, 3]))
print(log)
