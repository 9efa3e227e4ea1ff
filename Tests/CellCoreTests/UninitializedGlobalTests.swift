// A global of a cell that stopped before initialising it (notebooks go on after a failed cell)
// leaves the session: a later cell that uses it gets "cannot find" with a note saying why, never a
// value that is not there, and never a crash.

import CellCore
import Testing

extension CellCoreTests {
    @Suite struct UninitializedGlobalTests {
        @Test func readingAGlobalThatNeverGotItsValueStopsTheCell() {
            let session = Session()
            let failed = session.run(source: "let xs = [1]\nlet a = xs[3]\nlet b = 2.5\nlet c = [1]\nvar d = 1\nlet e: Int? = 4")
            #expect(failed.trap?.message == "Fatal error: Index out of range")
            for (name, column) in [("b", 7), ("c", 7), ("d", 7)] {
                let r = session.run(source: "print(1)\nprint(\(name))")
                #expect(r.diagnostics.map(\.message) == ["cannot find '\(name)' in scope"])
                #expect(r.diagnostics.first?.notes == ["'\(name)' is declared in an earlier cell that stopped before giving it a value"])
                #expect(r.diagnostics.first?.position.line == 2 && r.diagnostics.first?.position.column == column)
            }
            let optional = session.run(source: "print(e as Any)")
            #expect(optional.trap == nil && optional.output == "nil\n")
        }
    }
}
