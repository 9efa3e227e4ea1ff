// The standard library's random values (`Int.random(in:)`, `Double.random(in:)`, `Bool.random()`,
// `shuffled()`, `randomElement()`), drawn from the session's one seeded generator
// (`Session.random`, xoshiro256** from Sources/Randomness) so a notebook run is reproducible; the
// host runs its own generator, so the numbers differ from a compiled program's (Swift's default
// generator is the system's, different on every run). Declared as a library module through the
// registry API, as any domain is.

import Randomness

extension Library {
    static let randomSource = """
        extension Int {
            static func random(in range: Range<Int>) -> Int
            static func random(in range: ClosedRange<Int>) -> Int
        }
        extension Double {
            static func random(in range: Range<Double>) -> Double
            static func random(in range: ClosedRange<Double>) -> Double
        }
        extension Bool {
            static func random() -> Bool
        }
        extension Array {
            func shuffled() -> [Element]
            mutating func shuffle()
            func randomElement() -> Element?
        }
        """

    static var randomModule: LibraryModule {
        func generator(_ call: HostCall) -> RandomGenerator { call.session.random }
        func intIn(_ call: HostCall, closed: Bool) throws -> Value {
            let bounds = call.arguments[0].asRecord
            let (lo, hi) = (bounds[0].asInt, bounds[1].asInt)
            let (width, overflow) = hi.subtractingReportingOverflow(lo)
            if closed ? lo > hi : lo >= hi { throw HostError("Fatal error: Can't get random value with an empty range") }
            if overflow || (closed && width == Int.max) {
                // Wider than Int: draw raw bits until one falls in the range.
                while true {
                    let x = Int(bitPattern: UInt(generator(call).next()))
                    if x >= lo && (closed ? x <= hi : x < hi) { return .int(x) }
                }
            }
            return .int(lo + generator(call).nextInt(below: closed ? width + 1 : width))
        }
        func doubleIn(_ call: HostCall, closed: Bool) throws -> Value {
            let bounds = call.arguments[0].asRecord
            let (lo, hi) = (bounds[0].asDouble, bounds[1].asDouble)
            if closed ? !(lo <= hi) : !(lo < hi) { throw HostError("Fatal error: Can't get random value with an empty range") }
            guard (hi - lo).isFinite else { throw HostError("Fatal error: There is no uniform distribution on an infinite range") }
            let x = lo + (hi - lo) * generator(call).nextDouble()
            return .double(closed ? x : min(x, hi.nextDown))
        }
        return LibraryModule(
            name: "Random", source: randomSource,
            functions: [
                "Int.random(in:Range<Int>)": { call in try intIn(call, closed: false) },
                "Int.random(in:ClosedRange<Int>)": { call in try intIn(call, closed: true) },
                "Double.random(in:Range<Double>)": { call in try doubleIn(call, closed: false) },
                "Double.random(in:ClosedRange<Double>)": { call in try doubleIn(call, closed: true) },
                "Bool.random()": { call in .bool(generator(call).next() & 1 == 1) },
                "Array.shuffled()": { call in
                    let xs = call.receiver.asArray
                    return .array(generator(call).permutation(xs.count).map { xs[$0] })
                },
                "Array.shuffle()": { call in
                    let xs = call.receiver.asArray
                    call.receiver = .array(generator(call).permutation(xs.count).map { xs[$0] })
                    return .void
                },
                "Array.randomElement()": { call in
                    let xs = call.receiver.asArray
                    return xs.isEmpty ? .none : xs[generator(call).nextInt(below: xs.count)]
                },
            ])
    }
}
