// A global of a cell that stopped before initialising it (notebooks go on after a failed cell):
// reading it in a later cell stops that cell with a message, never the process.

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
                #expect(r.trap?.message == "'\(name)' has no value: the cell that declares it stopped before initialising it")
                #expect(r.trap?.position.line == 2 && r.trap?.position.column == column)
                #expect(r.output == "1\n")
            }
            let optional = session.run(source: "print(e as Any)")
            #expect(optional.trap == nil && optional.output == "nil\n")
        }
    }
}
