let empty: [String] = []
print(empty.first as Any, empty.last as Any)
print(empty.isEmpty, empty.count)
let one = ["solo"]
print(one.first!, one.last!)
let nums = [4, 8, 15, 16, 23, 42]
print(nums.first!, nums.last!)
print(nums.first.map { $0 * 2 } as Any)
print(empty.first ?? "none")
print(nums.dropFirst().first!, nums.dropLast().last!)
