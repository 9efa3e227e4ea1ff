// Column arithmetic, reductions and transformations in cells (pandas' Series operators, `sum`,
// `median`, `std`, `var`, `quantile`, `idxmax`, `describe`, `fillna`, `dropna`, `map`/`apply`),
// and the typed ways to make a column or a frame from Swift values.

import CellCore
import Frames

enum ColumnMathBindings {
    static let arithmetic: [(String, Arithmetic)] = [("+", .add), ("-", .subtract), ("*", .multiply), ("/", .divide)]

    static var source: String {
        let operators = arithmetic.map { op, _ in
            [("Column", "Column"), ("Column", "Int"), ("Column", "Double"), ("Int", "Column"), ("Double", "Column")].map {
                "    /// Row by row `\(op)`; missing in, missing out. pandas: `\($0.0 == "Column" ? "s" : "x") \(op) \($0.1 == "Column" ? "t" : "x")`.\n"
                    + "    static func \(op) (lhs: \($0.0), rhs: \($0.1)) -> Column"
            }.joined(separator: "\n")
        }.joined(separator: "\n")
        let compound = arithmetic.map { op, _ in
            ["Column", "Int", "Double"].map {
                "    /// `lhs = lhs \(op) rhs` (so `df[\"c\"] \(op)= x` replaces the column). pandas: `s \(op)= x`.\n"
                    + "    static func \(op)= (lhs: inout Column, rhs: \($0)) { lhs = lhs \(op) rhs }"
            }
            .joined(separator: "\n")
        }.joined(separator: "\n")
        return """
            extension Column {
                /// A column named `name` holding `values` (`nil`, and NaN in a Double column, are missing).
                /// pandas: `pd.Series(values, name=name)`.
                init(_ name: String, _ values: [Int])
                /// A column named `name` holding `values` (`nil`, and NaN in a Double column, are missing).
                /// pandas: `pd.Series(values, name=name)`.
                init(_ name: String, _ values: [Double])
                /// A column named `name` holding `values` (`nil`, and NaN in a Double column, are missing).
                /// pandas: `pd.Series(values, name=name)`.
                init(_ name: String, _ values: [String])
                /// A column named `name` holding `values` (`nil`, and NaN in a Double column, are missing).
                /// pandas: `pd.Series(values, name=name)`.
                init(_ name: String, _ values: [Int?])
                /// A column named `name` holding `values` (`nil`, and NaN in a Double column, are missing).
                /// pandas: `pd.Series(values, name=name)`.
                init(_ name: String, _ values: [Double?])
                /// A column named `name` holding `values` (`nil`, and NaN in a Double column, are missing).
                /// pandas: `pd.Series(values, name=name)`.
                init(_ name: String, _ values: [String?])
                /// Row by row arithmetic with another column or a number, named after the left column;
                /// missing in, missing out. Int with Int stays Int except `/` (true division, Double:
                /// `x / 0` is ±inf, `0 / 0` missing); String `+` String concatenates.
                /// pandas: `s + t`, `s * 2`, `1 / s`.
            \(operators)
            \(compound)
                /// The sum of the present values (0 when there is none), as a Double.
                /// pandas: `Series.sum`.
                func sum() -> Double
                /// The median of the present values (NaN when there is none). pandas: `Series.median`.
                func median() -> Double
                /// The sample standard deviation of the present values (`ddof=1`; NaN for fewer than two).
                /// pandas: `Series.std`.
                func std() -> Double
                /// The sample variance of the present values (`ddof=1`; NaN for fewer than two).
                /// pandas: `Series.var`.
                func variance() -> Double
                /// The `q` quantile (0...1) of the present values, interpolating linearly.
                /// pandas: `Series.quantile(q)`.
                func quantile(_ q: Double) -> Double
                /// The row of the first largest present value. pandas: `Series.idxmax`.
                func idxmax() -> Int
                /// The row of the first smallest present value. pandas: `Series.idxmin`.
                func idxmin() -> Int
                /// count, mean, std, min, 25%, 50%, 75% and max of a numeric column, as a frame with the
                /// statistics as its index. pandas: `Series.describe`.
                func describe() -> DataFrame
                /// The column with missing values replaced by `value` (an Int column filled with a Double
                /// becomes Double). pandas: `Series.fillna`.
                func fillna(_ value: Int) -> Column
                /// The column with missing values replaced by `value` (an Int column filled with a Double
                /// becomes Double). pandas: `Series.fillna`.
                func fillna(_ value: Double) -> Column
                /// The column with missing values replaced by `value` (an Int column filled with a Double
                /// becomes Double). pandas: `Series.fillna`.
                func fillna(_ value: String) -> Column
                /// The present values only. pandas: `Series.dropna`.
                func dropna() -> Column
                /// The column under another name. pandas: `Series.rename(name)`.
                func rename(_ name: String) -> Column
                /// `transform` applied to every present value (missing values stay missing); the
                /// closure's parameter type (Int, Double or String) must be the column's, or Double for
                /// an Int column. Annotate it: `s.map { (t: String) in t.count }`. A closure returning an
                /// optional gives missing values for nil. pandas: `Series.map`.
                func map<T, U>(_ transform: (T) -> U) -> Column
                /// The same as `map`. pandas: `Series.apply`.
                func apply<T, U>(_ transform: (T) -> U) -> Column
                /// The values sorted (stable; missing last). pandas: `Series.sort_values`.
                func sortValues(ascending: Bool = true) -> Column
                /// The first `n` values. pandas: `Series.head`.
                func head(_ n: Int = 5) -> Column
            }
            """
    }

    static var functions: [String: HostFunction] {
        var f: [String: HostFunction] = [
            "Column.sum()": { call in try reduce(call, .sum) },
            "Column.median()": { call in try reduce(call, .median) },
            "Column.std()": { call in try reduce(call, .std) },
            "Column.variance()": { call in try reduce(call, .var) },
            "Column.quantile(Double)": { call in
                let q = call.double(0)
                guard (0...1).contains(q) else { throw HostError("expected a quantile in 0...1, got \(q)", argument: 0) }
                return .double(try FrameBindings.frames { try column(call).quantile(q) } ?? .nan)
            },
            "Column.idxmax()": { call in try extreme(call, largest: true) },
            "Column.idxmin()": { call in try extreme(call, largest: false) },
            "Column.describe()": { call in
                .host(FrameObject(try FrameBindings.frames { try column(call).describe() }, indexColumn: "statistic"))
            },
            "Column.fillna(Int)": { call in try fill(call, .int(call.int(0))) },
            "Column.fillna(Double)": { call in try fill(call, .double(call.double(0))) },
            "Column.fillna(String)": { call in try fill(call, .string(call.string(0))) },
            "Column.dropna()": { call in
                let c = column(call)
                return .host(ColumnObject(try FrameBindings.frames { try DataFrame([c]).filter(c.isMissing().map { !$0 }).columns[0] }))
            },
            "Column.rename(String)": { call in .host(ColumnObject(column(call).renamed(call.string(0)))) },
            "Column.map((T) -> U)": { call in try map(&call) },
            "Column.apply((T) -> U)": { call in try map(&call) },
            "Column.sortValues(ascending:Bool)": { call in
                let c = column(call)
                let frame = try FrameBindings.frames { try DataFrame([c]).sorted(by: c.name, ascending: call.bool(0)) }
                return .host(ColumnObject(frame.columns[0]))
            },
            "Column.head(Int)": { call in
                let c = column(call)
                return .host(ColumnObject(try FrameBindings.frames { try DataFrame([c]).head(call.int(0)).columns[0] }))
            },
        ]
        for type in ["Int", "Double", "String"] {
            for optional in [false, true] {
                f["Column.init(String,[\(type)\(optional ? "?" : "")])"] = { call in
                    .host(ColumnObject(makeColumn(call.string(0), type, call.arguments[1].asArray)))
                }
            }
        }
        for (op, arithmetic) in arithmetic {
            f["Column.\(op)(Column,Column)"] = { call in
                let lhs = call.object(0, as: ColumnObject.self).column, rhs = call.object(1, as: ColumnObject.self).column
                return try combine { try lhs.combined(arithmetic, rhs) }
            }
            for type in ["Int", "Double"] {
                f["Column.\(op)(Column,\(type))"] = { call in
                    let lhs = call.object(0, as: ColumnObject.self).column
                    let value: CellValue = type == "Int" ? .int(call.int(1)) : .double(call.double(1))
                    return try combine { try lhs.combined(arithmetic, value) }
                }
                f["Column.\(op)(\(type),Column)"] = { call in
                    let rhs = call.object(1, as: ColumnObject.self).column
                    let value: CellValue = type == "Int" ? .int(call.int(0)) : .double(call.double(0))
                    return try combine { try rhs.combined(arithmetic, value, valueFirst: true) }
                }
            }
        }
        return f
    }

    static func column(_ call: HostCall) -> Column { ColumnBindings.column(call) }

    /// A column of `type` ("Int", "Double", "String") from Swift values (`nil` missing).
    static func makeColumn(_ name: String, _ type: String, _ items: [Value]) -> Column {
        switch type {
        case "Int": return Column(name: name, ints: items.map { $0.isNil ? nil : $0.asInt })
        case "Double": return Column(name: name, doubles: items.map { $0.isNil ? nil : $0.asDouble })
        default: return Column(name: name, strings: items.map { $0.isNil ? nil : $0.asString })
        }
    }

    static func combine(_ body: () throws -> Column) throws -> Value {
        .host(ColumnObject(try FrameBindings.frames(body)))
    }

    static func reduce(_ call: HostCall, _ aggregation: Aggregation) throws -> Value {
        let c = column(call)
        guard c.type.isNumeric else {
            throw HostError("\(aggregation.rawValue) needs a numeric column; column '\(c.name)' holds \(c.type) values")
        }
        return .double(try FrameBindings.frames { try c.aggregate(aggregation)?.doubleValue } ?? .nan)
    }

    static func extreme(_ call: HostCall, largest: Bool) throws -> Value {
        let c = column(call)
        guard let row = try FrameBindings.frames({ try c.indexOfExtreme(largest: largest) }) else {
            throw HostError("column '\(c.name)' has no present value, so no \(largest ? "idxmax" : "idxmin")")
        }
        return .int(row)
    }

    static func fill(_ call: HostCall, _ value: CellValue) throws -> Value {
        let c = column(call)
        do {
            return .host(ColumnObject(try c.filling(with: value)))
        } catch let error as FrameError {
            throw HostError(error.description, argument: 0)
        }
    }

    /// `map`/`apply`: calls the cell's closure on every present value, converting the values to the
    /// closure's parameter type and its results back by its result type.
    static func map(_ call: inout HostCall) throws -> Value {
        let c = column(call)
        guard case .function(let fn) = call.argumentTypes[0], let parameter = fn.parameters.first?.type else {
            throw HostError("expected a closure of one parameter", argument: 0)
        }
        // An optional result gives a missing value for nil (`s.map { (t: String) in Int(t) }`).
        let input = parameter.description, output = (fn.result.optionalWrapped ?? fn.result).description
        var results: [Value] = []
        results.reserveCapacity(c.count)
        for row in 0..<c.count {
            guard let v = c[row] else {
                results.append(.none)
                continue
            }
            let argument: Value
            switch (input, v) {
            case ("Int", .int(let i)): argument = .int(i)
            case ("Double", .int(let i)): argument = .double(Double(i))
            case ("Double", .double(let d)): argument = .double(d)
            case ("String", .string(let s)): argument = .string(s)
            default:
                throw HostError(
                    "column '\(c.name)' holds \(c.type) values; the closure takes \(input) (annotate its parameter as \(c.type))",
                    argument: 0)
            }
            results.append(try call.call(call.arguments[0], [argument]))
        }
        guard ["Int", "Double", "String"].contains(output) else {
            throw HostError("expected a closure returning Int, Double or String (or an optional), not \(fn.result)", argument: 0)
        }
        return .host(ColumnObject(makeColumn(c.name, output, results)))
    }
}

extension Value {
    /// Whether the value is `nil` of an optional.
    var isNil: Bool {
        if case .null(0) = self { return true }
        return false
    }
}
