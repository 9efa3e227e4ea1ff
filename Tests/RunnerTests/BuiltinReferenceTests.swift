import CellRuntime
import Foundation
import TestSupport
import Testing

@testable import Runner

/// `notebook builtins` and docs/builtins.md.
@Suite struct BuiltinReferenceTests {
    @Test func docsBuiltinsIsUpToDate() throws {
        let path = Repository.root.appendingPathComponent("docs/builtins.md")
        let committed = (try? String(contentsOf: path, encoding: .utf8)) ?? "(missing)"
        let generated = try #require(BuiltinReference.markdown())
        #expect(
            committed == generated,
            "docs/builtins.md is out of date with the builtin registry: run `make docs` and commit docs/builtins.md")
    }

    @Test func theReferenceListsEveryRegistryEntry() throws {
        let text = try #require(BuiltinReference.markdown())
        for entry in BuiltinRegistry.standard.reference {
            #expect(text.contains(entry.signature), "\(entry.signature) is missing")
            #expect(entry.doc.isEmpty || text.contains(entry.doc), "the doc of \(entry.signature) is missing")
        }
    }

    @Test func signaturesShowLabelsDefaultsAndStaticMembers() throws {
        let text = try #require(BuiltinReference.markdown())
        #expect(text.contains("- `print(_ items: Any..., separator: String = \" \", terminator: String = \"\\n\")`"))
        #expect(text.contains("### Int (static members)\n\n- `Int.random(in range: Range<Int>) -> Int`"))
        #expect(text.contains("### DataFrame\n"))
    }

    @Test func aNameSelectsItsEntries() throws {
        let head = try #require(BuiltinReference.markdown(matching: "head"))
        #expect(head.contains("`head(_ n: Int = 5) -> DataFrame`"))
        #expect(!head.contains("print("))
        #expect(!head.contains("# Builtin reference"))
        let qualified = try #require(BuiltinReference.markdown(matching: "Int.random"))
        #expect(qualified.contains("Int.random(in range: Range<Int>) -> Int"))
        #expect(!qualified.contains("Double.random"))
        let type = try #require(BuiltinReference.markdown(matching: "DataFrame"))
        #expect(type.contains("head(") && type.contains("### DataFrame"))
        #expect(BuiltinReference.markdown(matching: "heda") == nil)
        #expect(Suggestions.note(for: "heda", among: BuiltinReference.names()) == "did you mean 'head'?")
    }
}
