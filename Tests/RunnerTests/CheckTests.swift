import CellRuntime
import Foundation
import NotebookDocument
import TestSupport
import Testing

@testable import Runner

/// `notebook check`: every syntax error and unknown name, without running anything.
@Suite struct CheckTests {
    func findings(_ markdown: String) throws -> [Diagnostic] {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("check.md").path
        try markdown.write(toFile: path, atomically: true, encoding: .utf8)
        return NotebookChecker.check(try CommonMarkReader.read(path: path))
    }

    /// `line:col message` of each finding.
    func summary(_ markdown: String) throws -> [String] {
        try findings(markdown).map { "\($0.location.line):\($0.location.column) \($0.message)" }
    }

    @Test func aCleanNotebookHasNoFindings() throws {
        let markdown = """
            ```swift
            let ratings = [4, 5, 3]
            func mean(_ xs: [Int]) -> Double { Double(xs.reduce(0) { $0 + $1 }) / Double(xs.count) }
            class Counter {
                var count = 0
                func add(_ n: Int) { count += n; report() }
                func report() { print(count) }
            }
            class Twice: Counter {
                func addTwice(_ n: Int) { add(n); add(n) }
            }
            ```

            ```swift
            let c = Twice()
            for (i, r) in ratings.enumerated() { if i >= 0 { c.add(r) } }
            let doubled = ratings.map { $0 * 2 }.filter { x in x > 6 }
            if let first = doubled.first { print(first) } else { print("none") }
            guard let top = ratings.max() else { print("empty") }
            print(top, mean(ratings), sqrt(2.0), Int.random(in: 1...6))
            func outer() -> Int {
                func inner() -> Int { helper() + later }
                func helper() -> Int { 1 }
                return inner()
            }
            let later = 2
            var total = 0
            while total < 3 { total += 1 }
            ```
            """
        #expect(try summary(markdown) == [])
    }

    @Test func everyUnknownNameIsFoundWithSuggestions() throws {
        let markdown = """
            # Broken

            ```swift
            let ratings = [1, 2, 3]
            for r in ratings { print(ratngs) }
            let z = later + 1
            if let a = ratings.first { print(a) } else { print(a) }
            class Net {
                var w = 1
                func f() -> Int { w + bias }
            }
            ```

            ```swift
            let later = 2
            print(r)
            ```
            """
        let found = try findings(markdown)
        #expect(
            found.map { "\($0.location.line):\($0.location.column) \($0.message)" } == [
                "5:26 cannot find 'ratngs' in scope",
                "6:9 cannot find 'later' in scope",
                "7:52 cannot find 'a' in scope",
                "10:27 cannot find 'bias' in scope",
                "16:7 cannot find 'r' in scope",
            ])
        #expect(found[0].notes == ["did you mean 'ratings'?"])
        #expect(found[1].notes.contains("'later' is defined later, at line 15; cells run top to bottom"))
        #expect(found[0].excerpt == "for r in ratings { print(ratngs) }\n                         ^")
    }

    @Test func syntaxAndOptionErrorsAreFoundInEveryCell() throws {
        let markdown = """
            ```swift
            //| colour: red
            let a = (1 +
            ```

            ```swift
            let b = [1, 2
            let c = undefined
            ```
            """
        let found = try summary(markdown)
        // The second cell's unknown name is not reported: a cell with a syntax error reports
        // only its syntax errors.
        #expect(found.count == 3)
        #expect(found[0].hasPrefix("2:") && found[0].contains("unknown cell option 'colour'"))
        #expect(found[1].hasPrefix("3:") && found[1].contains("expected"))
        #expect(found[2].hasPrefix("7:") || found[2].hasPrefix("8:"))
    }

    @Test func aSyntaxErrorDoesNotCascadeIntoUnknownNames() throws {
        let markdown = """
            ```swift
            let total = counts.reduce(0, +)
            let (a, b) = (1, 2
            print(total)
            ```

            ```swift
            print(total, a, b, missing)
            ```
            """
        let found = try summary(markdown)
        #expect(found.count == 3)
        #expect(found[0] == "2:30 operators cannot be passed as functions; write a closure such as '{ $0 + $1 }'")
        #expect(found.last == "8:20 cannot find 'missing' in scope")
    }

    @Test func membersAfterADotAreNotChecked() throws {
        #expect(try summary("```swift\nlet xs = [1]\nxs.notAMember\n```\n") == [])
    }

    @Test func evalFalseCellsAreSkippedAndExpectedErrorsAreNotReported() throws {
        let markdown = """
            ```swift
            //| eval: false
            let hidden = nonsense(
            ```

            ```swift
            //| error: true
            let shown = typo + 1
            ```

            ```swift
            print(hidden)
            ```
            """
        #expect(try summary(markdown) == ["12:7 cannot find 'hidden' in scope"])
    }

    @Test func aParameterAndALocalOfAFunctionDoNotLeak() throws {
        let markdown = "```swift\nfunc f(x: Int) -> Int { let y = x; return y }\nprint(x, y)\n```\n"
        #expect(try summary(markdown) == ["3:7 cannot find 'x' in scope", "3:10 cannot find 'y' in scope"])
    }

    @Test func theLessonsOfTheRepositoryCheckClean() throws {
        let folder = Repository.root.appendingPathComponent("Notebooks")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        #expect(files.contains("authoring-example.md"))
        for file in files {
            let found = NotebookChecker.check(try CommonMarkReader.read(path: folder.appendingPathComponent(file).path))
            #expect(found.isEmpty, "\(file): \(found.map(\.description))")
        }
    }
}
