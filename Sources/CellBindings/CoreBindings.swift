// The builtins of the old core table (Sources/CellRuntime/Builtins/CoreBuiltins.swift, and
// `shuffled` of CollectionBuiltins.swift) that CellCore's standard library leaves out because they
// need the notebook run: random numbers, all drawn from the run's one seeded generator
// (`NotebookState.random`), so a cell's `seed` option makes them reproducible. The rest of that
// table (`print`, `min`, `max`, `abs`, `pow`, `sqrt`, `exp`, `log`, `round`, `floor`, `ceil`,
// `stride`, `zip`, `Int(…)`, `Double(…)`, `String(…)`, `Array(…)`, `Int.max`, `Double.pi`, …) is
// CellCore's, with Swift's types and semantics.

import CellCore

enum CoreBindings {
    static let source = """
        extension Int {
            /// A uniform random integer in the range, from the notebook's seeded generator.
            static func random(in range: Range<Int>) -> Int
            static func random(in range: ClosedRange<Int>) -> Int
        }
        extension Double {
            /// A uniform random Double in the range, from the notebook's seeded generator.
            static func random(in range: Range<Double>) -> Double
            static func random(in range: ClosedRange<Double>) -> Double
        }
        extension Bool {
            /// true or false with equal probability, from the notebook's seeded generator.
            static func random() -> Bool
        }
        extension Array {
            /// The elements in a random order drawn from the notebook's seeded generator.
            func shuffled() -> [Element]
            /// Puts the elements in a random order drawn from the notebook's seeded generator.
            mutating func shuffle()
            /// A random element (nil when empty), from the notebook's seeded generator.
            func randomElement() -> Element?
        }
        """

    /// Swift's message when a random value is asked of an empty range.
    static let emptyRange = "Fatal error: Can't get random value with an empty range"

    static var module: LibraryModule {
        LibraryModule(
            name: "Core", source: source,
            functions: [
                "Int.random(in:Range<Int>)": { call in
                    let (lo, hi) = bounds(call)
                    guard lo.asInt < hi.asInt else { throw HostError(emptyRange, argument: 0) }
                    var g = call.state.random
                    return .int(Int.random(in: lo.asInt..<hi.asInt, using: &g))
                },
                "Int.random(in:ClosedRange<Int>)": { call in
                    let (lo, hi) = bounds(call)
                    guard lo.asInt <= hi.asInt else { throw HostError(emptyRange, argument: 0) }
                    var g = call.state.random
                    return .int(Int.random(in: lo.asInt...hi.asInt, using: &g))
                },
                "Double.random(in:Range<Double>)": { call in
                    let (lo, hi) = (bounds(call).0.asDouble, bounds(call).1.asDouble)
                    guard lo < hi else { throw HostError(emptyRange, argument: 0) }
                    guard (hi - lo).isFinite else {
                        throw HostError("Fatal error: There is no uniform distribution on an infinite range", argument: 0)
                    }
                    var g = call.state.random
                    return .double(Double.random(in: lo..<hi, using: &g))
                },
                "Double.random(in:ClosedRange<Double>)": { call in
                    let (lo, hi) = (bounds(call).0.asDouble, bounds(call).1.asDouble)
                    guard lo <= hi else { throw HostError(emptyRange, argument: 0) }
                    guard (hi - lo).isFinite else {
                        throw HostError("Fatal error: There is no uniform distribution on an infinite range", argument: 0)
                    }
                    var g = call.state.random
                    return .double(Double.random(in: lo...hi, using: &g))
                },
                "Bool.random()": { call in
                    var g = call.state.random
                    return .bool(Bool.random(using: &g))
                },
                "Array.shuffled()": { call in
                    var g = call.state.random
                    return .array(call.receiver.asArray.shuffled(using: &g))
                },
                "Array.shuffle()": { call in
                    var g = call.state.random
                    var items = call.receiver.asArray
                    call.receiver = .void
                    items.shuffle(using: &g)
                    call.receiver = .array(items)
                    return .void
                },
                "Array.randomElement()": { call in
                    var g = call.state.random
                    return call.receiver.asArray.randomElement(using: &g) ?? .none
                },
            ])
    }

    /// The bounds of a range argument (a range is a record of its two bounds).
    static func bounds(_ call: HostCall) -> (Value, Value) {
        let r = call.arguments[0].asRecord
        return (r[0], r[1])
    }
}
