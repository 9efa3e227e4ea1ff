import Foundation

struct Reading {
    let day: String
    let celsius: [Double]

    var average: Double { celsius.reduce(0, +) / Double(celsius.count) }
    var spread: Double { celsius.max()! - celsius.min()! }
}

enum Trend: CustomStringConvertible {
    case warming(Double), cooling(Double), steady

    var description: String {
        switch self {
        case .warming(let d): return String(format: "warming by %.1f", d)
        case .cooling(let d): return String(format: "cooling by %.1f", d)
        case .steady: return "steady"
        }
    }
}

let week = [
    Reading(day: "Mon", celsius: [12.5, 18.0, 15.2]),
    Reading(day: "Tue", celsius: [13.0, 19.5, 16.1]),
    Reading(day: "Wed", celsius: [13.2, 19.9, 15.8]),
    Reading(day: "Thu", celsius: [9.8, 14.0, 11.1]),
    Reading(day: "Fri", celsius: [10.1, 16.3, 12.0]),
]

func trend(from a: Reading, to b: Reading) -> Trend {
    let d = b.average - a.average
    if abs(d) < 0.5 { return .steady }
    return d > 0 ? .warming(d) : .cooling(-d)
}

for r in week {
    print(r.day, String(format: "avg %.2f spread %.1f", r.average, r.spread))
}
for i in 1..<week.count {
    print("\(week[i - 1].day)->\(week[i].day): \(trend(from: week[i - 1], to: week[i]))")
}
let warmest = week.max { $0.average < $1.average }!
print("warmest:", warmest.day)
let all = week.flatMap(\.celsius)
print(all.count, all.min()!, all.max()!)
