import CellRuntime
import Foundation
import NotebookDocument
import TestSupport
import Testing

@testable import Runner

/// Notebooks/authoring-example.md, the worked example of docs/authoring.md, runs strictly.
@Suite struct AuthoringExampleTests {
    static let path = Repository.root.appendingPathComponent("Notebooks/authoring-example.md").path

    @Test func theWorkedExampleRunsAsDocumented() throws {
        let run = try NotebookRunner.run(path: Self.path)
        for cell in run.cells where cell.status == .failed {
            Issue.record("line \(cell.cell.fenceLine): \(cell.diagnostics.map(\.description))")
        }
        #expect(run.count(.failed) == 0)
        #expect(run.count(.skipped) == 1, "the eval: false cell")
        // The expected error: a misspelled name with its suggestion.
        let expected = try #require(run.cells.first { $0.cell.options.error })
        #expect(expected.status == .succeeded)
        #expect(expected.diagnostics.first?.message == "cannot find 'slop' in scope")
        #expect(expected.diagnostics.first?.notes == ["did you mean 'slope'?"])
        // Every option of the guide appears in the example.
        let options = run.cells.map(\.cell.options)
        #expect(options.contains { $0.parameters } && options.contains { $0.seed != nil })
        #expect(options.contains { $0.timeout != nil } && options.contains { $0.label != nil && $0.caption != nil })
        #expect(options.contains { !$0.echo } && options.contains { !$0.output } && options.contains { !$0.eval })
    }

    @Test func theExampleTakesParameters() throws {
        let notebook = try Parameters.inject(
            [Parameters.Assignment(name: "steps", value: "1")],
            into: try CommonMarkReader.read(path: Self.path))
        let run = NotebookRunner.run(notebook)
        #expect(run.count(.failed) == 0)
        // One step from slope 0 cannot reach the true slope; the lesson's checks allow for that.
        let echoed = try #require(run.cells.first { !$0.cell.options.echo })
        #expect(stream(echoed).hasPrefix("slope 0."))
    }
}
