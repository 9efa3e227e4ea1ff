// Making and reshaping frames in cells: constructors, `drop`, `rename`, several sort keys,
// `merge(how:)`, `describe`, missing values (`dropna`, `fillna`), `explode`, `sample`, `toCSV`,
// and group-by on several keys with pandas' aggregations.

import CellCore
import Foundation
import Frames
import Randomness

enum FrameEditBindings {
    static let source = """
        /// Which rows `merge` keeps. pandas: `how=`.
        enum How {
            /// Keys on both sides, in the left frame's order.
            case inner
            /// Every left row, in order; missing right values where no key matches.
            case left
            /// Every right row, in order; missing left values where no key matches.
            case right
            /// Every row of both sides, keys sorted.
            case outer
        }

        /// A reduction of the values of a group. pandas: the names given to `agg`.
        enum Aggregation {
            /// The sum of the present values (0 for none). pandas: `'sum'`.
            case sum
            /// The mean of the present values. pandas: `'mean'`.
            case mean
            /// The median of the present values. pandas: `'median'`.
            case median
            /// The sample standard deviation (`ddof=1`). pandas: `'std'`.
            case std
            /// The sample variance (`ddof=1`). pandas: `'var'`.
            case variance
            /// The smallest present value. pandas: `'min'`.
            case min
            /// The largest present value. pandas: `'max'`.
            case max
            /// The number of present values. pandas: `'count'`.
            case count
            /// The number of rows, missing values included. pandas: `'size'`.
            case size
            /// The number of distinct present values. pandas: `'nunique'`.
            case nunique
            /// The first present value. pandas: `'first'`.
            case first
            /// The last present value. pandas: `'last'`.
            case last
        }

        extension DataFrame {
            /// A frame of these columns, in order (names must be unique, lengths equal).
            /// pandas: `pd.concat(columns, axis=1)`.
            init(_ columns: [Column])
            /// A frame from named columns of one type. A Swift dictionary has no order, so the
            /// columns come in `columns`' order, or sorted by name when it is nil.
            /// pandas: `pd.DataFrame(data, columns=columns)`.
            init(_ data: [String: [Int]], columns: [String]? = nil)
            /// A frame from named columns of one type. A Swift dictionary has no order, so the
            /// columns come in `columns`' order, or sorted by name when it is nil.
            /// pandas: `pd.DataFrame(data, columns=columns)`.
            init(_ data: [String: [Double]], columns: [String]? = nil)
            /// A frame from named columns of one type. A Swift dictionary has no order, so the
            /// columns come in `columns`' order, or sorted by name when it is nil.
            /// pandas: `pd.DataFrame(data, columns=columns)`.
            init(_ data: [String: [String]], columns: [String]? = nil)
            /// A frame from rows given as labelled tuples, one column per label, typed by the tuple's
            /// element types (Int, Double, String, or their optionals: nil is missing).
            /// pandas: `pd.DataFrame.from_records(rows)`; `DataFrame(rows: [(title: "Heat", year: 1995)])`.
            init<Row>(rows: [Row])
            /// This frame without these columns. pandas: `drop(columns=names)`.
            func drop(columns: [String]) -> DataFrame
            /// This frame with columns renamed (old name: new name; unknown names ignored).
            /// pandas: `rename(columns=mapping)`.
            func rename(columns: [String: String]) -> DataFrame
            /// The rows sorted by several columns, the first deciding first; stable, missing values
            /// last. pandas: `sort_values([a, b], ascending=…, kind='stable')`.
            func sortValues(by columns: [String], ascending: Bool = true) -> DataFrame
            /// As above, with one direction per column. pandas: `sort_values(by, ascending=[…])`.
            func sortValues(by columns: [String], ascending: [Bool]) -> DataFrame
            /// Groups rows by several key columns (key combinations sorted, rows with a missing key
            /// dropped). pandas: `groupby([a, b])`.
            func groupBy(_ columns: [String]) -> GroupBy
            /// The `n` rows with the largest values of `column`, largest first (ties in row order;
            /// rows with a missing value only after all others). pandas: `nlargest(n, column)`.
            func nlargest(_ n: Int, _ column: String) -> DataFrame
            /// The `n` rows with the smallest values of `column`, smallest first (ties in row order;
            /// rows with a missing value only after all others). pandas: `nsmallest(n, column)`.
            func nsmallest(_ n: Int, _ column: String) -> DataFrame
            /// This frame with the dates of `dates` as a column of text `YYYY-MM-DD HH:MM:SS` (a frame
            /// holds no date type yet). pandas: `assign(name=dates)`.
            func assign(_ name: String, _ dates: DatetimeColumn) -> DataFrame
            /// A database-style merge on a shared column; clashing columns get `_x` and `_y`.
            /// `inner` and `left` keep this frame's row order, `right` the other's, `outer` sorts
            /// the keys. pandas: `merge(other, on=key, how=…)`.
            func merge(_ other: DataFrame, on key: String, how: How) -> DataFrame
            /// `describe()` of every numeric column, with the statistics as the index.
            /// pandas: `DataFrame.describe`.
            func describe() -> DataFrame
            /// The rows with no missing value (in `subset`'s columns, or in any column).
            /// pandas: `dropna(subset=…)`.
            func dropna(subset: [String]? = nil) -> DataFrame
            /// Missing values replaced by `value` in every column it fits (numbers in numeric
            /// columns, a string in String columns). pandas: `fillna(value)`.
            func fillna(_ value: Int) -> DataFrame
            /// Missing values replaced by `value` in every column it fits (numbers in numeric
            /// columns, a string in String columns). pandas: `fillna(value)`.
            func fillna(_ value: Double) -> DataFrame
            /// Missing values replaced by `value` in every column it fits (numbers in numeric
            /// columns, a string in String columns). pandas: `fillna(value)`.
            func fillna(_ value: String) -> DataFrame
            /// This frame with a column `name` holding `value` in every row (added at the end or
            /// replacing the column of that name). pandas: `assign(name=value)`.
            func assign(_ name: String, _ value: Int) -> DataFrame
            /// This frame with a column `name` holding `value` in every row (added at the end or
            /// replacing the column of that name). pandas: `assign(name=value)`.
            func assign(_ name: String, _ value: Double) -> DataFrame
            /// This frame with a column `name` holding `value` in every row (added at the end or
            /// replacing the column of that name). pandas: `assign(name=value)`.
            func assign(_ name: String, _ value: String) -> DataFrame
            /// This frame with the lists of `split` (one per row) as column `name`, for `explode`.
            /// pandas: `assign(name=series_of_lists)`.
            func assign(_ name: String, _ lists: ListColumn) -> DataFrame
            /// One row per element of the list column `column` (assigned from `str.split`), the
            /// other columns repeated; an empty list gives a missing value. pandas: `explode(column)`.
            func explode(_ column: String) -> DataFrame
            /// `n` rows drawn without replacement, in drawn order, from the run's seeded generator,
            /// or from a generator seeded with `seed` (our generator: the rows differ from pandas').
            /// pandas: `sample(n, random_state=seed)`.
            func sample(_ n: Int, seed: Int? = nil) -> DataFrame
            /// Writes the frame as CSV (header, no index; a relative path is resolved against the
            /// notebook's folder). pandas: `to_csv(path, index=False)`.
            func toCSV(_ path: String)
        }

        extension GroupBy {
            /// The groups of one column. pandas: `groupby(key)[column]`.
            subscript(_ column: String) -> GroupBy { get }
            /// The groups of several columns. pandas: `groupby(key)[[a, b]]`.
            subscript(_ columns: [String]) -> GroupBy { get }
            /// `column` reduced per group, as the key columns and a column named `column`.
            /// pandas: `groupby(key)[column].sum()` and likewise `median`, `std`, `var`, `min`,
            /// `max`, `nunique`, `first`, `last`.
            func sum(_ column: String) -> DataFrame
            /// `column` reduced per group, as the key columns and a column named `column`.
            /// pandas: `groupby(key)[column].sum()` and likewise `median`, `std`, `var`, `min`,
            /// `max`, `nunique`, `first`, `last`.
            func median(_ column: String) -> DataFrame
            /// `column` reduced per group, as the key columns and a column named `column`.
            /// pandas: `groupby(key)[column].sum()` and likewise `median`, `std`, `var`, `min`,
            /// `max`, `nunique`, `first`, `last`.
            func std(_ column: String) -> DataFrame
            /// `column` reduced per group, as the key columns and a column named `column`.
            /// pandas: `groupby(key)[column].sum()` and likewise `median`, `std`, `var`, `min`,
            /// `max`, `nunique`, `first`, `last`.
            func variance(_ column: String) -> DataFrame
            /// `column` reduced per group, as the key columns and a column named `column`.
            /// pandas: `groupby(key)[column].sum()` and likewise `median`, `std`, `var`, `min`,
            /// `max`, `nunique`, `first`, `last`.
            func min(_ column: String) -> DataFrame
            /// `column` reduced per group, as the key columns and a column named `column`.
            /// pandas: `groupby(key)[column].sum()` and likewise `median`, `std`, `var`, `min`,
            /// `max`, `nunique`, `first`, `last`.
            func max(_ column: String) -> DataFrame
            /// `column` reduced per group, as the key columns and a column named `column`.
            /// pandas: `groupby(key)[column].sum()` and likewise `median`, `std`, `var`, `min`,
            /// `max`, `nunique`, `first`, `last`.
            func nunique(_ column: String) -> DataFrame
            /// `column` reduced per group, as the key columns and a column named `column`.
            /// pandas: `groupby(key)[column].sum()` and likewise `median`, `std`, `var`, `min`,
            /// `max`, `nunique`, `first`, `last`.
            func first(_ column: String) -> DataFrame
            /// `column` reduced per group, as the key columns and a column named `column`.
            /// pandas: `groupby(key)[column].sum()` and likewise `median`, `std`, `var`, `min`,
            /// `max`, `nunique`, `first`, `last`.
            func last(_ column: String) -> DataFrame
            /// Every selected column (after `groupBy(k)[…]`), or every non-key column, reduced per
            /// group; `mean`, `median`, `std` and `variance` skip String columns (pandas'
            /// `numeric_only=True`). pandas: `groupby(key).sum()` and friends.
            func sum() -> DataFrame
            /// Every selected column (after `groupBy(k)[…]`), or every non-key column, reduced per
            /// group; `mean`, `median`, `std` and `variance` skip String columns (pandas'
            /// `numeric_only=True`). pandas: `groupby(key).sum()` and friends.
            func mean() -> DataFrame
            /// Every selected column (after `groupBy(k)[…]`), or every non-key column, reduced per
            /// group; `mean`, `median`, `std` and `variance` skip String columns (pandas'
            /// `numeric_only=True`). pandas: `groupby(key).sum()` and friends.
            func median() -> DataFrame
            /// Every selected column (after `groupBy(k)[…]`), or every non-key column, reduced per
            /// group; `mean`, `median`, `std` and `variance` skip String columns (pandas'
            /// `numeric_only=True`). pandas: `groupby(key).sum()` and friends.
            func std() -> DataFrame
            /// Every selected column (after `groupBy(k)[…]`), or every non-key column, reduced per
            /// group; `mean`, `median`, `std` and `variance` skip String columns (pandas'
            /// `numeric_only=True`). pandas: `groupby(key).sum()` and friends.
            func variance() -> DataFrame
            /// Every selected column (after `groupBy(k)[…]`), or every non-key column, reduced per
            /// group; `mean`, `median`, `std` and `variance` skip String columns (pandas'
            /// `numeric_only=True`). pandas: `groupby(key).sum()` and friends.
            func min() -> DataFrame
            /// Every selected column (after `groupBy(k)[…]`), or every non-key column, reduced per
            /// group; `mean`, `median`, `std` and `variance` skip String columns (pandas'
            /// `numeric_only=True`). pandas: `groupby(key).sum()` and friends.
            func max() -> DataFrame
            /// Every selected column (after `groupBy(k)[…]`), or every non-key column, reduced per
            /// group; `mean`, `median`, `std` and `variance` skip String columns (pandas'
            /// `numeric_only=True`). pandas: `groupby(key).sum()` and friends.
            func nunique() -> DataFrame
            /// Every selected column (after `groupBy(k)[…]`), or every non-key column, reduced per
            /// group; `mean`, `median`, `std` and `variance` skip String columns (pandas'
            /// `numeric_only=True`). pandas: `groupby(key).sum()` and friends.
            func first() -> DataFrame
            /// Every selected column (after `groupBy(k)[…]`), or every non-key column, reduced per
            /// group; `mean`, `median`, `std` and `variance` skip String columns (pandas'
            /// `numeric_only=True`). pandas: `groupby(key).sum()` and friends.
            func last() -> DataFrame
            /// `column` reduced by several functions: the key columns, then one column per function,
            /// named by it (`mean`, `count`). pandas: `groupby(key)[column].agg(['mean', 'count'])`.
            func agg(_ column: String, _ functions: [Aggregation]) -> DataFrame
            /// Several columns, each with its functions: the key columns, then one column per pair,
            /// named `column_function` (pandas' two-level names joined by `_`).
            /// pandas: `groupby(key).agg({column: [functions]})`.
            func agg(_ spec: [(String, [Aggregation])]) -> DataFrame
        }
        """

    static var functions: [String: HostFunction] {
        var f: [String: HostFunction] = [
            "DataFrame.init([Column])": { call in
                let columns = call.arguments[0].asArray.map { v -> Column in
                    guard case .host(let o) = v, let c = o as? ColumnObject else { preconditionFailure("interpreter bug") }
                    return c.column
                }
                return .host(FrameObject(try frames(argument: 0) { try DataFrame(columns) }))
            },
            "DataFrame.init(rows:[Row])": { call in
                guard case .tuple(let elements) = call.argumentTypes[0].genericArguments.first ?? .void, elements.count > 0
                else {
                    throw HostError(
                        "expected rows as labelled tuples, such as [(title: \"Heat\", year: 1995)]; got \(call.argumentTypes[0])",
                        argument: 0)
                }
                let records = call.arguments[0].asArray.map(\.asRecord)
                var columns: [Column] = []
                for (i, element) in elements.enumerated() {
                    guard let label = element.label else {
                        throw HostError("expected every tuple element to have a label (the column's name); element \(i) has none", argument: 0)
                    }
                    let type = (element.type.optionalWrapped ?? element.type).description
                    guard ["Int", "Double", "String"].contains(type) else {
                        throw HostError("column '\(label)' would hold \(element.type) values; a column holds Int, Double or String", argument: 0)
                    }
                    columns.append(ColumnMathBindings.makeColumn(label, type, records.map { $0[i] }))
                }
                return .host(FrameObject(try frames(argument: 0) { try DataFrame(columns) }))
            },
            "DataFrame.drop(columns:[String])": { call in
                .host(FrameObject(try frames(argument: 0) { try frame(call).dropping(columns: call.strings(0)) }))
            },
            "DataFrame.rename(columns:[String : String])": { call in
                var mapping: [String: String] = [:]
                if case .dictionary(let d) = call.arguments[0] { for (k, v) in d { mapping[k.asString] = v.asString } }
                return .host(FrameObject(try frames(argument: 0) { try frame(call).renaming(columns: mapping) }))
            },
            "DataFrame.sortValues(by:[String],ascending:Bool)": { call in
                .host(FrameObject(try frames(argument: 0) { try frame(call).sorted(by: call.strings(0), ascending: [call.bool(1)]) }))
            },
            "DataFrame.sortValues(by:[String],ascending:[Bool])": { call in
                let flags = call.arguments[1].asArray.map(\.asBool)
                return .host(FrameObject(try frames(argument: 1) { try frame(call).sorted(by: call.strings(0), ascending: flags) }))
            },
            "DataFrame.groupBy([String])": { call in
                guard !call.strings(0).isEmpty else { throw HostError("expected at least one key column", argument: 0) }
                return .host(GroupByObject(try frames(argument: 0) { try frame(call).groupBy(call.strings(0)) }))
            },
            "DataFrame.merge(DataFrame,on:String,how:How)": { call in
                guard case .enumCase(let index, _) = call.arguments[2] else { preconditionFailure("interpreter bug: How") }
                let how = MergeHow.allCases[index]
                let other = call.object(0, as: FrameObject.self).frame
                return .host(FrameObject(try frames(argument: 1) { try frame(call).merge(other, on: call.string(1), how: how) }))
            },
            "DataFrame.nlargest(Int,String)": { call in try extremes(call, largest: true) },
            "DataFrame.nsmallest(Int,String)": { call in try extremes(call, largest: false) },
            "DataFrame.assign(String,DatetimeColumn)": { call in
                let column = call.object(1, as: DatetimeObject.self).column.renamed(call.string(0))
                return .host(FrameObject(try frames(argument: 1) { try frame(call).adding(column) }))
            },
            "DataFrame.describe()": { call in
                .host(FrameObject(try frames { try frame(call).describe() }, indexColumn: "statistic"))
            },
            "DataFrame.dropna(subset:[String]?)": { call in
                let subset = call.optional(0).map { $0.asArray.map(\.asString) }
                return .host(FrameObject(try frames(argument: 0) { try frame(call).droppingMissing(subset: subset) }))
            },
            "DataFrame.fillna(Int)": { call in fill(call, .int(call.int(0))) },
            "DataFrame.fillna(Double)": { call in fill(call, .double(call.double(0))) },
            "DataFrame.fillna(String)": { call in fill(call, .string(call.string(0))) },
            "DataFrame.assign(String,ListColumn)": { call in
                let name = call.string(0)
                let lists = call.object(1, as: ListColumnObject.self)
                let result = FrameObject(
                    try frames(argument: 1) { try frame(call).adding(lists.textColumn.renamed(name)) })
                result.lists = call.object(nil, as: FrameObject.self).lists
                result.lists[name] = lists.lists
                return .host(result)
            },
            "DataFrame.explode(String)": { call in
                let object = call.object(nil, as: FrameObject.self)
                let name = call.string(0)
                guard let lists = object.lists[name] else {
                    _ = try frames(argument: 0) { try object.frame.column(name) }
                    throw HostError(
                        "column '\(name)' holds no lists; assign it the result of str.split first (df.assign(\"\(name)\", df[\"\(name)\"].str.split(\"|\")))",
                        argument: 0)
                }
                return .host(FrameObject(try frames(argument: 0) { try object.frame.exploding(name, lists: lists) }))
            },
            "DataFrame.sample(Int,seed:Int?)": { call in
                let f = frame(call)
                let n = call.int(0)
                guard n >= 0, n <= f.rowCount else {
                    throw HostError("expected a sample size in 0...\(f.rowCount) (rows without replacement), got \(n)", argument: 0)
                }
                let generator = call.optional(1).map { RandomGenerator(seed: UInt64(bitPattern: Int64($0.asInt))) } ?? call.state.random
                // A partial Fisher–Yates shuffle: the first n positions of a random permutation.
                var rows = Array(0..<f.rowCount)
                for i in 0..<n { rows.swapAt(i, i + generator.nextInt(below: f.rowCount - i)) }
                return .host(FrameObject(try frames { try f.rows(Array(rows.prefix(n))) }))
            },
            "DataFrame.toCSV(String)": { call in
                let url = call.state.resolvePath(call.string(0))
                do {
                    try frame(call).csvText().write(to: url, atomically: true, encoding: .utf8)
                } catch {
                    throw HostError("cannot write CSV file \(url.path): \(error.localizedDescription)", argument: 0)
                }
                return .void
            },
            "GroupBy.subscript(String)": { call in
                .host(GroupByObject(FrameBindings.groupBy(call), selection: [call.string(0)]))
            },
            "GroupBy.subscript([String])": { call in
                .host(GroupByObject(FrameBindings.groupBy(call), selection: call.strings(0)))
            },
            "GroupBy.agg(String,[Aggregation])": { call in
                let g = FrameBindings.groupBy(call)
                let aggregations = call.arguments[1].asArray.map(aggregation)
                return .host(
                    FrameObject(
                        try frames(argument: 0) {
                            let columns = try aggregations.map { try g.aggregate(call.string(0), $0).renamed($0.rawValue) }
                            return try DataFrame(g.keyFrame.columns + columns)
                        }))
            },
            "GroupBy.agg([(String, [Aggregation])])": { call in
                let g = FrameBindings.groupBy(call)
                let spec = call.arguments[0].asArray.map { pair -> (column: String, aggregations: [Aggregation]) in
                    let fields = pair.asRecord
                    return (fields[0].asString, fields[1].asArray.map(aggregation))
                }
                return .host(FrameObject(try frames(argument: 0) { try g.aggregate(spec, suffixed: true) }))
            },
        ]
        for type in ["Int", "Double", "String"] {
            f["DataFrame.assign(String,\(type))"] = { call in
                let f = frame(call)
                let items = [Value](repeating: call.arguments[1], count: f.rowCount)
                let column = ColumnMathBindings.makeColumn(call.string(0), type, items)
                return .host(FrameObject(try frames(argument: 0) { try f.adding(column) }))
            }
            f["DataFrame.init([String : [\(type)]],columns:[String]?)"] = { call in
                guard case .dictionary(let data) = call.arguments[0] else { preconditionFailure("interpreter bug") }
                var byName: [String: [Value]] = [:]
                for (k, v) in data { byName[k.asString] = v.asArray }
                let names = call.optional(1).map { $0.asArray.map(\.asString) } ?? byName.keys.sorted()
                var columns: [Column] = []
                for name in names {
                    guard let items = byName[name] else {
                        throw HostError("expected a column named '\(name)' in the data; it has \(byName.keys.sorted())", argument: 1)
                    }
                    columns.append(ColumnMathBindings.makeColumn(name, type, items))
                }
                return .host(FrameObject(try frames(argument: 0) { try DataFrame(columns) }))
            }
        }
        let named: [(String, Aggregation)] = [
            ("sum", .sum), ("mean", .mean), ("median", .median), ("std", .std), ("variance", .var), ("min", .min),
            ("max", .max), ("nunique", .nunique), ("first", .first), ("last", .last),
        ]
        for (name, aggregation) in named {
            if name != "mean" {
                f["GroupBy.\(name)(String)"] = { call in
                    let g = FrameBindings.groupBy(call)
                    return .host(FrameObject(try frames(argument: 0) { try g.aggregate([(call.string(0), [aggregation])], suffixed: false) }))
                }
            }
            f["GroupBy.\(name)()"] = { call in
                let object = call.object(nil, as: GroupByObject.self)
                let g = object.groupBy
                let numericOnly = [.mean, .median, .std, .var].contains(aggregation)
                let candidates = object.selection ?? g.frame.columnNames.filter { !g.keyNames.contains($0) }
                let names = try frames {
                    try candidates.filter { try !numericOnly || g.frame.column($0).type.isNumeric }
                }
                return .host(FrameObject(try frames { try g.aggregate(names.map { ($0, [aggregation]) }, suffixed: false) }))
            }
        }
        return f
    }

    static func frame(_ call: HostCall) -> DataFrame { FrameBindings.frame(call) }

    /// `nlargest` / `nsmallest`: a stable sort, missing values last, then the first `n`.
    static func extremes(_ call: HostCall, largest: Bool) throws -> Value {
        let f = frame(call)
        let name = call.string(1)
        guard (try? f.column(name))?.type.isNumeric ?? false else {
            _ = try frames(argument: 1) { try f.column(name) }
            throw HostError("\(largest ? "nlargest" : "nsmallest") needs a numeric column; '\(name)' holds strings", argument: 1)
        }
        let sorted = try frames(argument: 1) { try f.sorted(by: name, ascending: !largest) }
        return .host(FrameObject(sorted.head(max(call.int(0), 0))))
    }

    static func aggregation(_ v: Value) -> Aggregation {
        guard case .enumCase(let index, _) = v else { preconditionFailure("interpreter bug: Aggregation") }
        return Aggregation.allCases[index]
    }

    /// A Frames operation whose errors stop the cell at argument `argument`.
    static func frames<T>(argument: Int? = nil, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as FrameError { throw HostError(error.description, argument: argument) }
    }

    static func fill(_ call: HostCall, _ value: CellValue) -> Value {
        let f = frame(call)
        let columns = f.columns.map { (try? $0.filling(with: value)) ?? $0 }
        return .host(FrameObject((try? DataFrame(columns)) ?? f))
    }
}
