import CellRuntime
import Foundation
import NotebookDocument
import TestSupport
import Testing

@testable import Runner

/// `notebook run -p name=value`: papermill-style parameters.
@Suite struct ParameterTests {
    static let lesson = """
        # Params

        ```swift
        //| parameters: true
        let path = "data/ml-latest-small/"
        let epochs = 3
        let lr = 0.01
        let verbose = false
        let offset = -2
        ```

        ```swift
        print(path, epochs, lr, verbose, offset)
        ```
        """

    func notebook(_ markdown: String = lesson) throws -> Notebook {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("params.md").path
        try markdown.write(toFile: path, atomically: true, encoding: .utf8)
        return try CommonMarkReader.read(path: path)
    }

    func run(_ assignments: [String], _ markdown: String = lesson) throws -> NotebookRun {
        let parsed = try assignments.map { try Parameters.parse($0) }
        return NotebookRunner.run(try Parameters.inject(parsed, into: try notebook(markdown)))
    }

    func failure(_ assignments: [String], _ markdown: String = lesson) throws -> String {
        do {
            _ = try run(assignments, markdown)
        } catch let error as ParameterError {
            return error.message
        }
        Issue.record("\(assignments) should be refused")
        return ""
    }

    @Test func withoutParametersTheLiteralsRun() throws {
        #expect(stream(try run([]).cells[1]) == "data/ml-latest-small/ 3 0.01 false -2\n")
    }

    @Test func eachValueReplacesItsLiteral() throws {
        let r = try run(["path=data/ml-100k/", "epochs=1", "lr=1e-3", "verbose=true", "offset=-7"])
        #expect(r.cells.map(\.status) == [.succeeded, .succeeded])
        #expect(stream(r.cells[1]) == "data/ml-100k/ 1 0.001 true -7\n")
    }

    @Test func anIntegerIsAcceptedForADouble() throws {
        #expect(stream(try run(["lr=2"]).cells[1]) == "data/ml-latest-small/ 3 2.0 false -2\n")
    }

    @Test func aStringValueIsEscapedNotInterpreted() throws {
        let r = try run(["path=a \"quoted\" \\(epochs) path"])
        #expect(stream(r.cells[1]) == "a \"quoted\" \\(epochs) path 3 0.01 false -2\n")
    }

    @Test func theReportShowsTheInjectedValues() throws {
        let r = try run(["epochs=1"])
        let code = r.cells[0].cell.displayCode
        #expect(code.contains("let epochs = 1  // -p epochs=1"))
        #expect(code.contains("let lr = 0.01\n"), "untouched lines stay as written")
    }

    @Test func theLastOfRepeatedValuesWins() throws {
        #expect(stream(try run(["epochs=1", "epochs=5"]).cells[1]).contains(" 5 "))
    }

    @Test func anUnknownNameIsRefusedWithSuggestions() throws {
        let message = try failure(["epoch=1"])
        #expect(
            message.hasSuffix(
                "params.md:3: error: unknown parameter 'epoch'; the parameters cell declares 'path', 'epochs', 'lr', 'verbose', 'offset'; "
                    + "did you mean 'epochs'?"
            ))
    }

    @Test func aValueOfTheWrongTypeIsRefused() throws {
        #expect(try failure(["epochs=1.5"]).hasSuffix("params.md:6:14: error: parameter 'epochs' expects an Int (like its literal 3), got '1.5'"))
        #expect(try failure(["lr=fast"]).contains("parameter 'lr' expects a number (like its literal 0.01), got 'fast'"))
        #expect(try failure(["lr=nan"]).contains("expects a number"))
        #expect(try failure(["verbose=yes"]).contains("parameter 'verbose' expects true or false (like its literal false), got 'yes'"))
    }

    @Test func parametersNeedAParametersCell() throws {
        let message = try failure(["x=1"], "```swift\nlet x = 1\n```\n")
        #expect(message.hasSuffix("error: -p was given but no cell is marked '//| parameters: true'"))
    }

    @Test func onlyLiteralConstantsAreParameters() throws {
        let markdown = "```swift\n//| parameters: true\nlet base = \"a\"\nlet full = base + \"b\"\n```\n"
        #expect(try failure(["full=x"], markdown).contains("unknown parameter 'full'; the parameters cell declares 'base'"))
    }

    @Test func assignmentsParse() throws {
        #expect(try Parameters.parse("a=b=c") == Parameters.Assignment(name: "a", value: "b=c"))
        #expect(try Parameters.parse("a=") == Parameters.Assignment(name: "a", value: ""))
        #expect(throws: ParameterError.self) { try Parameters.parse("novalue") }
        #expect(throws: ParameterError.self) { try Parameters.parse("=1") }
    }
}
