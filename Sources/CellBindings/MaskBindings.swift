// Boolean masks in cells (pandas' boolean Series): column comparisons (`df["count"] >= 50`,
// `df["title"] == "Heat"`), combined with `&`, `|` and `!`, and row filtering (`df[mask]`).

import CellCore
import Frames
import Reporting

/// One row of a frame, for `filter`.
final class RowObject {
    let frame: DataFrame
    let row: Int
    init(_ frame: DataFrame, _ row: Int) {
        self.frame = frame
        self.row = row
    }

    /// The value of `name` at this row, checked against the type asked for (argument 0 named on error).
    func value(_ name: String, as type: ColumnType) throws -> Value {
        guard let column = frame.columnIndex(name).map({ frame.columns[$0] }) else {
            throw HostError(FrameError.columnNotFound(name, available: frame.columnNames).description, argument: 0)
        }
        guard let v = column[row] else { return .none }
        switch (type, v) {
        case (.int, .int(let i)): return .int(i)
        case (.double, .int(let i)): return .double(Double(i))
        case (.double, .double(let d)): return .double(d)
        case (.string, .string(let s)): return .string(s)
        default:
            let hint = column.type == .int ? "int" : column.type == .double ? "double" : "string"
            throw HostError("column '\(name)' holds \(column.type) values, not \(type) (use row.\(hint)(\"\(name)\"))", argument: 0)
        }
    }
}

/// One flag per row of a frame; shows as a one-column table of `true`/`false`.
final class MaskObject: CellDisplayable, CustomStringConvertible {
    let flags: [Bool]
    init(_ flags: [Bool]) { self.flags = flags }
    var column: Column { Column(name: "mask", strings: flags.map { $0 ? "true" : "false" }) }
    var reportOutput: ReportOutput { ColumnObject(column).reportOutput }
    var description: String { ColumnObject(column).description }
}

enum MaskBindings {
    static let comparisons: [(String, Comparison)] = [
        ("==", .equal), ("!=", .notEqual), ("<", .less), ("<=", .lessOrEqual), (">", .greater), (">=", .greaterOrEqual),
    ]

    static var source: String {
        let operators = comparisons.map { op, _ in
            ["Int", "Double", "String", "Column"].map {
                let rhs = $0 == "Column" ? "another column" : $0 == "Int" ? "an Int" : "a \($0)"
                let missing = op == "!=" ? "true" : "false"
                return "    /// Row by row `\(op)` with \(rhs); a missing value gives \(missing). pandas: `s \(op) x`.\n"
                    + "    static func \(op) (lhs: Column, rhs: \($0)) -> Mask"
            }
            .joined(separator: "\n")
        }.joined(separator: "\n")
        return """
            /// One flag per row (pandas' boolean Series), made by comparing a column with a value or
            /// another column; select rows with `df[mask]`. Combine with `&` (and), `|` (or) and
            /// `!` (not); parenthesise comparisons, as in pandas: `(df["a"] > 1) & (df["b"] == "x")`.
            final class Mask {
                /// The number of rows. pandas: `len(mask)`.
                var count: Int { get }
                /// The flags in row order. pandas: `mask.tolist()`.
                var values: [Bool] { get }
                /// The number of true flags. pandas: `mask.sum()`.
                func sum() -> Int
                /// Whether any flag is true. pandas: `mask.any()`.
                func any() -> Bool
                /// Whether every flag is true. pandas: `mask.all()`.
                func all() -> Bool
                /// Row by row and. pandas: `m1 & m2`.
                static func & (lhs: Mask, rhs: Mask) -> Mask
                /// Row by row or. pandas: `m1 | m2`.
                static func | (lhs: Mask, rhs: Mask) -> Mask
                /// Row by row not. pandas: `~mask`.
                static prefix func ! (mask: Mask) -> Mask
            }

            extension Column {
                /// Compares every value with `rhs` (a number, a string, or another column row by row); a
                /// missing value compares false, except with `!=`. Strings compare by code points.
                /// pandas: `s == x`, `s != x`, `s < x`, `s <= x`, `s > x`, `s >= x`.
            \(operators)
                /// Whether each value is missing. pandas: `Series.isna`.
                func isna() -> Mask
                /// Whether each value is present. pandas: `Series.notna`.
                func notna() -> Mask
                /// Whether each value is one of `values` (missing values: false). pandas: `Series.isin`.
                func isin(_ values: [Int]) -> Mask
                /// Whether each value is one of `values` (missing values: false). pandas: `Series.isin`.
                func isin(_ values: [Double]) -> Mask
                /// Whether each value is one of `values` (missing values: false). pandas: `Series.isin`.
                func isin(_ values: [String]) -> Mask
                /// The values whose flag is true. pandas: `s[mask]`.
                subscript(_ mask: Mask) -> Column { get }
            }

            /// One row of a frame, read by column name and type inside `filter` and `rows`.
            final class Row {
                /// The row's position in its frame.
                var index: Int { get }
                /// The value of an Int column (nil when missing; stops the cell for another type).
                func int(_ column: String) -> Int?
                /// The value of a numeric column as a Double (nil when missing).
                func double(_ column: String) -> Double?
                /// The value of a String column (nil when missing).
                func string(_ column: String) -> String?
            }

            extension DataFrame {
                /// The rows whose flag is true, in order. pandas: `df[mask]`.
                subscript(_ mask: Mask) -> DataFrame { get }
                /// The rows for which `isIncluded` returns true, in order.
                /// pandas: `df[df.apply(lambda row: …, axis=1)]`.
                func filter(_ isIncluded: (Row) -> Bool) -> DataFrame
            }
            """
    }

    static var functions: [String: HostFunction] {
        var f: [String: HostFunction] = [
            "Mask.count": { call in .int(mask(call).count) },
            "Mask.values": { call in .array(mask(call).map(Value.bool)) },
            "Mask.sum()": { call in .int(mask(call).filter { $0 }.count) },
            "Mask.any()": { call in .bool(mask(call).contains(true)) },
            "Mask.all()": { call in .bool(!mask(call).contains(false)) },
            "Mask.&(Mask,Mask)": { call in try combine(call) { $0 && $1 } },
            "Mask.|(Mask,Mask)": { call in try combine(call) { $0 || $1 } },
            "Mask.!(Mask)": { call in .host(MaskObject(call.object(0, as: MaskObject.self).flags.map { !$0 })) },
            "Column.isna()": { call in .host(MaskObject(ColumnBindings.column(call).isMissing())) },
            "Column.notna()": { call in .host(MaskObject(ColumnBindings.column(call).isMissing().map { !$0 })) },
            "Column.isin([Int])": { call in .host(MaskObject(ColumnBindings.column(call).isIn(call.ints(0).map(CellValue.int)))) },
            "Column.isin([Double])": { call in
                .host(MaskObject(ColumnBindings.column(call).isIn(call.doubles(0).map(CellValue.double))))
            },
            "Column.isin([String])": { call in
                .host(MaskObject(ColumnBindings.column(call).isIn(call.strings(0).map(CellValue.string))))
            },
            "Column.subscript(Mask)": { call in
                let c = ColumnBindings.column(call)
                let frame = try FrameBindings.frames { try DataFrame([c]).filter(call.object(0, as: MaskObject.self).flags) }
                return .host(ColumnObject(frame.columns[0]))
            },
            "Row.index": { call in .int(call.object(nil, as: RowObject.self).row) },
            "Row.int(String)": { call in try call.object(nil, as: RowObject.self).value(call.string(0), as: .int) },
            "Row.double(String)": { call in try call.object(nil, as: RowObject.self).value(call.string(0), as: .double) },
            "Row.string(String)": { call in try call.object(nil, as: RowObject.self).value(call.string(0), as: .string) },
            "DataFrame.filter((Row) -> Bool)": { call in
                let frame = FrameBindings.frame(call)
                var keep: [Bool] = []
                keep.reserveCapacity(frame.rowCount)
                for row in 0..<frame.rowCount {
                    keep.append(try call.call(call.arguments[0], [.host(RowObject(frame, row))]).asBool)
                }
                return .host(FrameObject(try FrameBindings.frames { try frame.filter(keep) }))
            },
            "DataFrame.subscript(Mask)": { call in
                let flags = call.object(0, as: MaskObject.self).flags
                let frame = FrameBindings.frame(call)
                guard flags.count == frame.rowCount else {
                    throw HostError("expected a mask of \(frame.rowCount) rows (one per row of the frame), got \(flags.count)", argument: 0)
                }
                return .host(FrameObject(try FrameBindings.frames { try frame.filter(flags) }))
            },
        ]
        for (op, comparison) in comparisons {
            for type in ["Int", "Double", "String"] {
                f["Column.\(op)(Column,\(type))"] = { call in
                    let lhs = call.object(0, as: ColumnObject.self).column
                    let value: CellValue =
                        type == "Int" ? .int(call.int(1)) : type == "Double" ? .double(call.double(1)) : .string(call.string(1))
                    do {
                        return .host(MaskObject(try lhs.compare(comparison, value)))
                    } catch let error as FrameError {
                        throw HostError(error.description, argument: 1)
                    }
                }
            }
            f["Column.\(op)(Column,Column)"] = { call in
                let lhs = call.object(0, as: ColumnObject.self).column
                let rhs = call.object(1, as: ColumnObject.self).column
                do {
                    return .host(MaskObject(try lhs.compare(comparison, rhs)))
                } catch let error as FrameError {
                    throw HostError(error.description, argument: 1)
                }
            }
        }
        return f
    }

    static func mask(_ call: HostCall) -> [Bool] { call.object(nil, as: MaskObject.self).flags }

    static func combine(_ call: HostCall, _ op: (Bool, Bool) -> Bool) throws -> Value {
        let a = call.object(0, as: MaskObject.self).flags, b = call.object(1, as: MaskObject.self).flags
        guard a.count == b.count else {
            throw HostError("expected masks of the same length, got \(a.count) and \(b.count)", argument: 1)
        }
        return .host(MaskObject(zip(a, b).map { op($0, $1) }))
    }
}
