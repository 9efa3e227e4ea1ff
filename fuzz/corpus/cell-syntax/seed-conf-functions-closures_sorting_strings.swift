var names = ["Chris", "Alex", "Ewa", "Barry", "Daniella"]
let backwards = names.sorted(by: { (s1: String, s2: String) -> Bool in
    return s1 > s2
})
print(backwards)
print(names.sorted(by: { s1, s2 in s1.count < s2.count }))
print(names.sorted { $0.last! < $1.last! })
names.sort()
print(names)
let grouped = Dictionary(grouping: names) { $0.count }
print(grouped.keys.sorted().map { grouped[$0]!.joined(separator: "&") })
