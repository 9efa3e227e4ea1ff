// A notebook session on the typed interpreter: cells' outputs as the report shows them, and
// the checks lessons use.

import CellBindings
import CellCore
import Foundation
import Reporting
import Testing

@Suite(.serialized) struct NotebookSessionTests {
    func session() -> NotebookSession { NotebookSession(baseDirectory: URL(fileURLWithPath: "/tmp")) }

    @Test func anArrayOfLabelledTuplesShowsAsATable() {
        let r = session().run(source: "[(model: \"a\", rmse: 0.91), (model: \"b\", rmse: 0.93)]")
        #expect(
            r.outputs == [
                .table(
                    ReportTable(
                        columns: ["model", "rmse"], index: ["0", "1"], rows: [["a", "0.91"], ["b", "0.93"]]))
            ])
    }

    @Test func printedTextAndTheValueKeepTheirOrder() {
        let r = session().run(source: "print(\"hi\")\nlet x = 2\ndisplay([x, x])\nprint(\"bye\")\nx + 1")
        #expect(r.outputs == [.stream("hi\n"), .text("[2, 2]"), .stream("bye\n"), .text("3")])
    }

    @Test func expectationsPassOrStopTheCellAtTheCheckedValue() {
        let s = session()
        let ok = s.run(
            source: """
                expect(3, equals: 3)
                expect([1.0, 2.0], equals: [1.0, 2.05], tolerance: 0.1)
                expect(0.5, atMost: 1)
                expect(2 > 1, "ordered")
                """)
        #expect(ok.succeeded, "\(ok.diagnostics) \(String(describing: ok.trap))")
        let failed = s.run(source: "let n = 15\nexpect(n, equals: 16)")
        #expect(failed.trap?.message == "expectation failed: 15 does not equal 16")
        #expect(failed.trap?.position.line == 2)
        #expect(failed.trap?.position.column == 8)
        let condition = s.run(source: "expect(1 > 2)")
        #expect(condition.trap?.message == "expectation failed: the condition is false")
        let bound = s.run(source: "expect(0.93, atMost: 0.92)")
        #expect(bound.trap?.message == "expectation failed: 0.93 is not at most 0.92")
    }

    @Test func mistypedChecksAreTypeErrors() {
        let r = session().run(source: "expect(1, equals: \"one\")")
        #expect(!r.diagnostics.isEmpty)
    }
}
