// String methods and dates of a column in cells (pandas' `Series.str` and `Series.dt` accessors,
// `pd.to_datetime`), and list columns from `str.split` with `explode`.

import CellCore
import Frames
import Reporting

/// The string methods of a String column (`column.str`).
final class StringMethodsObject: CustomStringConvertible {
    let column: Column
    init(_ column: Column) { self.column = column }
    var description: String { "StringMethods(\(column.name))" }
}

/// A column of lists of strings (`str.split`), until `explode` makes rows of them.
final class ListColumnObject: CellDisplayable, CustomStringConvertible {
    let name: String
    let lists: [[String]?]
    init(name: String, lists: [[String]?]) {
        self.name = name
        self.lists = lists
    }
    /// Each list as pandas shows it in a table (`[Action, Comedy]`), for display.
    var textColumn: Column {
        Column(name: name, strings: lists.map { list in list.map { "[" + $0.joined(separator: ", ") + "]" } })
    }
    var reportOutput: ReportOutput { ColumnObject(textColumn).reportOutput }
    var description: String { ColumnObject(textColumn).description }
}

/// Dates and times of a column (`toDatetime`), with calendar fields through `.dt`.
final class DatetimeObject: CellDisplayable, CustomStringConvertible {
    let datetimes: Datetimes
    init(_ datetimes: Datetimes) { self.datetimes = datetimes }
    var column: Column { Column(name: datetimes.name, strings: datetimes.text) }
    var reportOutput: ReportOutput { ColumnObject(column).reportOutput }
    var description: String { ColumnObject(column).description }
}

enum ColumnTextBindings {
    static let source = """
        /// The string methods of a String column, row by row; missing values stay missing (or give
        /// false in a mask). pandas: `Series.str`.
        final class StringMethods {
            /// pandas: `str.lower()`.
            func lower() -> Column
            /// pandas: `str.upper()`.
            func upper() -> Column
            /// The number of characters (Unicode code points, as Python counts), as an Int column.
            /// pandas: `str.len()`.
            func len() -> Column
            /// Without leading and trailing whitespace. pandas: `str.strip()`.
            func strip() -> Column
            /// Whether each value contains `pattern`, a regular expression unless `regex` is false;
            /// missing values give false. pandas: `str.contains(pattern, regex=…, na=False)`.
            func contains(_ pattern: String, regex: Bool = true) -> Mask
            /// Whether each value starts with `prefix`. pandas: `str.startswith(prefix)`.
            func startswith(_ prefix: String) -> Mask
            /// Whether each value ends with `suffix`. pandas: `str.endswith(suffix)`.
            func endswith(_ suffix: String) -> Mask
            /// Every occurrence of `pattern` (literal text, or a regular expression when `regex`)
            /// replaced by `replacement` (literal text). pandas: `str.replace(pattern, replacement, regex=…)`.
            func replace(_ pattern: String, _ replacement: String, regex: Bool = false) -> Column
            /// The characters (code points) from `start` up to `stop`, as Python slices: negative
            /// positions count from the end. pandas: `str.slice(start, stop)`, `str[start:stop]`.
            func slice(_ start: Int? = nil, _ stop: Int? = nil) -> Column
            /// Each value split at every `separator` (a literal string), as a list column; follow
            /// with `explode()`, or `assign` it and `explode` the frame. pandas: `str.split(separator)`.
            func split(_ separator: String) -> ListColumn
        }

        /// A column of lists of strings, made by `str.split` (pandas: a Series of lists).
        final class ListColumn {
            /// The column's name.
            var name: String { get }
            /// The number of rows.
            var count: Int { get }
            /// The lists' lengths, as an Int column. pandas: `str.len()` on lists.
            func len() -> Column
            /// One row per list element (an empty or missing list gives one missing value).
            /// pandas: `Series.explode()`.
            func explode() -> Column
        }

        /// The unit of numbers turned into dates (pandas' `unit=`).
        enum TimeUnit {
            /// Days.
            case D
            /// Seconds (Unix timestamps, as MovieLens' `timestamp`).
            case s
            /// Milliseconds.
            case ms
            /// Microseconds.
            case us
            /// Nanoseconds.
            case ns
        }

        /// Instants in UTC (pandas' datetime64 Series); calendar fields through `dt`.
        final class DatetimeColumn {
            /// The column's name.
            var name: String { get }
            /// The calendar fields. pandas: `Series.dt`.
            var dt: DatetimeProperties { get }
            /// The instants as text `YYYY-MM-DD HH:MM:SS`. pandas: `dt.strftime('%Y-%m-%d %H:%M:%S')`.
            func strings() -> Column
        }

        /// Calendar fields of dates, in the proleptic Gregorian calendar, UTC, as Int columns
        /// (missing dates missing). pandas: `Series.dt`.
        final class DatetimeProperties {
            /// pandas: `dt.year`.
            var year: Column { get }
            /// 1–12. pandas: `dt.month`.
            var month: Column { get }
            /// 1–31. pandas: `dt.day`.
            var day: Column { get }
            /// Monday 0 … Sunday 6. pandas: `dt.weekday`.
            var weekday: Column { get }
            /// Monday 0 … Sunday 6. pandas: `dt.dayofweek`.
            var dayofweek: Column { get }
            /// 0–23. pandas: `dt.hour`.
            var hour: Column { get }
            /// 0–59. pandas: `dt.minute`.
            var minute: Column { get }
        }

        extension Column {
            /// The string methods. pandas: `Series.str`.
            var str: StringMethods { get }
        }

        /// The numbers of `column` as instants, counted in `unit` since 1970-01-01 UTC (fractions of
        /// a second dropped); missing numbers give missing dates. pandas: `pd.to_datetime(column, unit=…)`.
        func toDatetime(_ column: Column, unit: TimeUnit = .s) -> DatetimeColumn
        """

    static var functions: [String: HostFunction] {
        var f: [String: HostFunction] = [
            "Column.str": { call in
                let c = ColumnBindings.column(call)
                guard c.type == .string else {
                    throw HostError("str needs a String column; column '\(c.name)' holds \(c.type) values")
                }
                return .host(StringMethodsObject(c))
            },
            "StringMethods.lower()": { call in try text(call) { try $0.lowercased() } },
            "StringMethods.upper()": { call in try text(call) { try $0.uppercased() } },
            "StringMethods.len()": { call in try text(call) { try $0.lengths() } },
            "StringMethods.strip()": { call in try text(call) { try $0.stripped() } },
            "StringMethods.contains(String,regex:Bool)": { call in
                let c = strings(call)
                do {
                    return .host(MaskObject(try c.contains(call.string(0), regex: call.bool(1))))
                } catch let error as FrameError {
                    throw HostError(error.description, argument: 0)
                }
            },
            "StringMethods.startswith(String)": { call in
                .host(MaskObject(try FrameBindings.frames { try strings(call).startsWith(call.string(0)) }))
            },
            "StringMethods.endswith(String)": { call in
                .host(MaskObject(try FrameBindings.frames { try strings(call).endsWith(call.string(0)) }))
            },
            "StringMethods.replace(String,String,regex:Bool)": { call in
                let c = strings(call)
                do {
                    return .host(ColumnObject(try c.replacing(call.string(0), with: call.string(1), regex: call.bool(2))))
                } catch let error as FrameError {
                    throw HostError(error.description, argument: 0)
                }
            },
            "StringMethods.slice(Int?,Int?)": { call in
                let start = call.optional(0)?.asInt, stop = call.optional(1)?.asInt
                return try text(call) { try $0.slicing(start: start, stop: stop) }
            },
            "StringMethods.split(String)": { call in
                let c = strings(call)
                guard !call.string(0).isEmpty else { throw HostError("expected a non-empty separator", argument: 0) }
                return .host(ListColumnObject(name: c.name, lists: try FrameBindings.frames { try c.split(call.string(0)) }))
            },
            "ListColumn.name": { call in .string(lists(call).name) },
            "ListColumn.count": { call in .int(lists(call).lists.count) },
            "ListColumn.len()": { call in
                let l = lists(call)
                return .host(ColumnObject(Column(name: l.name, ints: l.lists.map { $0?.count })))
            },
            "ListColumn.explode()": { call in
                let l = lists(call)
                let items: [String?] = l.lists.flatMap { list -> [String?] in
                    guard let list, !list.isEmpty else { return [nil] }
                    return list
                }
                return .host(ColumnObject(Column(name: l.name, strings: items)))
            },
            "toDatetime(Column,unit:TimeUnit)": { call in
                let c = call.object(0, as: ColumnObject.self).column
                guard case .enumCase(let index, _) = call.arguments[1] else { preconditionFailure("interpreter bug: TimeUnit") }
                let unit: TimeUnit = [.days, .seconds, .milliseconds, .microseconds, .nanoseconds][index]
                do {
                    return .host(DatetimeObject(try Datetimes(c, unit: unit)))
                } catch let error as FrameError {
                    throw HostError(error.description, argument: 0)
                }
            },
            "DatetimeColumn.name": { call in .string(datetimes(call).name) },
            "DatetimeColumn.dt": { call in call.receiver },
            "DatetimeColumn.strings()": { call in .host(ColumnObject(call.object(nil, as: DatetimeObject.self).column)) },
        ]
        let fields: [(String, (Datetimes) -> Column)] = [
            ("year", \.year), ("month", \.month), ("day", \.day), ("weekday", \.weekday), ("dayofweek", \.weekday),
            ("hour", \.hour), ("minute", \.minute),
        ]
        for (name, field) in fields {
            f["DatetimeProperties.\(name)"] = { call in .host(ColumnObject(field(datetimes(call)))) }
        }
        return f
    }

    static func strings(_ call: HostCall) -> Column { call.object(nil, as: StringMethodsObject.self).column }
    static func lists(_ call: HostCall) -> ListColumnObject { call.object(nil, as: ListColumnObject.self) }
    static func datetimes(_ call: HostCall) -> Datetimes { call.object(nil, as: DatetimeObject.self).datetimes }

    static func text(_ call: HostCall, _ body: (Column) throws -> Column) throws -> Value {
        let c = strings(call)
        return .host(ColumnObject(try FrameBindings.frames { try body(c) }))
    }
}
