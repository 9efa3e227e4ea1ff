enum Membership: Int {
    case basic = 1, silver, gold, platinum
}

func perks(_ m: Membership) -> [String] {
    var list: [String] = []
    switch m {
    case .platinum:
        list.append("lounge")
        fallthrough
    case .gold:
        list.append("free bags")
        fallthrough
    case .silver:
        list.append("priority")
    case .basic:
        break
    }
    return list
}

for m in [Membership.basic, .silver, .gold, .platinum] {
    print(m, perks(m))
}
print(perks(Membership(rawValue: 3)!).count)
