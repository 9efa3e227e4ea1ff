// `notebook run --engine typed`: cells on the statically typed interpreter, with the runner's
// error locations, options and outputs.

import Foundation
import NotebookDocument
import Reporting
import TestSupport
import Testing

@testable import Runner

@Suite struct TypedEngineTests {
    var typed: RunOptions {
        var o = RunOptions()
        o.engine = .typed
        return o
    }

    @Test func typeErrorsAreLocatedInTheNotebookAndNothingOfTheCellRuns() throws {
        let run = try runNotebook(
            "# T\n\n```swift\nprint(\"before\")\nlet mean = 10.0 / 3\nlet n: Int = mean\n```\n", options: typed)
        let cell = run.cells[0]
        #expect(cell.status == .failed)
        #expect(stream(cell) == "")
        #expect(
            cell.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [
                "6:14: cannot convert value of type 'Double' to specified type 'Int'"
            ])
    }

    @Test func aTrapInAFunctionOfAnEarlierCellIsLocatedThereWithTheCall() throws {
        let md = "# T\n\n```swift\nlet xs = [1, 2]\nfunc third() -> Int { xs[2] }\n```\n\nText.\n\n```swift\nprint(\"go\")\nthird()\n```\n"
        let run = try runNotebook(md, options: typed)
        #expect(run.cells[0].status == .succeeded)
        let cell = run.cells[1]
        #expect(cell.status == .failed)
        #expect(stream(cell) == "go\n")
        guard let d = cell.diagnostics.first else {
            Issue.record("no diagnostic")
            return
        }
        #expect(d.message == "Fatal error: Index out of range")
        #expect(d.location.line == 5)
        #expect(d.notes.contains { $0.hasSuffix("test.md:12:1") })
    }

    @Test func aCellsTimeoutStopsItAndTheNextCellRuns() throws {
        let md = "```swift\n//| timeout: 0.3\nvar n = 0\nwhile true { n += 1 }\n```\n\n```swift\n//| error: false\n1 + 1\n```\n"
        var options = typed
        options.keepGoing = true
        let run = try runNotebook(md, options: options)
        #expect(run.cells[0].diagnostics.first?.message == "cell exceeded its timeout of 0.3 s")
        #expect(run.cells[0].diagnostics.first?.location.line == 4)
        #expect(displays(run.cells[1]) == [.text("2")])
    }

    @Test func theSeedOptionRestartsTheGenerator() throws {
        // Both cells draw from the run's one generator after the same reseed, so they agree.
        let md =
            "```swift\n//| seed: 7\nlet a = Int.random(in: 0..<1_000_000)\n```\n\n"
            + "```swift\n//| seed: 7\nlet b = Int.random(in: 0..<1_000_000)\nprint(a == b)\n```\n"
        let run = try runNotebook(md, options: typed)
        #expect(stream(run.cells[1]) == "true\n", "\(run.cells.map(\.diagnostics))")
    }
}

@Suite struct TypedCheckTests {
    @Test func checkFindsTypeErrorsInEveryCellAgainstTheCellsBefore() throws {
        let dir = try temporaryFolder()
        let path = dir.appendingPathComponent("c.md").path
        try "```swift\nlet n = 3\n```\n\n```swift\nlet half: Double = n / 2\nprint(undefinedName)\n```\n\n```swift\n//| error: true\nlet s: String = 1\n```\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let findings = NotebookChecker.checkTyped(try CommonMarkReader.read(path: path))
        #expect(
            findings.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [
                "6:22: cannot convert value of type 'Int' to specified type 'Double'",
                "7:7: cannot find 'undefinedName' in scope",
            ])
    }
}
