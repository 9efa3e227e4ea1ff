// Data frames in cells (pandas' names in Swift case, with pandas' semantics), bound through the
// registry API: `readCSV`, `crosstab`, and the `DataFrame` and `GroupBy` host types. Columns
// (pandas' Series) and their typed values are in ColumnBindings.swift. Ported from
// Sources/CellRuntime/Builtins/FrameBuiltins.swift; every name of that table keeps working.

import CellCore
import Frames
import Reporting

/// A DataFrame held by a cell.
final class FrameObject: CellDisplayable, CustomStringConvertible {
    /// The frame; `df["c"] = …` replaces it (a frame held by a cell is shared, as in pandas).
    var frame: DataFrame
    /// Columns assigned from `str.split` (lists of strings, shown as Python shows lists), kept for
    /// `explode`; any other operation drops them.
    var lists: [String: [[String]?]] = [:]
    /// The column shown as the row labels instead of positions (a crosstab's row keys, which pandas
    /// holds as the index); it must be the first column.
    let indexColumn: String?
    init(_ frame: DataFrame, indexColumn: String? = nil) {
        self.frame = frame
        self.indexColumn = indexColumn
    }
    var reportOutput: ReportOutput {
        let table = frame.table()
        guard let name = indexColumn, table.columns.first == name else {
            return .table(
                ReportTable(
                    columns: table.columns, index: table.index, rows: table.rows, totalRows: table.totalRows,
                    totalColumns: table.totalColumns))
        }
        // The key column becomes the index, as pandas shows a crosstab.
        return .table(
            ReportTable(
                columns: Array(table.columns.dropFirst()), index: table.rows.map { $0.first ?? "" }, indexName: name,
                rows: table.rows.map { Array($0.dropFirst()) }, totalRows: table.totalRows,
                totalColumns: table.totalColumns - 1))
    }
    var description: String { frame.table().text }
}

/// The groups of a DataFrame by one key column; shows as text, as the old `display()` did.
final class GroupByObject: CellDisplayable, CustomStringConvertible {
    let groupBy: GroupBy
    /// The columns chosen with `groupBy(k)["c"]` (pandas' SeriesGroupBy), else nil: every non-key column.
    let selection: [String]?
    init(_ groupBy: GroupBy, selection: [String]? = nil) {
        self.groupBy = groupBy
        self.selection = selection
    }
    var description: String {
        "GroupBy(\(groupBy.keyNames.joined(separator: ", ")), \(groupBy.groupCount) groups)"
    }
    var reportOutput: ReportOutput { .text(description) }
}

enum FrameBindings {
    static let source = """
        /// How a CSV file's bytes encode text (pandas' `encoding=`).
        enum CSVEncoding {
            /// UTF-8, with or without a byte-order mark (the default, as in pandas).
            case utf8
            /// ISO-8859-1, each byte one character (MovieLens 100K's `u.item`; pandas' `'latin-1'`).
            case latin1
        }

        /// How `crosstab` combines the values that fall in one cell (pandas' `aggfunc=`).
        enum Aggregate {
            /// The sum of the present values.
            case sum
            /// The number of present values.
            case count
            /// The mean of the present values (missing when none is present).
            case mean
        }

        /// A table of named, typed columns (pandas' DataFrame): Int, Double or String columns with
        /// missing values; rows by position. Every operation returns a new frame.
        final class DataFrame {
            /// The number of rows and columns. pandas: `shape`.
            var shape: (rows: Int, columns: Int) { get }
            /// The number of rows. pandas: `len(df)`.
            var count: Int { get }
            /// The column names in order. pandas: `columns`.
            var columnNames: [String] { get }
            /// The first `n` rows (all of them when there are fewer); a negative `n` gives all rows
            /// but the last |n|. pandas: `head`.
            func head(_ n: Int = 5) -> DataFrame
            /// The last `n` rows; a negative `n` gives all rows but the first |n|. pandas: `tail`.
            func tail(_ n: Int = 5) -> DataFrame
            /// Groups rows by the values of `column` (keys sorted, missing keys dropped); follow
            /// with `count()`, `count(_:)` or `mean(_:)`. pandas: `groupby(column)`.
            func groupBy(_ column: String) -> GroupBy
            /// The rows sorted by `column`; stable, so ties keep their order; missing values last.
            /// pandas: `sort_values(column, ascending=…, kind='stable')`.
            func sorted(by column: String, ascending: Bool = true) -> DataFrame
            /// The same as `sorted(by:ascending:)`. pandas: `sort_values`.
            func sortValues(by column: String, ascending: Bool = true) -> DataFrame
            /// The inner join with `other` on a shared column, in this frame's row order; clashing
            /// columns of `other` get the suffix `_r`. pandas: `merge(other, on=key, how='inner')`.
            func join(_ other: DataFrame, on key: String) -> DataFrame
            /// The same as `join(_:on:)`. pandas: `merge(other, on=key)`.
            func merge(_ other: DataFrame, on key: String) -> DataFrame
            /// This frame with a column `name` holding `values` (one per row), added at the end or
            /// replacing the column of that name. pandas: `assign(name=values)`.
            func assign(_ name: String, _ values: [Int]) -> DataFrame
            func assign(_ name: String, _ values: [Double]) -> DataFrame
            func assign(_ name: String, _ values: [String]) -> DataFrame
            /// As above; `nil` is a missing value (NaN in a Double column).
            func assign(_ name: String, _ values: [Int?]) -> DataFrame
            func assign(_ name: String, _ values: [Double?]) -> DataFrame
            func assign(_ name: String, _ values: [String?]) -> DataFrame
            /// This frame with `column` (of the same length) under the name `name`.
            func assign(_ name: String, _ column: Column) -> DataFrame
            /// The column named `column`. pandas: `df[column]`. Assigning a column (of the same
            /// length) adds it at the end or replaces the column of that name, in this frame and every
            /// name holding it, as pandas' `df[column] = values` does.
            subscript(_ column: String) -> Column { get set }
            /// Only these columns, in this order. pandas: `df[[names]]`.
            subscript(_ columns: [String]) -> DataFrame { get }
            /// The column named `name`. pandas: `df[name]`.
            func column(_ name: String) -> Column
        }

        /// The rows of a DataFrame grouped by one key column (pandas' DataFrameGroupBy).
        final class GroupBy {
            /// The number of rows per group: the key column (sorted) and `count`.
            /// pandas: `groupby(key).size()`.
            func count() -> DataFrame
            /// The same as `count()`. pandas: `groupby(key).size()`.
            func size() -> DataFrame
            /// The number of present values of `column` per group, as a column `count`.
            /// pandas: `groupby(key)[column].count()`.
            func count(_ column: String) -> DataFrame
            /// The mean of `column` per group, skipping missing values. pandas:
            /// `groupby(key)[column].mean()`.
            func mean(_ column: String) -> DataFrame
        }

        /// Reads a CSV file with a header row (RFC 4180 quoting, optional BOM) into a DataFrame;
        /// column types (Int, Double, String) are inferred from the whole column and empty fields
        /// are missing. A relative path is resolved against the notebook's folder.
        /// pandas: `read_csv(path, encoding=…)`.
        func readCSV(_ path: String, encoding: CSVEncoding = .utf8) -> DataFrame

        /// A table with one row per value of `rows` and one column per value of `columns` (both
        /// sorted), holding `values` aggregated per pair; pairs with no rows are missing. Shows
        /// with the row keys as its index, named `rows`. pandas: `crosstab(frame[rows],
        /// frame[columns], frame[values], aggfunc=…)`.
        func crosstab(_ frame: DataFrame, rows: String, columns: String, values: String, aggregate: Aggregate = .sum) -> DataFrame
        """

    static var module: LibraryModule {
        var all = functions
        for more in [
            ColumnBindings.functions, MaskBindings.functions, ColumnMathBindings.functions, ColumnTextBindings.functions,
            FrameEditBindings.functions,
        ] {
            all.merge(more) { _, new in new }
        }
        return LibraryModule(
            name: "Frames",
            source: [
                source, ColumnBindings.source, MaskBindings.source, ColumnMathBindings.source, ColumnTextBindings.source,
                FrameEditBindings.source,
            ].joined(separator: "\n"),
            hostTypes: [
                "DataFrame", "GroupBy", "Column", "Mask", "Row", "StringMethods", "ListColumn", "DatetimeColumn",
                "DatetimeProperties",
            ],
            functions: all)
    }

    // MARK: - Implementations

    static var functions: [String: HostFunction] {
        var f: [String: HostFunction] = [
            "readCSV(String,encoding:CSVEncoding)": { call in
                let url = call.state.resolvePath(call.string(0))
                let encoding: Frames.CSVEncoding = call.enumCase(1) == 1 ? .latin1 : .utf8
                do {
                    return .host(FrameObject(try CSVReader.read(url.path, encoding: encoding)))
                } catch let error as CSVError {
                    // The CSV error already names the file, line and column.
                    let detail = error.description.replacingOccurrences(of: ": error: ", with: ": ")
                    throw HostError("cannot read CSV file \(detail)", argument: 0)
                }
            },
            "crosstab(DataFrame,rows:String,columns:String,values:String,aggregate:Aggregate)": { call in
                let aggregate: CrosstabAggregate = [.sum, .count, .mean][call.enumCase(4)]
                let rows = call.string(1)
                return try frames {
                    .host(
                        FrameObject(
                            try Frames.crosstab(
                                frame(call, 0), rows: rows, columns: call.string(2), values: call.string(3),
                                aggregate: aggregate),
                            indexColumn: rows))
                }
            },
            "DataFrame.shape": { call in
                let f = frame(call)
                return .record([.int(f.rowCount), .int(f.columns.count)])
            },
            "DataFrame.count": { call in .int(frame(call).rowCount) },
            "DataFrame.columnNames": { call in .strings(frame(call).columnNames) },
            "DataFrame.head(Int)": { call in .host(FrameObject(frame(call).head(call.int(0)))) },
            "DataFrame.tail(Int)": { call in .host(FrameObject(frame(call).tail(call.int(0)))) },
            "DataFrame.groupBy(String)": { call in
                try frames { .host(GroupByObject(try frame(call).groupBy(call.string(0)))) }
            },
            "DataFrame.join(DataFrame,on:String)": { call in
                try frames { .host(FrameObject(try frame(call).join(frame(call, 0), on: call.string(1)))) }
            },
            "DataFrame.subscript(String).set": { call in
                let object = call.object(nil, as: FrameObject.self)
                let column = call.object(1, as: ColumnObject.self).column.renamed(call.string(0))
                object.frame = try frames { try object.frame.adding(column) }
                object.lists[column.name] = nil
                return .void
            },
            "DataFrame.subscript(String)": { call in
                do {
                    return .host(ColumnObject(try frame(call).column(call.string(0))))
                } catch let error as FrameError {
                    throw HostError(error.description, argument: 0)
                }
            },
            "DataFrame.subscript([String])": { call in
                try frames { .host(FrameObject(try frame(call).selecting(call.strings(0)))) }
            },
            "DataFrame.column(String)": { call in
                try frames { .host(ColumnObject(try frame(call).column(call.string(0)))) }
            },
            "DataFrame.assign(String,Column)": { call in
                let column = call.object(1, as: ColumnObject.self).column.renamed(call.string(0))
                return try frames { .host(FrameObject(try frame(call).adding(column))) }
            },
            "GroupBy.count()": { call in
                // After `groupBy(k)["c"]`, pandas counts the present values of c.
                let object = call.object(nil, as: GroupByObject.self)
                guard let selection = object.selection, selection.count == 1 else {
                    return .host(FrameObject(object.groupBy.count()))
                }
                return .host(FrameObject(try frames { try object.groupBy.count(selection[0]) }))
            },
            "GroupBy.size()": { call in .host(FrameObject(groupBy(call).count())) },
            "GroupBy.count(String)": { call in
                try frames { .host(FrameObject(try groupBy(call).count(call.string(0)))) }
            },
            "GroupBy.mean(String)": { call in
                try frames { .host(FrameObject(try groupBy(call).mean(call.string(0)))) }
            },
        ]
        for name in ["sorted", "sortValues"] {
            f["DataFrame.\(name)(by:String,ascending:Bool)"] = { call in
                try frames { .host(FrameObject(try frame(call).sorted(by: call.string(0), ascending: call.bool(1)))) }
            }
        }
        f["DataFrame.merge(DataFrame,on:String)"] = f["DataFrame.join(DataFrame,on:String)"]
        for type in ["Int", "Double", "String"] {
            for optional in [false, true] {
                f["DataFrame.assign(String,[\(type)\(optional ? "?" : "")])"] = { call in
                    let name = call.string(0)
                    let items = call.arguments[1].asArray
                    let column: Column
                    switch type {
                    case "Int": column = Column(name: name, ints: items.map { $0.isNil ? nil : $0.asInt })
                    case "Double": column = Column(name: name, doubles: items.map { $0.isNil ? nil : $0.asDouble })
                    default: column = Column(name: name, strings: items.map { $0.isNil ? nil : $0.asString })
                    }
                    return try frames { .host(FrameObject(try frame(call).adding(column))) }
                }
            }
        }
        return f
    }

    /// The frame of argument `i`, or of the receiver.
    static func frame(_ call: HostCall, _ i: Int? = nil) -> DataFrame { call.object(i, as: FrameObject.self).frame }
    static func groupBy(_ call: HostCall) -> GroupBy { call.object(nil, as: GroupByObject.self).groupBy }

    /// Runs a Frames operation, its errors (which name the column and what was expected) stopping
    /// the cell at the call.
    static func frames<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as FrameError { throw HostError(error.description) }
    }
}

extension HostCall {
    /// The case index of an enum argument without payloads (cases in declaration order).
    fileprivate func enumCase(_ i: Int) -> Int {
        guard case .enumCase(let index, _) = arguments[i] else {
            preconditionFailure("interpreter bug: expected an enum case, got \(arguments[i])")
        }
        return index
    }
}
