// Assertions for notebooks that check themselves: `make test` runs lessons strictly, so a failed
// expectation fails its cell and the run. Each message shows the actual value and what was
// expected, at the checked value.

import CellCore

enum CheckBindings {
    static let source = """
        /// Stops the cell unless `actual == expected` ("expectation failed: 3 does not equal 4").
        func expect<T: Equatable>(_ actual: T, equals expected: T)
        /// Stops the cell unless |actual − expected| ≤ tolerance (NaN fails).
        func expect(_ actual: Double, equals expected: Double, tolerance: Double)
        /// Stops the cell unless the arrays have the same length and agree element by element
        /// within `tolerance`.
        func expect(_ actual: [Double], equals expected: [Double], tolerance: Double)
        /// Stops the cell unless `actual ≤ bound` (NaN fails).
        func expect(_ actual: Double, atMost bound: Double)
        /// Stops the cell unless `actual ≥ bound` (NaN fails).
        func expect(_ actual: Double, atLeast bound: Double)
        /// Stops the cell with `message` unless `condition` holds.
        func expect(_ condition: Bool, _ message: String = "")
        /// Shows a value in the report now, as a cell's last value shows (a frame as a table,
        /// a chart as SVG); Jupyter's `display`.
        func display<T>(_ value: T)
        """

    static func failure(_ message: String) -> HostError {
        HostError("expectation failed: " + message, argument: 0)
    }

    static func number(_ x: Double) -> String { x.isNaN ? "nan" : x.description }

    static var module: LibraryModule {
        LibraryModule(
            name: "Checks", source: source,
            functions: [
                "expect(T,equals:T)": { call in
                    if call.arguments[0] != call.arguments[1] {
                        throw failure("\(call.describeArgument(0)) does not equal \(call.describeArgument(1))")
                    }
                    return .void
                },
                "expect(Double,equals:Double,tolerance:Double)": { call in
                    let (x, y, t) = (call.double(0), call.double(1), call.double(2))
                    guard t >= 0, t.isFinite else { throw HostError("tolerance must be a finite number ≥ 0, got \(t)", argument: 2) }
                    if !(abs(x - y) <= t || x == y) {
                        throw failure("\(number(x)) does not equal \(number(y)) within \(number(t))")
                    }
                    return .void
                },
                "expect([Double],equals:[Double],tolerance:Double)": { call in
                    let (xs, ys, t) = (call.doubles(0), call.doubles(1), call.double(2))
                    guard t >= 0, t.isFinite else { throw HostError("tolerance must be a finite number ≥ 0, got \(t)", argument: 2) }
                    guard xs.count == ys.count else {
                        throw failure("\(xs.count) elements, expected \(ys.count)")
                    }
                    for (i, (x, y)) in zip(xs, ys).enumerated() where !(abs(x - y) <= t || x == y) {
                        throw failure("first difference at [\(i)]: \(number(x)) vs \(number(y)) (tolerance \(number(t)))")
                    }
                    return .void
                },
                "expect(Double,atMost:Double)": { call in
                    let (x, b) = (call.double(0), call.double(1))
                    if !(x <= b) { throw failure("\(number(x)) is not at most \(number(b))") }
                    return .void
                },
                "expect(Double,atLeast:Double)": { call in
                    let (x, b) = (call.double(0), call.double(1))
                    if !(x >= b) { throw failure("\(number(x)) is not at least \(number(b))") }
                    return .void
                },
                "expect(Bool,String)": { call in
                    if !call.bool(0) { throw failure(call.string(1).isEmpty ? "the condition is false" : call.string(1)) }
                    return .void
                },
                "display(T)": { call in
                    let shown = ShownValue(value: call.arguments[0], type: call.argumentTypes[0], text: call.describeArgument(0))
                    call.show(CellDisplay.output(of: shown, in: call.session))
                    return .void
                },
            ])
    }
}
