func isLeap(_ year: Int) -> Bool {
    if year % 400 == 0 { return true }
    if year % 100 == 0 { return false }
    return year % 4 == 0
}
for y in [1900, 2000, 2023, 2024, 2100] {
    print(y, isLeap(y))
}
let leaps = (1990...2030).filter(isLeap)
print(leaps)
func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
}
print((1...12).map { daysIn(month: $0, year: 2024) }.reduce(0, +))
