import Foundation

enum Weekday: Int {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    var isWeekend: Bool {
        self == .saturday || self == .sunday
    }

    func next() -> Weekday {
        Weekday(rawValue: rawValue % 7 + 1)!
    }

    var shortName: String {
        String("\(self)".prefix(3)).capitalized
    }
}

let today = Weekday.friday
print(today.isWeekend)
print(today.next())
print(today.next().isWeekend)
print(Weekday.sunday.next())
print(Weekday.wednesday.shortName)
var day = Weekday.monday
var names: [String] = []
for _ in 0..<7 {
    names.append(day.shortName)
    day = day.next()
}
print(names)
