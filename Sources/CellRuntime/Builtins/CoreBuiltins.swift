import CellLanguage
import Foundation

/// Free functions of the core library: output, math, conversions, sequences.
public enum CoreBuiltins {
    private typealias P = BuiltinParameter

    public static var table: BuiltinTable {
        BuiltinTable(domain: "Core", functions: functions, methods: [
            "Int.Type": [
                BuiltinFunction("random", [P("in", "range", "Range<Int>")], returns: "Int",
                                doc: "A uniform random integer in the range, from the session's seeded generator.") { _, a, c in
                    guard case let .range(lo, hi, closed) = a.value("range") else { throw a.mismatch("range", expected: "Range<Int>") }
                    var g = c.random
                    if closed { return .int(Int.random(in: lo...hi, using: &g)) }
                    guard lo < hi else { throw a.error("range", "the range \(lo)..<\(hi) is empty") }
                    return .int(Int.random(in: lo..<hi, using: &g))
                },
            ],
            "Double.Type": [
                BuiltinFunction("random", [P("in", "range", "Range<Double>")], returns: "Double",
                                doc: "A uniform random Double in [lower, upper), from the session's seeded generator.") { _, a, c in
                    guard case let .range(lo, hi, _) = a.value("range"), lo < hi else { throw a.mismatch("range", expected: "a non-empty Range") }
                    return .double(Double(lo) + (Double(hi) - Double(lo)) * c.random.nextUniform())
                },
            ],
        ], properties: [
            "Int.Type": [
                BuiltinProperty("max", "Int", doc: "The largest Int, 9223372036854775807 (2^63 - 1).") { _, _ in .int(Int.max) },
                BuiltinProperty("min", "Int", doc: "The smallest Int, -9223372036854775808 (-2^63).") { _, _ in .int(Int.min) },
            ],
            "Double.Type": [
                BuiltinProperty("pi", "Double", doc: "π to Double precision, 3.141592653589793.") { _, _ in .double(Double.pi) },
                BuiltinProperty("infinity", "Double", doc: "Positive infinity (IEEE 754).") { _, _ in .double(Double.infinity) },
                BuiltinProperty("nan", "Double", doc: "A quiet not-a-number (IEEE 754).") { _, _ in .double(Double.nan) },
            ],
        ])
    }

    private static var functions: [BuiltinFunction] {
        [
            BuiltinFunction("print", [P(nil, "items", "Any", variadic: true),
                                      P("separator", "separator", "String", default: .string(" ")),
                                      P("terminator", "terminator", "String", default: .string("\n"))],
                            doc: "Writes the items' text, separated by `separator` and ended by `terminator`, to the cell's output.") { _, a, c in
                let text = a.variadic("items").map(Display.text).joined(separator: try a.string("separator"))
                c.write(text + (try a.string("terminator")))
                return .void
            },
            BuiltinFunction("display", [P(nil, "value", "Any")],
                            doc: "Shows a value as a rich output (a table for data frames and arrays of tuples) in the middle of a cell.") { _, a, c in
                c.display(Display.displayValue(a.value("value")))
                return .void
            },
            math("sqrt", "The square root; NaN for negative numbers.") { $0.squareRoot() },
            math("exp", "e raised to the power x.") { Foundation.exp($0) },
            math("log", "The natural logarithm; -inf at 0, NaN for negative numbers.") { Foundation.log($0) },
            math("round", "Rounds to the nearest integer, halfway cases away from zero (Swift's `round`).") { $0.rounded() },
            math("floor", "The largest integer not greater than x.") { $0.rounded(.down) },
            math("ceil", "The smallest integer not less than x.") { $0.rounded(.up) },
            BuiltinFunction("pow", [P(nil, "x", "Double"), P(nil, "y", "Double")], returns: "Double",
                            doc: "x raised to the power y (C's `pow`).") { _, a, _ in
                .double(Foundation.pow(try a.double("x"), try a.double("y")))
            },
            BuiltinFunction("abs", [P(nil, "x", "Int or Double")], returns: "Int or Double",
                            doc: "The absolute value; an Int stays an Int.") { _, a, _ in
                switch a.value("x") {
                case let .int(i):
                    guard i != Int.min else { throw a.error("x", "arithmetic overflow: abs(\(i)) does not fit in Int") }
                    return .int(Swift.abs(i))
                case let .double(d): return .double(Swift.abs(d))
                default: throw a.mismatch("x", expected: "Int or Double")
                }
            },
            BuiltinFunction("min", [P(nil, "x", "Comparable"), P(nil, "y", "Comparable"), P(nil, "rest", "Comparable", variadic: true)],
                            doc: "The smallest of the arguments (the first of equal ones).") { _, a, c in
                try extreme([a.value("x"), a.value("y")] + a.variadic("rest"), c, largest: false) ?? .none
            },
            BuiltinFunction("max", [P(nil, "x", "Comparable"), P(nil, "y", "Comparable"), P(nil, "rest", "Comparable", variadic: true)],
                            doc: "The largest of the arguments (the last of equal ones, as Swift).") { _, a, c in
                try extreme([a.value("x"), a.value("y")] + a.variadic("rest"), c, largest: true) ?? .none
            },
            BuiltinFunction("Int", [P(nil, "value", "Int, Double or String")], returns: "Int",
                            doc: "Converts to Int: a Double is truncated toward zero; a String parses to Int or nil.") { _, a, _ in
                switch a.value("value") {
                case let .int(i): return .int(i)
                case let .double(d):
                    guard let i = Int(exactly: d.rounded(.towardZero)) else {
                        throw a.error("value", "\(d) cannot be converted to Int (not finite or out of range)")
                    }
                    return .int(i)
                case let .string(s): return Int(s).map(Value.int) ?? .none
                case let .bool(b): return .int(b ? 1 : 0)
                default: throw a.mismatch("value", expected: "Int, Double or String")
                }
            },
            BuiltinFunction("Double", [P(nil, "value", "Int, Double or String")], returns: "Double",
                            doc: "Converts to Double; a String parses to Double or nil.") { _, a, _ in
                switch a.value("value") {
                case let .int(i): return .double(Double(i))
                case let .double(d): return .double(d)
                case let .string(s): return Double(s).map(Value.double) ?? .none
                default: throw a.mismatch("value", expected: "Int, Double or String")
                }
            },
            BuiltinFunction("String", [P(nil, "value", "Any")], returns: "String",
                            doc: "The value's text, as `print` writes it.") { _, a, _ in
                .string(Display.text(a.value("value")))
            },
            BuiltinFunction("String", [P("repeating", "repeating", "String"), P("count", "count", "Int")], returns: "String",
                            doc: "A string repeated `count` times.") { _, a, _ in
                let n = try a.int("count")
                guard n >= 0 else { throw a.error("count", "count must be >= 0, got \(n)") }
                let piece = try a.string("repeating")
                guard piece.isEmpty || n <= Value.maxMaterializedCount / piece.count else {
                    throw a.error("count", "the string would have more than \(Value.maxMaterializedCount) characters")
                }
                return .string(String(repeating: piece, count: n))
            },
            BuiltinFunction("String", [P("format", "format", "String"), P(nil, "arguments", "Any", variadic: true)], returns: "String",
                            doc: "C `printf`-style formatting (`%d`, `%.3f`, `%e`, `%g`, `%s`, widths and flags), checked against the arguments.") { _, a, _ in
                .string(try StringFormat.format(try a.string("format"), a.variadic("arguments")))
            },
            BuiltinFunction("Array", [P(nil, "sequence", "Sequence")], returns: "Array",
                            doc: "The elements of a range, dictionary, string or array as an array.") { _, a, _ in
                .array(try a.array("sequence"))
            },
            BuiltinFunction("Array", [P("repeating", "repeating", "Any"), P("count", "count", "Int")], returns: "Array",
                            doc: "An array holding `count` copies of a value.") { _, a, _ in
                let n = try a.int("count")
                guard n >= 0 else { throw a.error("count", "count must be >= 0, got \(n)") }
                guard n <= Value.maxMaterializedCount else {
                    throw a.error("count", "count must be at most \(Value.maxMaterializedCount), got \(n)")
                }
                return .array(Array(repeating: a.value("repeating"), count: n))
            },
            BuiltinFunction("zip", [P(nil, "a", "Sequence"), P(nil, "b", "Sequence")], returns: "[(Any, Any)]",
                            doc: "Pairs of elements at the same position, as long as the shorter sequence.") { _, a, _ in
                .array(zip(try a.array("a"), try a.array("b")).map { .tuple([$0, $1], labels: [nil, nil]) })
            },
            strideFunction(through: false),
            strideFunction(through: true),
            BuiltinFunction("expect", [P(nil, "condition", "Bool"), P(nil, "message", "String", default: .string(""))],
                            doc: "Stops the cell with an error when the condition is false (for notebooks that check themselves).") { _, a, _ in
                if try !a.bool("condition") {
                    let m = try a.string("message")
                    throw RuntimeError("expectation failed" + (m.isEmpty ? "" : ": \(m)"), at: a.span("condition"))
                }
                return .void
            },
        ]
    }

    private static func math(_ name: String, _ doc: String, _ f: @escaping @Sendable (Double) -> Double) -> BuiltinFunction {
        BuiltinFunction(name, [P(nil, "x", "Double")], returns: "Double", doc: doc) { _, a, _ in
            .double(f(try a.double("x")))
        }
    }

    private static func strideFunction(through: Bool) -> BuiltinFunction {
        let end = through ? "through" : "to"
        return BuiltinFunction("stride", [P("from", "start", "Int or Double"), P(end, "end", "Int or Double"), P("by", "stride", "Int or Double")],
                               returns: "Array",
                               doc: "The values from `start` in steps of `stride` up to `end`, \(through ? "included when reached" : "excluded").") { _, a, _ in
            // Count the values first: a stride of more than `maxMaterializedCount` values is refused
            // like a huge range (it would run for hours and exhaust memory).
            func checkCount(_ count: Double) throws {
                guard count <= Double(Value.maxMaterializedCount) else {
                    throw a.error("stride", "the stride would make about \(String(format: "%.3g", count)) values; at most \(Value.maxMaterializedCount) are allowed (loop with 'while' instead)")
                }
            }
            if case let .int(s) = a.value("start"), case let .int(e) = a.value(end == "to" ? "end" : "end"), case let .int(by) = a.value("stride") {
                guard by != 0 else { throw a.error("stride", "stride must not be zero") }
                try checkCount(((Double(e) - Double(s)) / Double(by)).rounded(.down))
                return .array(through ? Swift.stride(from: s, through: e, by: by).map(Value.int) : Swift.stride(from: s, to: e, by: by).map(Value.int))
            }
            let s = try a.double("start"), e = try a.double("end"), by = try a.double("stride")
            guard by != 0, by.isFinite else { throw a.error("stride", "stride must be finite and not zero") }
            guard s.isFinite, e.isFinite else { throw a.error("end", "start and end must be finite numbers") }
            try checkCount(((e - s) / by).rounded(.down))
            return .array(through ? Swift.stride(from: s, through: e, by: by).map(Value.double) : Swift.stride(from: s, to: e, by: by).map(Value.double))
        }
    }

    /// The smallest (or largest) value by the language's `<`; nil for an empty list.
    static func extreme(_ values: [Value], _ c: BuiltinContext, largest: Bool) throws -> Value? {
        guard var best = values.first else { return nil }
        for v in values.dropFirst() {
            if largest ? !(try Arithmetic.lessThan(v, best, span: c.span)) : try Arithmetic.lessThan(v, best, span: c.span) { best = v }
        }
        return best
    }
}
