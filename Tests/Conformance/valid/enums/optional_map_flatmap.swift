let input: String? = "42"
let missing: String? = nil

let parsed = input.flatMap { Int($0) }
print(parsed as Any)
print(missing.flatMap { Int($0) } as Any)
let doubled = parsed.map { $0 * 2 }
print(doubled as Any)
let nested = input.map { Int($0) }
print(nested as Any)
print(Optional("x").flatMap { Int($0) } as Any)
let length = missing.map(\.count) ?? 0
print(length)
let words: [String?] = ["a", nil, "ccc"]
print(words.map { $0?.count ?? -1 })
print(words.compactMap { $0 }.joined())
let chain = input?.first?.wholeNumberValue
print(chain as Any)
