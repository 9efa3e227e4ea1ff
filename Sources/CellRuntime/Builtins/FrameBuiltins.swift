import CellLanguage
import Frames

/// Data frames in cells: `readCSV`, `head`, `groupBy`, `sorted(by:)`, `join`, `crosstab` and column
/// reductions, with pandas' semantics (each entry names the pandas function it copies).
public enum FrameBuiltins {
    private typealias P = BuiltinParameter

    public static var table: BuiltinTable {
        BuiltinTable(domain: "Frame", functions: [
            BuiltinFunction("readCSV", [P(nil, "path", "String"),
                                        P("encoding", "encoding", ".utf8 or .latin1", default: .symbol("utf8", []), defaultText: ".utf8")],
                            returns: "DataFrame",
                            doc: "Reads a CSV file with a header row (RFC 4180 quoting, UTF-8 or `encoding: .latin1`, optional BOM) into a DataFrame; column types (Int, Double, String) are inferred from the whole column and empty fields are missing. A relative path is resolved against the notebook's folder. pandas: `read_csv(path, encoding=…)`.") { _, a, c in
                let path = try a.string("path")
                let url = c.resolvePath(path)
                guard case let .symbol(name, _) = a.value("encoding"), let encoding = CSVEncoding(rawValue: name) else {
                    throw a.mismatch("encoding", expected: ".utf8 or .latin1")
                }
                do { return .host(FrameObject(try CSVReader.read(url.path, encoding: encoding))) } catch let error as CSVError {
                    // The CSV error already names the file, line and column; no signature: the call is fine.
                    let detail = error.description.replacingOccurrences(of: ": error: ", with: ": ")
                    throw RuntimeError("cannot read CSV file \(detail)", at: a.span("path"))
                }
            },
            BuiltinFunction("crosstab", [P(nil, "frame", "DataFrame"), P("rows", "rows", "String"),
                                         P("columns", "columns", "String"), P("values", "values", "String"),
                                         P("aggregate", "aggregate", ".sum, .count or .mean", default: .symbol("sum", []), defaultText: ".sum")],
                            returns: "DataFrame",
                            doc: "A table with one row per value of `rows` and one column per value of `columns` (both sorted), holding `values` aggregated per pair; pairs with no rows are missing (blank). pandas: `crosstab(frame[rows], frame[columns], frame[values], aggfunc=…)`.") { _, a, c in
                let frame = try a.host("frame", as: FrameObject.self, typeName: "DataFrame").frame
                guard case let .symbol(name, _) = a.value("aggregate"), let aggregate = CrosstabAggregate(rawValue: name) else {
                    throw a.mismatch("aggregate", expected: ".sum, .count or .mean")
                }
                let rows = try a.string("rows")
                return try frames(c) {
                    .host(FrameObject(try Frames.crosstab(frame, rows: rows, columns: try a.string("columns"),
                                                          values: try a.string("values"), aggregate: aggregate),
                                      indexColumn: rows, columnsName: try a.string("columns")))
                }
            },
        ], methods: [
            "DataFrame": dataFrameMethods,
            "GroupBy": [
                BuiltinFunction("count", returns: "DataFrame",
                                doc: "The number of rows per group: the key column (sorted) and `count`. pandas: `groupby(key).size()`.") { r, _, _ in
                    .host(FrameObject(try groupBy(r).count()))
                },
                BuiltinFunction("count", [P(nil, "column", "String")], returns: "DataFrame",
                                doc: "The number of non-missing values of `column` per group. pandas: `groupby(key)[column].count()`.") { r, a, c in
                    let g = try groupBy(r)
                    return try frames(c) { .host(FrameObject(try g.count(try a.string("column")))) }
                },
                BuiltinFunction("mean", [P(nil, "column", "String")], returns: "DataFrame",
                                doc: "The mean of `column` per group, skipping missing values. pandas: `groupby(key)[column].mean()`.") { r, a, c in
                    let g = try groupBy(r)
                    return try frames(c) { .host(FrameObject(try g.mean(try a.string("column")))) }
                },
            ],
            "Column": [
                BuiltinFunction("unique", returns: "Array",
                                doc: "The distinct values in order of first appearance, missing included once. pandas: `Series.unique`.") { r, _, _ in
                    let column = try columnOf(r).unique()
                    return .array((0..<column.count).map { value(column[$0]) })
                },
                BuiltinFunction("nunique", returns: "Int", doc: "The number of distinct non-missing values. pandas: `Series.nunique`.") { r, _, _ in
                    .int(try columnOf(r).nunique())
                },
                BuiltinFunction("min", returns: "Int, Double or String", doc: "The smallest non-missing value; nil when there is none. pandas: `Series.min`.") { r, _, c in
                    let column = try columnOf(r)
                    return try frames(c) { value(try column.min()) }
                },
                BuiltinFunction("max", returns: "Int, Double or String", doc: "The largest non-missing value; nil when there is none. pandas: `Series.max`.") { r, _, c in
                    let column = try columnOf(r)
                    return try frames(c) { value(try column.max()) }
                },
            ],
        ], properties: [
            "DataFrame": [
                BuiltinProperty("shape", "(rows: Int, columns: Int)", doc: "The number of rows and columns. pandas: `shape`.") { r, _ in
                    let f = try frameOf(r)
                    return .tuple([.int(f.rowCount), .int(f.columns.count)], labels: ["rows", "columns"])
                },
                BuiltinProperty("count", "Int", doc: "The number of rows. pandas: `len(df)`.") { r, _ in .int(try frameOf(r).rowCount) },
                BuiltinProperty("columnNames", "[String]", doc: "The column names in order. pandas: `columns`.") { r, _ in
                    .array(try frameOf(r).columnNames.map { .string($0) })
                },
            ],
            "Column": [
                BuiltinProperty("name", "String", doc: "The column's name.") { r, _ in .string(try columnOf(r).name) },
                BuiltinProperty("count", "Int", doc: "The number of rows, missing values included. pandas: `len(s)`.") { r, _ in .int(try columnOf(r).count) },
                BuiltinProperty("values", "Array", doc: "Every value in row order; missing values are nil. pandas: `Series.tolist`.") { r, _ in
                    let column = try columnOf(r)
                    return .array((0..<column.count).map { value(column[$0]) })
                },
            ],
        ])
    }

    private static var dataFrameMethods: [BuiltinFunction] {
        [
            BuiltinFunction("head", [P(nil, "n", "Int", default: .int(5))], returns: "DataFrame",
                            doc: "The first `n` rows (all of them when there are fewer); a negative `n` gives all rows but the last |n|. pandas: `head`.") { r, a, _ in
                let frame = try frameOf(r), n = try a.int("n")
                return .host(FrameObject(frame.head(n >= 0 ? n : max(0, frame.rowCount - n.magnitudeClamped))))
            },
            BuiltinFunction("tail", [P(nil, "n", "Int", default: .int(5))], returns: "DataFrame",
                            doc: "The last `n` rows; a negative `n` gives all rows but the first |n|. pandas: `tail`.") { r, a, _ in
                let frame = try frameOf(r), n = try a.int("n")
                return .host(FrameObject(frame.tail(n >= 0 ? n : max(0, frame.rowCount - n.magnitudeClamped))))
            },
            BuiltinFunction("groupBy", [P(nil, "column", "String")], returns: "GroupBy",
                            doc: "Groups rows by the values of `column`; follow with `count()` or `mean(_:)`. pandas: `groupby(column)` (keys sorted).") { r, a, c in
                let f = try frameOf(r)
                return try frames(c) { .host(GroupByObject(try f.groupBy(try a.string("column")))) }
            },
            BuiltinFunction("sorted", [P("by", "column", "String"), P("ascending", "ascending", "Bool", default: .bool(true))],
                            returns: "DataFrame",
                            doc: "The rows sorted by `column`; stable, so ties keep their order; missing values last. pandas: `sort_values(column, ascending=…, kind='stable')`.") { r, a, c in
                let f = try frameOf(r)
                return try frames(c) { .host(FrameObject(try f.sorted(by: try a.string("column"), ascending: try a.bool("ascending")))) }
            },
            BuiltinFunction("join", [P(nil, "other", "DataFrame"), P("on", "key", "String")], returns: "DataFrame",
                            doc: "The inner join of two frames on a shared column, in the left frame's row order; clashing columns of `other` get the suffix `_r`. pandas: `merge(other, on=key, how='inner')`.") { r, a, c in
                let f = try frameOf(r)
                let other = try a.host("other", as: FrameObject.self, typeName: "DataFrame").frame
                return try frames(c) { .host(FrameObject(try f.join(other, on: try a.string("key")))) }
            },
            BuiltinFunction("assign", [P(nil, "name", "String"), P(nil, "values", "[Int], [Double] or [String]")], returns: "DataFrame",
                            doc: "This frame with a column `name` holding `values` (one per row; nil is missing), added at the end or replacing the column of that name. The column's type follows the values: all Int → Int, numbers → Double, strings → String. pandas: `assign(name=values)`.") { r, a, c in
                let f = try frameOf(r)
                let name = try a.string("name")
                let column = try makeColumn(name, try a.array("values"), a)
                // A crosstab stays one: its index and columns' name are kept.
                let held = try r.host(FrameObject.self, "a DataFrame")
                let index = name == held.indexColumn ? nil : held.indexColumn
                return try frames(c) { .host(FrameObject(try f.adding(column), indexColumn: index, columnsName: held.columnsName)) }
            },
            BuiltinFunction("subscript", [P(nil, "column", "String")], returns: "Column",
                            doc: "The column named `column`. pandas: `df[column]`.") { r, a, c in
                let f = try frameOf(r)
                return try frames(c) { .host(ColumnObject(try f.column(try a.string("column")))) }
            },
            BuiltinFunction("column", [P(nil, "name", "String")], returns: "Column",
                            doc: "The column named `name`. pandas: `df[name]`.") { r, a, c in
                let f = try frameOf(r)
                return try frames(c) { .host(ColumnObject(try f.column(try a.string("name")))) }
            },
        ]
    }

    // MARK: - Helpers

    /// A typed column from cell values: Int if every present value is an Int, Double if every one
    /// is a number, String if every one is a string; nil is missing.
    private static func makeColumn(_ name: String, _ values: [Value], _ a: BuiltinArguments) throws -> Column {
        var ints: [Int?] = [], doubles: [Double?] = [], strings: [String?] = []
        var allInt = true, allNumber = true, allString = true
        for (i, v) in values.enumerated() {
            switch v {
            case let .int(n): ints.append(n); doubles.append(Double(n)); strings.append(nil); allString = false
            case let .double(d): ints.append(nil); doubles.append(d); strings.append(nil); allInt = false; allString = false
            case let .string(t): ints.append(nil); doubles.append(nil); strings.append(t); allInt = false; allNumber = false
            case .none: ints.append(nil); doubles.append(nil); strings.append(nil)
            default:
                throw a.error("values", "expected Int, Double, String or nil values, but element \(i) is \(v.typeName)")
            }
        }
        if allInt && allNumber { return Column(name: name, ints: ints) }
        if allNumber { return Column(name: name, doubles: doubles) }
        if allString { return Column(name: name, strings: strings) }
        throw a.error("values", "expected values of one kind (numbers or strings), got both")
    }

    /// Runs a Frames operation, turning its errors into builtin errors at the call.
    private static func frames(_ context: BuiltinContext, _ body: () throws -> Value) throws -> Value {
        do { return try body() } catch let error as FrameError {
            throw RuntimeError(error.description, at: context.span)
        }
    }

    private static func frameOf(_ value: Value) throws -> DataFrame { try value.host(FrameObject.self, "a DataFrame").frame }
    private static func columnOf(_ value: Value) throws -> Column { try value.host(ColumnObject.self, "a Column").column }
    private static func groupBy(_ value: Value) throws -> GroupBy { try value.host(GroupByObject.self, "a GroupBy").groupBy }

    static func value(_ cell: CellValue?) -> Value {
        switch cell {
        case let .int(i)?: return .int(i)
        case let .double(d)?: return .double(d)
        case let .string(s)?: return .string(s)
        case nil: return .none
        }
    }

    static func displayTable(_ table: FrameTable) -> DisplayTable {
        DisplayTable(columns: table.columns, index: table.index, rows: table.rows,
                     totalRows: table.totalRows, totalColumns: table.totalColumns)
    }
}

/// A DataFrame held by a cell.
final class FrameObject: HostObject {
    let frame: DataFrame
    /// The column shown as the row labels instead of positions (a crosstab's row keys, which pandas
    /// holds as the index); it must be the first column.
    let indexColumn: String?
    /// The name shown above the column headers (a crosstab's column key, pandas `columns.name`).
    let columnsName: String?
    init(_ frame: DataFrame, indexColumn: String? = nil, columnsName: String? = nil) {
        self.frame = frame; self.indexColumn = indexColumn; self.columnsName = columnsName
    }
    var typeName: String { "DataFrame" }
    func display() -> DisplayValue {
        let table = frame.table()
        guard let name = indexColumn, table.columns.first == name else {
            return .table(FrameBuiltins.displayTable(table))
        }
        // The key column becomes the index, as pandas shows a crosstab; "..." rows keep their "...".
        return .table(DisplayTable(columns: Array(table.columns.dropFirst()), index: table.rows.map { $0.first ?? "" },
                                   indexName: name, columnsName: columnsName, rows: table.rows.map { Array($0.dropFirst()) },
                                   totalRows: table.totalRows, totalColumns: table.totalColumns - 1))
    }
    var textDescription: String { frame.table().text }
}

/// One column of a DataFrame (pandas' Series).
final class ColumnObject: HostObject {
    let column: Column
    init(_ column: Column) { self.column = column }
    var typeName: String { "Column" }
    func display() -> DisplayValue {
        let frame = (try? DataFrame([column])) ?? (try? DataFrame([])) 
        guard let frame else { return .text("Column \(column.name)") }
        return .table(FrameBuiltins.displayTable(frame.table()))
    }
    var textDescription: String { ((try? DataFrame([column]))?.table().text) ?? "Column \(column.name)" }
}

/// The groups of a DataFrame by one key column.
final class GroupByObject: HostObject {
    let groupBy: GroupBy
    init(_ groupBy: GroupBy) { self.groupBy = groupBy }
    var typeName: String { "GroupBy" }
    func display() -> DisplayValue { .text("GroupBy(\(groupBy.key), \(groupBy.keys.count) groups)") }
}

private extension Int {
    /// |self| without trapping on Int.min.
    var magnitudeClamped: Int { self == .min ? .max : Swift.abs(self) }
}
