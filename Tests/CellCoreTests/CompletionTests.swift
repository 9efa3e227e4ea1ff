// What an editor asks of a session (the Jupyter kernel's complete, inspect and is_complete
// requests): completions from the session's names and static types, declarations, completeness.

import CellCore
import Testing

extension CellCoreTests {
    @Suite struct CompletionTests {
        @Test func namesOfTheSessionTheLibraryAndKeywordsComplete() {
            let session = Session()
            _ = session.run(source: "let totalCount = 3\nfunc totalize() -> Int { 1 }")
            let found = session.completions(for: "print(tota", at: 10)
            #expect(found.matches == ["totalCount", "totalize"])
            #expect(found.start == 6 && found.end == 10)
            #expect(session.completions(for: "whi", at: 3).matches == ["while"])
            #expect(session.completions(for: "Dictionar", at: 9).matches.contains("Dictionary"))
        }

        @Test func membersAfterADotComeFromTheStaticType() {
            let session = Session()
            _ = session.run(source: "struct Point { var x: Int; var y: Int; func norm() -> Int { x * x + y * y } }\nlet p = Point(x: 1, y: 2)")
            #expect(session.completions(for: "p.", at: 2).matches == ["norm", "x", "y"])
            #expect(session.completions(for: "p.n", at: 3).matches == ["norm"])
            #expect(session.completions(for: "[1, 2].firs", at: 11).matches == ["first", "firstIndex"])
            #expect(session.completions(for: "\"ab\".uppercas", at: 13).matches == ["uppercased"])
            // A name declared above the cursor in the cell being written, not yet run.
            #expect(session.completions(for: "let word = \"a\"\nword.lowercas", at: 28).matches == ["lowercased"])
            // Nothing is declared by asking.
            #expect(!session.run(source: "print(word)").succeeded)
        }

        @Test func staticMembersAfterATypeName() {
            let session = Session()
            _ = session.run(source: "enum Suit { case hearts, spades\n static func all() -> [Suit] { [.hearts] } }")
            #expect(session.completions(for: "Suit.", at: 5).matches == ["all", "hearts", "spades"])
        }

        @Test func declarationsSayWhatANameIs() {
            let session = Session()
            _ = session.run(source: "var scores = [\"a\": 1]\nfunc mean(_ values: [Double], weights w: [Double]? = nil) -> Double { 0 }")
            #expect(session.declaration(in: "scores", at: 3) == "var scores: [String : Int]")
            #expect(session.declaration(in: "mean(x)", at: 2) == "func mean(_ values: [Double], weights w: [Double]? = …) -> Double")
            #expect(session.declaration(in: "scores.count", at: 9) == "var count: Int { get }")
            #expect(session.declaration(in: "nothingHere", at: 3) == nil)
        }

        @Test func completenessFollowsBracketsStringsAndOperators() {
            #expect(Session.completeness(of: "let x = 1") == .complete)
            #expect(Session.completeness(of: "func f() {\n    return") == .incomplete(indent: "    "))
            #expect(Session.completeness(of: "let xs = [[1,") == .incomplete(indent: "        "))
            #expect(Session.completeness(of: "let s = \"\"\"\nabc") == .incomplete(indent: ""))
            #expect(Session.completeness(of: "/* still open") == .incomplete(indent: ""))
            #expect(Session.completeness(of: "let y = 1 +") == .incomplete(indent: ""))
            #expect(Session.completeness(of: "print(1))") == .invalid)
            #expect(Session.completeness(of: "let s = \"open") == .invalid)
            #expect(Session.completeness(of: "let = 7") == .invalid)
        }
    }
}
