import CellLanguage
@testable import CellRuntime
import Foundation
import Testing

/// A stand-in for a domain module: a host type with a table of members, and a host base class.
final class FakeFrame: HostObject {
    let rows: [[String]]
    var caption = ""
    init(rows: [[String]]) { self.rows = rows }
    var typeName: String { "FakeFrame" }
    func display() -> DisplayValue {
        .table(DisplayTable(columns: ["a"], rows: rows, totalRows: rows.count, totalColumns: 1))
    }
}

/// Counts how many stored properties of each instance were assigned (as Module registers submodules).
final class FakeModule: HostBaseClass {
    final class State { var assigned: [String] = []; var initCalls = 0 }
    var name: String { "Module" }
    func makeState(for instance: Instance) -> AnyObject? { State() }
    func didSetProperty(_ instance: Instance, name: String, value: Value) {
        (instance.hostState as? State)?.assigned.append(name)
    }
    func initialize(_ instance: Instance, arguments: [LabeledValue]) throws {
        (instance.hostState as? State)?.initCalls += 1
    }
}

private typealias P = BuiltinParameter

var fakeTable: BuiltinTable { BuiltinTable(
    domain: "Fake",
    functions: [
        BuiltinFunction("makeFrame", [P(nil, "count", "Int")], returns: "FakeFrame", doc: "A frame of `count` rows.") { _, a, _ in
            let n = try a.int("count")
            return .host(FakeFrame(rows: (0..<n).map { [String($0)] }))
        },
        BuiltinFunction("pick", [P("optimizer", "optimizer", "Optimizer")], returns: "String", doc: "Echoes an implicit member.") { _, a, _ in
            .string(Display.text(a.value("optimizer")))
        },
        BuiltinFunction("fail", doc: "Throws a host error.") { _, _, _ in
            throw BuiltinError("the file could not be read", notes: ["checked /nowhere"])
        },
    ],
    methods: [
        "FakeFrame": [
            BuiltinFunction("head", [P(nil, "n", "Int", default: .int(5))], returns: "FakeFrame", doc: "The first n rows.") { r, a, _ in
                guard case let .host(h) = r, let f = h as? FakeFrame else { throw BuiltinError("not a frame") }
                return .host(FakeFrame(rows: Array(f.rows.prefix(try a.int("n")))))
            },
            BuiltinFunction("subscript", [P(nil, "row", "Int")], returns: "String", doc: "One cell.") { r, a, _ in
                guard case let .host(h) = r, let f = h as? FakeFrame else { throw BuiltinError("not a frame") }
                let i = try a.int("row")
                guard f.rows.indices.contains(i) else { throw a.error("row", "row \(i) is out of range") }
                return .string(f.rows[i][0])
            },
            BuiltinFunction("+", [P(nil, "lhs", "FakeFrame"), P(nil, "rhs", "FakeFrame")], returns: "FakeFrame", doc: "Rows of both.") { _, a, _ in
                let l = try a.host("lhs", as: FakeFrame.self, typeName: "FakeFrame"), r = try a.host("rhs", as: FakeFrame.self, typeName: "FakeFrame")
                return .host(FakeFrame(rows: l.rows + r.rows))
            },
            BuiltinFunction("*", [P(nil, "lhs", "Int"), P(nil, "rhs", "FakeFrame")], returns: "FakeFrame", doc: "Rows repeated.") { _, a, _ in
                let f = try a.host("rhs", as: FakeFrame.self, typeName: "FakeFrame")
                return .host(FakeFrame(rows: Array(repeating: f.rows, count: max(0, try a.int("lhs"))).flatMap { $0 }))
            },
            BuiltinFunction("prefix-", [P(nil, "operand", "FakeFrame")], returns: "FakeFrame", doc: "Rows reversed.") { _, a, _ in
                .host(FakeFrame(rows: try a.host("operand", as: FakeFrame.self, typeName: "FakeFrame").rows.reversed()))
            },
        ],
        "Module": [
            BuiltinFunction("assignedProperties", returns: "[String]", doc: "Names assigned so far.") { r, _, _ in
                guard case let .instance(i) = r, let s = i.hostState as? FakeModule.State else { throw BuiltinError("not a module") }
                return .array(s.assigned.map(Value.string))
            },
            BuiltinFunction("initCalls", returns: "Int", doc: "How many times super.init ran.") { r, _, _ in
                guard case let .instance(i) = r, let s = i.hostState as? FakeModule.State else { throw BuiltinError("not a module") }
                return .int(s.initCalls)
            },
        ],
    ],
    properties: [
        "FakeFrame": [
            BuiltinProperty("rowCount", "Int", doc: "Rows.") { v, _ in
                guard case let .host(h) = v, let f = h as? FakeFrame else { throw BuiltinError("not a frame") }
                return .int(f.rows.count)
            },
            BuiltinProperty("caption", "String", doc: "A settable caption.", get: { v, _ in
                guard case let .host(h) = v, let f = h as? FakeFrame else { throw BuiltinError("not a frame") }
                return .string(f.caption)
            }, set: { r, new, _ in
                guard case let .host(h) = r, let f = h as? FakeFrame, case let .string(s) = new else {
                    throw BuiltinError("caption must be a String")
                }
                f.caption = s
            }),
        ],
    ],
    baseClasses: [FakeModule()]
) }

func checkWithHost(_ program: String, sourceLocation: SourceLocation = #_sourceLocation) -> CellRunResult {
    var registry = BuiltinRegistry.standard
    registry.add(fakeTable)
    let session = Session(baseDirectory: URL(fileURLWithPath: "/"), registry: registry)
    let parsed = CellParser.parse(program)
    #expect(parsed.errors.isEmpty, sourceLocation: sourceLocation)
    return session.run(parsed.statements)
}

@Suite struct HostTests {
    @Test func hostMembersComeFromTheRegistry() {
        let r = checkWithHost("""
        let df = makeFrame(10)
        print(df.rowCount, df.head(3).rowCount, df.head().rowCount, df[2]) // prints
        print(pick(optimizer: .adam), pick(optimizer: .sgd(momentum: 0.9)))
        df.head(2)
        """)
        #expect(r.error == nil)
        #expect(r.outputs == [.stream("10 3 5 2\n.adam .sgd(momentum: 0.9)\n"),
                              .display(.table(DisplayTable(columns: ["a"], rows: [["0"], ["1"]], totalRows: 2, totalColumns: 1)))])
    }

    @Test func hostErrorsHaveTheUsualForm() {
        let typo = checkWithHost("let df = makeFrame(3)\ndf.hed(2)")
        #expect(typo.error?.message == "no member 'hed' on FakeFrame")
        #expect(typo.error?.notes == ["did you mean 'head'?"])
        #expect(typo.error?.span.start == SourcePosition(line: 2, column: 1))
        let label = checkWithHost("let df = makeFrame(3)\ndf.head(n: 2)")
        #expect(label.error?.message == "argument label 'n:' not expected; head(_ n: Int = 5) -> FakeFrame")
        #expect(label.error?.span.start == SourcePosition(line: 2, column: 9))
        let host = checkWithHost("print(1)\nfail()")
        #expect(host.error?.message == "the file could not be read")
        #expect(host.error?.notes == ["checked /nowhere"])
        #expect(host.error?.span.start == SourcePosition(line: 2, column: 1))
        #expect(host.outputs == [.stream("1\n")])
        let index = checkWithHost("makeFrame(3)[5]")
        #expect(index.error?.message == "row 5 is out of range; subscript(_ row: Int) -> String")
        #expect(index.error?.span.start == SourcePosition(line: 1, column: 14))
        let annotation = checkWithHost("let n: Int = makeFrame(3)")
        #expect(annotation.error?.message == "cannot convert value of type FakeFrame to specified type Int")
        let getOnly = checkWithHost("let df = makeFrame(3)\ndf.rowCount = 2")
        #expect(getOnly.error?.message == "cannot assign to value: 'rowCount' is get-only")
        let badSet = checkWithHost("let df = makeFrame(3)\ndf.caption = 2")
        #expect(badSet.error?.message == "caption must be a String")
        #expect(badSet.error?.span.start == SourcePosition(line: 2, column: 1))
    }

    @Test func hostOperatorsComeFromTheRegistry() {
        let r = checkWithHost("""
        var df = makeFrame(2)
        let both = df + makeFrame(1)
        df += df
        print(both.rowCount, (3 * both).rowCount, (-makeFrame(3))[0], df.rowCount)
        """)
        #expect(r.error == nil)
        #expect(r.outputs == [.stream("3 9 2 4\n")])
        let wrong = checkWithHost("makeFrame(1) * makeFrame(1)")
        #expect(wrong.error?.message == "argument 'lhs' must be Int, not FakeFrame; *(_ lhs: Int, _ rhs: FakeFrame) -> FakeFrame")
        let none = checkWithHost("makeFrame(1) - 1")
        #expect(none.error?.message == "binary operator '-' cannot be applied to FakeFrame and Int")
    }

    @Test func hostPropertiesCanBeSet() {
        let r = checkWithHost("""
        let df = makeFrame(1)
        let alias = df
        df.caption = "ratings"
        alias.caption += "!"
        print(df.caption)
        """)
        #expect(r.error == nil)
        #expect(r.outputs == [.stream("ratings!\n")])
    }

    @Test func userClassesCanInheritFromAHostBase() {
        let r = checkWithHost("""
        class Net: Module {
            var scale: Double
            var layers: [Int] = []
            init(scale: Double) {
                self.scale = scale
                super.init()
            }
            func callAsFunction(_ x: Double) -> Double { scale * x }
        }
        let net = Net(scale: 3)
        net.layers.append(1)
        print(net(2), net.assignedProperties(), net.initCalls())
        let m: Module = net
        print(m.scale)
        """)
        #expect(r.error == nil)
        #expect(r.outputs == [.stream("6.0 [\"layers\", \"scale\", \"layers\"] 1\n3.0\n")])
    }
}
