enum Season: String, CaseIterable {
    case spring, summer, autumn, winter

    var next: Season {
        let all = Season.allCases
        let i = all.firstIndex(of: self)!
        return all[(i + 1) % all.count]
    }

    var previous: Season {
        let all = Season.allCases
        let i = all.firstIndex(of: self)!
        return all[(i + all.count - 1) % all.count]
    }
}

var s = Season.autumn
var order: [String] = []
for _ in 0..<6 {
    order.append(s.rawValue)
    s = s.next
}
print(order)
print(Season.spring.previous)
print(Season.winter.next.next)
print(Season.allCases.map { $0.next.rawValue.count })
