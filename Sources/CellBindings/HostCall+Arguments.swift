// Reading a host call's arguments as Swift values, and the run's shared state. The checker has
// already checked every argument against the declaration, so these conversions cannot fail on a
// well-typed call; values (ranges, limits, files) are checked by each builtin, which throws a
// `HostError` naming the offending value and argument.

import CellCore

extension HostCall {
    /// The notebook run's state (seeded generator, folder).
    var state: NotebookState {
        guard let s = session.hostState[NotebookState.key] as? NotebookState else {
            preconditionFailure("interpreter bug: a notebook builtin ran outside a NotebookSession")
        }
        return s
    }

    func int(_ i: Int) -> Int { arguments[i].asInt }
    func double(_ i: Int) -> Double { arguments[i].asDouble }
    func bool(_ i: Int) -> Bool { arguments[i].asBool }
    func string(_ i: Int) -> String { arguments[i].asString }
    func ints(_ i: Int) -> [Int] { arguments[i].asArray.map(\.asInt) }
    func doubles(_ i: Int) -> [Double] { arguments[i].asArray.map(\.asDouble) }
    func strings(_ i: Int) -> [String] { arguments[i].asArray.map(\.asString) }
    /// An optional argument: nil for `nil`.
    func optional(_ i: Int) -> Value? {
        if case .null(0) = arguments[i] { return nil }
        return arguments[i]
    }
    /// The host object of argument `i` (or of the receiver for `i == nil`) as `T`.
    func object<T: AnyObject>(_ i: Int?, as type: T.Type = T.self) -> T {
        let v = i.map { arguments[$0] } ?? receiver
        guard case .host(let o) = v, let t = o as? T else {
            preconditionFailure("interpreter bug: expected a \(T.self), got \(v)")
        }
        return t
    }
}

extension Value {
    static func doubles(_ xs: [Double]) -> Value { .array(xs.map(Value.double)) }
    static func ints(_ xs: [Int]) -> Value { .array(xs.map(Value.int)) }
    static func strings(_ xs: [String]) -> Value { .array(xs.map(Value.string)) }
    /// `Optional(x)` of a non-optional payload (`nil` → `.none`).
    static func optional(_ v: Value?) -> Value { v ?? .none }
}
