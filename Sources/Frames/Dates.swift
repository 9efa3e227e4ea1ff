/// The unit of numbers turned into dates (pandas `to_datetime(…, unit=…)`).
public enum TimeUnit: String, Sendable, CaseIterable {
    case days = "D", seconds = "s", milliseconds = "ms", microseconds = "us", nanoseconds = "ns"

    var secondsPerUnit: Double {
        switch self {
        case .days: return 86_400
        case .seconds: return 1
        case .milliseconds: return 1e-3
        case .microseconds: return 1e-6
        case .nanoseconds: return 1e-9
        }
    }
}

/// Instants as whole seconds since 1970-01-01 00:00:00 UTC (pandas' `datetime64[s]` after
/// `to_datetime(…, unit=…)`), with calendar fields in the proleptic Gregorian calendar, UTC
/// (pandas `Series.dt`). nil = missing (pandas NaT).
public struct Datetimes: Sendable, Equatable {
    public var name: String
    /// Seconds since the epoch, floored to whole seconds.
    public var seconds: [Int?]

    /// Dates from the numbers of `column` counted in `unit` since the epoch (pandas
    /// `pd.to_datetime(column, unit=unit)`); missing numbers give missing dates.
    /// - Throws: ``FrameError/wrongType(column:expected:found:)`` for a String column,
    ///   ``FrameError/dateOutOfRange(column:value:)`` for a number of more than 1e16 seconds (or infinite).
    public init(_ column: Column, unit: TimeUnit) throws {
        let xs = try column.doubles()
        name = column.name
        // pandas' second resolution spans ±2.9e11 years; beyond ±1e16 s (3e8 years) we refuse.
        if let bad = xs.first(where: { !$0.isNaN && !(abs($0 * unit.secondsPerUnit) < 1e16) }) {
            throw FrameError.dateOutOfRange(column: column.name, value: bad)
        }
        seconds = xs.map { $0.isNaN ? nil : Int(($0 * unit.secondsPerUnit).rounded(.down)) }
    }

    /// Days since the epoch to (year, month 1–12, day 1–31): Howard Hinnant's `civil_from_days`.
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private func field(_ f: (Int, Int) -> Int) -> Column {
        Column(
            name: name,
            ints: seconds.map { s in
                s.map { s in
                    let days = s >= 0 ? s / 86_400 : -((-s + 86_399) / 86_400)
                    return f(days, s - days * 86_400)
                }
            })
    }

    /// pandas `dt.year`.
    public var year: Column { field { d, _ in Self.civil(d).year } }
    /// pandas `dt.month` (1–12).
    public var month: Column { field { d, _ in Self.civil(d).month } }
    /// pandas `dt.day` (1–31).
    public var day: Column { field { d, _ in Self.civil(d).day } }
    /// pandas `dt.weekday` / `dt.dayofweek`: Monday 0 … Sunday 6 (1970-01-01 was a Thursday, 3).
    public var weekday: Column { field { d, _ in ((d % 7) + 7 + 3) % 7 } }
    /// pandas `dt.hour` (0–23).
    public var hour: Column { field { _, s in s / 3600 } }
    /// pandas `dt.minute`.
    public var minute: Column { field { _, s in s % 3600 / 60 } }

    /// The instants as text `YYYY-MM-DD HH:MM:SS` (pandas' display of `datetime64[s]`), nil for missing.
    public var text: [String?] {
        seconds.map { s in
            s.map { s in
                let days = s >= 0 ? s / 86_400 : -((-s + 86_399) / 86_400)
                let (y, m, d) = Self.civil(days)
                let t = s - days * 86_400
                func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
                return "\(y)-\(two(m))-\(two(d)) \(two(t / 3600)):\(two(t % 3600 / 60)):\(two(t % 60))"
            }
        }
    }
}
