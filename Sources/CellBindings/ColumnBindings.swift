// One column of a DataFrame in cells (pandas' Series), and typed access to its values.
//
// A column's element type (Int, Double or String) is known only when the file is read, so the
// values reach Swift as Apple's TabularData gives them: the cell says which type it expects.
// Either explicitly (`ints`, `doubles`, `strings`), or through a generic result that Swift infers
// from the context (`let ids: [Int] = df["userId"].tolist()`, `[Int?]` to keep missing values as
// nil). Without a context the checker says so, as swiftc does; asking for the wrong type stops the
// cell with an error naming the column and its type. Never a wrong value.

import CellCore
import Frames
import Reporting

/// One column of a DataFrame held by a cell; shows as a one-column table.
final class ColumnObject: CellDisplayable, CustomStringConvertible {
    let column: Column
    init(_ column: Column) { self.column = column }
    var reportOutput: ReportOutput {
        guard let frame = try? DataFrame([column]) else { return .text("Column \(column.name)") }
        let table = frame.table()
        return .table(
            ReportTable(
                columns: table.columns, index: table.index, rows: table.rows, totalRows: table.totalRows,
                totalColumns: table.totalColumns))
    }
    var description: String { ((try? DataFrame([column]))?.table().text) ?? "Column \(column.name)" }
}

enum ColumnBindings {
    static let source = """
        /// One named, typed column of a DataFrame (pandas' Series): Int, Double or String values,
        /// some of them missing.
        final class Column {
            /// The column's name.
            var name: String { get }
            /// The element type: "Int", "Double" or "String".
            var dtype: String { get }
            /// The number of rows, missing values included. pandas: `len(s)`.
            var count: Int { get }
            /// The values of an Int column (stops the cell if the column is not Int or a value is
            /// missing). pandas: `s.to_numpy(int)`.
            var ints: [Int] { get }
            /// The values of a numeric column as Doubles (an Int column's values converted, missing
            /// values NaN; stops the cell for a String column). pandas: `s.to_numpy(float)`.
            var doubles: [Double] { get }
            /// The values of a String column (stops the cell if the column is not String or a value
            /// is missing). pandas: `s.tolist()`.
            var strings: [String] { get }
            /// Every value in row order, as the type the context asks for: `[Int]`, `[Double]`,
            /// `[String]`, or their optionals (`[Int?]`: missing values are nil). pandas: `tolist`.
            func tolist<T>() -> [T]
            /// The distinct values in order of first appearance, missing included once, as a column
            /// of the same name. pandas: `Series.unique`.
            func unique() -> Column
            /// The number of distinct non-missing values. pandas: `Series.nunique`.
            func nunique() -> Int
            /// The smallest non-missing value, as the type the context asks for; nil when there is
            /// none. pandas: `Series.min`.
            func min<T>() -> T?
            /// The largest non-missing value, as the type the context asks for; nil when there is
            /// none. pandas: `Series.max`.
            func max<T>() -> T?
            /// The mean of the non-missing values of a numeric column (NaN when there is none).
            /// pandas: `Series.mean`.
            func mean() -> Double
            /// How often each non-missing value occurs, most frequent first (ties in order of first
            /// appearance); shows with the values as its index. pandas: `Series.value_counts`.
            func valueCounts() -> DataFrame
        }
        """

    static var functions: [String: HostFunction] {
        [
            "Column.name": { call in .string(column(call).name) },
            "Column.dtype": { call in .string(column(call).type.rawValue) },
            "Column.count": { call in .int(column(call).count) },
            "Column.ints": { call in try values(column(call), as: "Int", optional: false) },
            "Column.doubles": { call in try values(column(call), as: "Double", optional: false) },
            "Column.strings": { call in try values(column(call), as: "String", optional: false) },
            "Column.tolist()": { call in
                let element = call.resultType.genericArguments.first ?? .void
                let wrapped = element.optionalWrapped
                return try values(column(call), as: (wrapped ?? element).description, optional: wrapped != nil)
            },
            "Column.unique()": { call in .host(ColumnObject(column(call).unique())) },
            "Column.nunique()": { call in .int(column(call).nunique()) },
            "Column.min()": { call in try extreme(call, largest: false) },
            "Column.max()": { call in try extreme(call, largest: true) },
            "Column.mean()": { call in
                let c = column(call)
                let xs = try FrameBindings.frames { try c.doubles() }.filter { !$0.isNaN }
                return .double(xs.isEmpty ? .nan : xs.reduce(0, +) / Double(xs.count))
            },
            "Column.valueCounts()": { call in .host(valueCounts(column(call))) },
        ]
    }

    static func column(_ call: HostCall) -> Column { call.object(nil, as: ColumnObject.self).column }

    /// A column's values as a Swift array of `type` ("Int", "Double" or "String"), or of its
    /// optional. A missing value is nil in an optional array and NaN in `[Double]`; in `[Int]` and
    /// `[String]` it stops the cell.
    static func values(_ c: Column, as type: String, optional: Bool) throws -> Value {
        let present = (0..<c.count).map(c.isPresent)
        func missing() -> HostError? {
            guard !optional, let row = present.firstIndex(of: false) else { return nil }
            return HostError(
                "column '\(c.name)' has a missing value at row \(row); ask for [\(type)?] to get it as nil")
        }
        switch (type, c.values) {
        case ("Int", .int(let v)):
            if let e = missing() { throw e }
            return .array(zip(v, present).map { $1 ? .int($0) : .none })
        case ("Double", .int(let v)):
            return .array(zip(v, present).map { $1 ? .double(Double($0)) : (optional ? .none : .double(.nan)) })
        case ("Double", .double(let v)):
            return .array(zip(v, present).map { $1 ? .double($0) : (optional ? .none : .double(.nan)) })
        case ("String", .string(let v)):
            if let e = missing() { throw e }
            return .array(zip(v, present).map { $1 ? .string($0) : .none })
        case ("Int", _), ("Double", _), ("String", _):
            let hint = c.type == .double ? "doubles" : c.type == .int ? "ints" : "strings"
            throw HostError(
                "column '\(c.name)' holds \(c.type) values, not \(type) (use .\(hint), or ask for [\(c.type)])")
        default:
            throw HostError(
                "a column's values are Int, Double or String (or their optionals), not \(type); column '\(c.name)' holds \(c.type) values")
        }
    }

    /// `min()` / `max()` as the optional type the context asks for.
    static func extreme(_ call: HostCall, largest: Bool) throws -> Value {
        let c = column(call)
        let type = call.resultType.optionalWrapped?.description ?? call.resultType.description
        let value: CellValue?
        if case .string = c.values {
            // Frames reduces numbers only; strings compare by code point, as pandas (Python) does.
            let present = (0..<c.count).compactMap { c[$0] }
            value = largest ? present.max(by: CellValue.ascending) : present.min(by: CellValue.ascending)
        } else {
            value = try FrameBindings.frames { largest ? try c.max() : try c.min() }
        }
        switch (type, value) {
        case (_, nil): return .none
        case ("Int", .int(let i)?): return .int(i)
        case ("Double", .int(let i)?): return .double(Double(i))
        case ("Double", .double(let d)?): return .double(d)
        case ("String", .string(let s)?): return .string(s)
        default:
            throw HostError("column '\(c.name)' holds \(c.type) values, not \(type) (ask for \(c.type)?)")
        }
    }

    /// pandas' `value_counts()`: present values with their counts, most frequent first, ties in
    /// order of first appearance (a stable sort of the first-appearance order).
    static func valueCounts(_ c: Column) -> FrameObject {
        let distinct = c.unique()
        var position: [CellValue: Int] = [:]
        var keepRows: [Int] = []
        for i in 0..<distinct.count {
            if let v = distinct[i] {
                position[v] = keepRows.count
                keepRows.append(i)
            }
        }
        var counts = [Int](repeating: 0, count: keepRows.count)
        for i in 0..<c.count { if let v = c[i], let p = position[v] { counts[p] += 1 } }
        let order = counts.indices.sorted { counts[$0] > counts[$1] || (counts[$0] == counts[$1] && $0 < $1) }
        let keys = (try? DataFrame([distinct]).rows(order.map { keepRows[$0] }).columns[0]) ?? distinct
        let frame = (try? DataFrame([keys, Column(name: "count", ints: order.map { counts[$0] })])) ?? (try! DataFrame([]))
        return FrameObject(frame, indexColumn: c.name)
    }
}
