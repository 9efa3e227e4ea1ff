// `notebook builtins --engine typed`: the reference is the modules' own declarations.

import CellCore
import Testing

@testable import Runner

@Suite struct TypedReferenceTests {
    static var module: LibraryModule {
        LibraryModule(
            name: "Toy",
            source: """
                /// A table.
                final class Table {
                    /// The first rows.
                    func head(_ n: Int = 5) -> Table
                    var count: Int { get }
                }
                /// Reads a table.
                func readTable(_ path: String) -> Table
                """)
    }

    @Test func aNameGivesItsDeclarationsWithTheirDocComments() {
        #expect(
            TypedReference.markdown([Self.module], matching: "head")
                == "## Toy\n\n```swift\nextension Table {\n    /// The first rows.\n    func head(_ n: Int = 5) -> Table\n}\n```\n")
        #expect(TypedReference.markdown([Self.module], matching: "readTable")?.contains("/// Reads a table.") == true)
        #expect(TypedReference.markdown([Self.module], matching: "nothing") == nil)
        #expect(TypedReference.names([Self.module]) == ["Table", "Table.count", "Table.head", "count", "head", "readTable"])
    }

    @Test func theWholeReferenceHasEveryModulesSource() {
        let text = TypedReference.markdown() ?? ""
        for name in ["## Checks", "## Frames", "## Plots", "func readCSV(", "func scatter("] {
            #expect(text.contains(name), "missing \(name)")
        }
    }
}
