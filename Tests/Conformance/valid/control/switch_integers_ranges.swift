func bucket(_ score: Int) -> String {
    switch score {
    case 100:
        return "perfect"
    case 90..<100:
        return "A"
    case 80..<90:
        return "B"
    case 60...79:
        return "pass"
    case ..<0:
        return "invalid"
    default:
        return "fail"
    }
}
for s in [100, 95, 80, 79, 60, 12, -3] {
    print(s, bucket(s))
}
