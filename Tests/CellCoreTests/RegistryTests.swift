// The registry API (Library/Registry.swift): a module's Swift declarations are checked like the
// standard library's, and its body-less declarations run host code found by key. The module
// here is a toy (a counter host type, a base class cells subclass), so these tests depend on no
// domain module.

import CellCore
import Testing

/// The host object behind the toy module's `Counter`.
final class CounterObject: CustomStringConvertible {
    var count: Int
    var history: [Int] = []
    init(_ count: Int) { self.count = count }
    var description: String { "Counter(\(count))" }
}

enum ToyModule {
    static func counter(_ v: Value) -> CounterObject {
        guard case .host(let o) = v, let c = o as? CounterObject else { preconditionFailure("not a Counter") }
        return c
    }

    static var module: LibraryModule {
        LibraryModule(
            name: "Toy",
            source: """
                /// A mutable count (a host object: reference semantics, as a tensor has).
                final class Counter {
                    init(start: Int = 0)
                    var count: Int { get set }
                    func add(_ n: Int) -> Counter
                    subscript(_ i: Int) -> Int { get set }
                    static func + (lhs: Counter, rhs: Counter) -> Counter
                    func callAsFunction(_ n: Int) -> Int
                    static func += (lhs: Counter, rhs: Int)
                }
                /// A base class cells subclass; `run` calls the subclass's `step`.
                class Stepper {
                    func step(_ x: Int) -> Int { x }
                    func run(_ times: Int, from start: Int) -> Int
                }
                /// A library struct whose initializer has a Swift body (interpreted, not host code).
                struct Span {
                    let low: Int
                    let high: Int
                    init(_ low: Int, width: Int) {
                        self.low = low
                        high = low + width
                    }
                }
                func applyTwice(_ f: (Int) -> Int, to x: Int) -> Int
                func announce(_ message: String)
                func describeAll<T>(_ items: [T]) -> String
                func strictly(positive n: Int) -> Int
                func zeroOf<T>() -> T
                """,
            hostTypes: ["Counter"],
            functions: [
                "Counter.init(start:Int)": { call in .host(CounterObject(call.arguments[0].asInt)) },
                "Counter.count": { call in .int(counter(call.receiver).count) },
                "Counter.count.set": { call in
                    counter(call.receiver).count = call.arguments[0].asInt
                    return .void
                },
                "Counter.add(Int)": { call in
                    let c = counter(call.receiver)
                    c.count += call.arguments[0].asInt
                    return call.receiver
                },
                "Counter.subscript(Int)": { call in
                    let c = counter(call.receiver)
                    let i = call.arguments[0].asInt
                    guard i >= 0 && i < c.history.count else {
                        throw HostError("index \(i) is out of range for a history of \(c.history.count)", argument: 0)
                    }
                    return .int(c.history[i])
                },
                "Counter.subscript(Int).set": { call in
                    let c = counter(call.receiver)
                    let i = call.arguments[0].asInt
                    while c.history.count <= i { c.history.append(0) }
                    c.history[i] = call.arguments[1].asInt
                    return .void
                },
                "Counter.+(Counter,Counter)": { call in
                    .host(CounterObject(counter(call.arguments[0]).count + counter(call.arguments[1]).count))
                },
                "Counter.+=(Counter,Int)": { call in
                    counter(call.arguments[0]).count += call.arguments[1].asInt
                    return .void
                },
                "Counter.callAsFunction(Int)": { call in .int(counter(call.receiver).count * call.arguments[0].asInt) },
                "Stepper.run(Int,from:Int)": { call in
                    var x = call.arguments[1]
                    for _ in 0..<call.arguments[0].asInt { x = try call.callMethod("step", on: call.receiver, [x]) }
                    return x
                },
                "applyTwice((Int) -> Int,to:Int)": { call in
                    try call.call(call.arguments[0], [try call.call(call.arguments[0], [call.arguments[1]])])
                },
                "announce(String)": { call in
                    call.write("before\n")
                    call.show("a chart: \(call.arguments[0].asString)")
                    call.write("after\n")
                    return .void
                },
                "describeAll([T])": { call in .string(call.describeArgument(0)) },
                "zeroOf()": { call in
                    switch call.resultType.description {
                    case "Int": return .int(0)
                    case "String": return .string("zero")
                    default: throw HostError("zeroOf: no zero for \(call.resultType)")
                    }
                },
                "strictly(positive:Int)": { call in
                    let n = call.arguments[0].asInt
                    if n <= 0 { throw HostError("expected a positive number, got \(n)", argument: 0) }
                    return .int(n)
                },
            ])
    }
}

extension CellCoreTests {
    @Suite struct RegistryTests {
        @Test func hostTypesHaveInitializersMethodsPropertiesAndOperators() {
            let session = Session(modules: [ToyModule.module])
            let r = session.run(
                source: """
                    let c = Counter(start: 2)
                    c.add(3).add(1)
                    c.count += 10
                    let d = c + Counter()
                    print(c.count, d.count, c)
                    """)
            #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
            #expect(r.trap == nil)
            #expect(r.output == "16 16 Counter(16)\n")
        }

        @Test func subscriptsGetAndSetThroughTheHost() {
            let session = Session(modules: [ToyModule.module])
            let r = session.run(source: "let c = Counter()\nc[2] = 7\nc[2] += 1\nprint(c[2], c[0])")
            #expect(r.output == "8 0\n", "\(r.diagnostics) \(String(describing: r.trap))")
        }

        @Test func declarationsAreCheckedLikeTheStandardLibrarys() {
            let session = Session(modules: [ToyModule.module])
            let r = session.run(source: "let c = Counter(start: 1.5)\nc.add(\"x\")")
            #expect(
                r.diagnostics.map(\.description) == [
                    "1:24: error: cannot convert value of type 'Double' to expected argument type 'Int'",
                    "2:7: error: cannot convert value of type 'String' to expected argument type 'Int'",
                ])
        }

        @Test func hostCodeCallsClosuresAndACellSubclassesMethods() {
            let session = Session(modules: [ToyModule.module])
            let r = session.run(
                source: """
                    class Doubler: Stepper {
                        override func step(_ x: Int) -> Int { x * 2 }
                    }
                    print(applyTwice({ $0 + 5 }, to: 1), Doubler().run(3, from: 1), Stepper().run(3, from: 1))
                    """)
            #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
            #expect(r.output == "11 8 1\n", "\(String(describing: r.trap))")
        }

        @Test func valuesWithCallAsFunctionAreCallable() {
            let session = Session(modules: [ToyModule.module])
            let r = session.run(
                source: """
                    class Scale: Stepper {
                        let by: Int
                        init(by: Int) { self.by = by }
                        func callAsFunction(_ x: Int, plus y: Int = 0) -> Int { x * by + y }
                    }
                    class Pair {
                        let s: Scale
                        init() { s = Scale(by: 3) }
                        func both(_ x: Int) -> Int { s(x) + s(x, plus: 1) }
                    }
                    let c = Counter(start: 4)
                    print(c(5), Scale(by: 2)(10), Pair().both(1))
                    """)
            #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
            #expect(r.output == "20 20 7\n", "\(String(describing: r.trap))")
            let bad = session.run(source: "let n = 3\nn(1)")
            #expect(bad.diagnostics.map(\.description) == ["2:1: error: cannot call value of non-function type 'Int'"])
        }

        @Test func aClassOperatorTakingItsLeftOperandByValueMutatesTheObjectOfALet() {
            let session = Session(modules: [ToyModule.module])
            let r = session.run(source: "let c = Counter(start: 1)\nc += 4\nvar d = 1\nd += 2\nprint(c.count, d)")
            #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
            #expect(r.output == "5 3\n", "\(String(describing: r.trap))")
            let bad = session.run(source: "let n = 1\nn += 1")
            #expect(bad.diagnostics.map(\.description) == ["2:3: error: left side of mutating operator isn't mutable: 'n' is a 'let' constant"])
        }

        @Test func aLibraryInitializerWithABodyIsInterpreted() {
            let r = Session(modules: [ToyModule.module]).run(source: "let s = Span(3, width: 4)\nprint(s.low, s.high)")
            #expect(r.output == "3 7\n", "\(r.diagnostics) \(String(describing: r.trap))")
        }

        @Test func richOutputsKeepTheirPlaceAmongPrintedText() {
            let r = Session(modules: [ToyModule.module]).run(source: "print(1)\nannounce(\"loss\")\nprint(2)")
            let parts = r.outputs.map { o -> String in
                switch o {
                case .text(let t): return "text:" + t
                case .display(let d): return "display:\(d)"
                case .value(let v): return "value:" + v.text
                }
            }
            #expect(parts == ["text:1\nbefore\n", "display:a chart: loss", "text:after\n2\n"])
        }

        @Test func genericHostFunctionsSeeTheArgumentsStaticTypes() {
            let r = Session(modules: [ToyModule.module]).run(source: "describeAll([1.5, 2])")
            #expect(r.value == "[1.5, 2.0]")
        }

        @Test func aGenericResultIsInferredFromContext() {
            let r = Session(modules: [ToyModule.module]).run(
                source: "let n: Int = zeroOf()\nlet s: String = zeroOf()\nprint(n + 1, s)\nlet d: Double = zeroOf()")
            #expect(r.output == "1 zero\n")
            #expect(r.trap?.message == "zeroOf: no zero for Double")
            // Nothing in the context says what T is: swiftc's error, before anything runs.
            let unconstrained = Session(modules: [ToyModule.module]).run(source: "print(1)\nlet z = zeroOf()")
            #expect(unconstrained.diagnostics.map(\.description) == ["2:9: error: generic parameter 'T' could not be inferred"])
            let viaClosure = Session(modules: [ToyModule.module]).run(source: "let xs = [1, 2].map { (x: Int) -> Int in let z: Int = zeroOf(); return x + z }\nprint(xs)")
            #expect(viaClosure.output == "[1, 2]\n", "\(viaClosure.diagnostics)")
        }

        @Test func aHostErrorStopsTheCellAtTheArgument() {
            let session = Session(modules: [ToyModule.module])
            let r = session.run(source: "print(\"ran\")\nlet n = strictly(positive: -3)")
            #expect(r.output == "ran\n")
            #expect(r.trap?.message == "expected a positive number, got -3")
            #expect(r.trap?.position.line == 2)
            #expect(r.trap?.position.column == 28)
            let out = session.run(source: "let c = Counter()\nprint(c[4])")
            #expect(out.trap?.message == "index 4 is out of range for a history of 0")
            #expect(out.trap?.position.column == 9)
        }
    }
}

extension CellCoreTests {
    /// A generic parameter that nothing solves is an error at the callee, as swiftc reports it
    /// (`generic parameter 'T' could not be inferred`, checked with swiftc 6.3.1 on this machine).
    @Suite struct UnsolvedGenericTests {
        @Test func aGenericResultWithoutContextIsAnError() {
            let session = Session(modules: [ToyModule.module])
            let r = session.run(source: "let n = zeroOf()\nprint(1)")
            #expect(r.diagnostics.map(\.description) == ["1:9: error: generic parameter 'T' could not be inferred"])
            let inClosure = session.run(source: "let f = { () -> Int in\n    let x = zeroOf()\n    return 1\n}")
            #expect(inClosure.diagnostics.map(\.description) == ["2:13: error: generic parameter 'T' could not be inferred"])
        }

        @Test func contextClosuresAndArgumentsSolveThem() {
            let session = Session(modules: [ToyModule.module])
            let r = session.run(
                source: """
                    let n: Int = zeroOf()
                    let xs = [1, 2, 3].map { x in
                        let y = x * 2
                        return String(y)
                    }
                    let s = [3, 1].reduce(into: [Int]()) { acc, x in acc.append(x) }
                    print(n, xs, s, zip([1], ["a"]).count, [1.5].map { $0 }, max(1, 2))
                    """)
            #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
            #expect(r.output == "0 [\"2\", \"4\", \"6\"] [3, 1] 1 [1.5] 2\n")
        }
    }
}
