import CellLanguage

/// Assertions for notebooks that check themselves (`make test` runs lessons strictly: a failed
/// expectation fails the cell, so it fails the run). Each message shows the actual value and what was
/// expected.
public enum CheckBuiltins {
    private typealias P = BuiltinParameter

    public static var table: BuiltinTable {
        BuiltinTable(domain: "Check", functions: [
            BuiltinFunction("expect", [P(nil, "actual", "Any"), P("equals", "expected", "Any"),
                                       P("tolerance", "tolerance", "Double", default: .double(0))],
                            doc: "Stops the cell unless `actual` equals `expected`: numbers within the absolute `tolerance` (|actual − expected| ≤ tolerance; an Int equals the same Double), arrays and tuples element by element, other values with ==.") { _, a, c in
                let tolerance = try a.double("tolerance")
                guard tolerance >= 0, tolerance.isFinite else { throw a.error("tolerance", "tolerance must be a finite number ≥ 0, got \(tolerance)") }
                let actual = a.value("actual"), expected = a.value("expected")
                if let difference = try mismatch(actual, expected, tolerance: tolerance, span: c.span) {
                    throw failure(a, "\(Display.literal(actual)) does not equal \(Display.literal(expected))"
                                  + (tolerance > 0 ? " within \(tolerance)" : "") + difference)
                }
                return .void
            },
            BuiltinFunction("expect", [P(nil, "actual", "Double"), P("atMost", "bound", "Double")],
                            doc: "Stops the cell unless `actual` ≤ `bound` (NaN fails).") { _, a, _ in
                let actual = try a.double("actual"), bound = try a.double("bound")
                guard actual <= bound else { throw failure(a, "\(number(actual)) is not at most \(number(bound))") }
                return .void
            },
            BuiltinFunction("expect", [P(nil, "actual", "Double"), P("atLeast", "bound", "Double")],
                            doc: "Stops the cell unless `actual` ≥ `bound` (NaN fails).") { _, a, _ in
                let actual = try a.double("actual"), bound = try a.double("bound")
                guard actual >= bound else { throw failure(a, "\(number(actual)) is not at least \(number(bound))") }
                return .void
            },
        ])
    }

    /// "expectation failed: …" at the checked value (no signature: the call is not at fault).
    private static func failure(_ a: BuiltinArguments, _ message: String) -> RuntimeError {
        RuntimeError("expectation failed: " + message, at: a.span("actual"))
    }

    private static func number(_ x: Double) -> String { x.isNaN ? "nan" : Display.literal(.double(x)) }

    /// nil when the values match; otherwise a short note on where they differ ("" at top level).
    static func mismatch(_ actual: Value, _ expected: Value, tolerance: Double, span: SourceSpan, path: String = "") throws -> String? {
        switch (actual, expected) {
        case let (.array(xs), .array(ys)), let (.tuple(xs, _), .tuple(ys, _)):
            guard xs.count == ys.count else {
                return " (\(xs.count) elements, expected \(ys.count)" + (path.isEmpty ? ")" : " at \(path))")
            }
            for (i, (x, y)) in zip(xs, ys).enumerated() {
                if let inner = try mismatch(x, y, tolerance: tolerance, span: span, path: path + "[\(i)]") {
                    return inner.isEmpty ? " (first difference at \(path)[\(i)]: \(Display.literal(x)) vs \(Display.literal(y)))" : inner
                }
            }
            return nil
        default:
            if let x = actual.asDouble, let y = expected.asDouble {
                return Swift.abs(x - y) <= tolerance || x == y ? nil : ""
            }
            return try Arithmetic.equal(actual, expected, span: span) ? nil : ""
        }
    }
}
