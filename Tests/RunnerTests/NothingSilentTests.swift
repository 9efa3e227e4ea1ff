import Foundation
import TestSupport
import Testing

@testable import Runner

/// Issue 14: inputs that used to be ignored or lost without a word.
@Suite(.serialized) struct NothingSilentTests {
    func folder(with files: [String: String]) throws -> URL {
        let dir = try temporaryFolder()
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// A forgotten `> ` swallows a cell, a list item holds one, and one fence is capitalised: none
    /// runs, and each warns at its fence's line in the terminal, in `check` and in the report.
    static let fences = """
        # Fences

        > A note:
        > ```swift
        > print("quoted")
        ```

        ```swift
        print("swallowed")
        ```

        - an item:

          ```swift
          print("in a list")
          ```

        ```Swift
        print("capitalised")
        ```

        ```swift
        print("runs")
        ```

        """

    @Test func fencesThatDoNotRunWarnEverywhere() throws {
        let dir = try folder(with: ["f.md": Self.fences])
        let run = try runCLI(["run", "f.md"], in: dir)
        #expect(run.status == 0)
        #expect(run.stdout.contains("1 cells: 1 succeeded"))
        for line in ["f.md:4:3: warning:", "f.md:8:1: warning:", "f.md:14:3: warning:", "f.md:18:1: warning:"] {
            #expect(run.stderr.contains(line), "run: \(line)")
        }
        #expect(run.stderr.contains("inside a block quote"))
        #expect(run.stderr.contains("inside a list item"))
        #expect(run.stderr.contains("inside the code block opened at line 6, so it does not start a cell"))
        #expect(run.stderr.contains("```Swift is not a cell"))
        let check = try runCLI(["check", "f.md"], in: dir)
        #expect(check.stdout.contains("f.md: 1 cells, no problems found, 4 warnings"))
        #expect(check.stderr.contains("f.md:4:3: warning:") && check.stderr.contains("f.md:18:1: warning:"))
        let html = try String(contentsOf: dir.appendingPathComponent("output/f.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "document-warning").count - 1 == 4)
        #expect(html.contains("<code>f.md:14:3</code>"))
    }

    @Test func emptyAndOptionsOnlyCellsTakeNoExecutionCount() throws {
        let lesson = "```swift\n```\n\n```swift\n   \n\n```\n\n```swift\n//| seed: 3\n```\n\n```swift\n1 + 1\n```\n"
        let run = try runNotebook(lesson)
        #expect(run.cells.map(\.executionCount) == [nil, nil, nil, 1])
        #expect(run.cells.allSatisfy { $0.status == .succeeded })
    }

    @Test func aBareNameFoundUnderNotebooksIsSuggested() throws {
        let dir = try folder(with: ["Notebooks/lesson5.md": "# L\n"])
        let r = try runCLI(["run", "lesson5.md"], in: dir)
        #expect(r.status == 2)
        #expect(
            r.stderr.contains(
                "lesson5.md: error: cannot read the notebook: no such file here, but Notebooks/lesson5.md exists: did you mean Notebooks/lesson5.md?"))
        let nowhere = try runCLI(["check", "other.md"], in: dir)
        #expect(nowhere.stderr.contains("other.md: error: cannot read the notebook: no such file\n"))
    }
}

extension NothingSilentTests {
    /// Twenty 30000×30000 tensors (72 GB) used to get the process killed with no report.
    @Test func aCellPastTheMemoryBudgetStopsWithAnErrorAndTheReportIsWritten() throws {
        let lesson = """
            ```swift
            let small = Tensor.zeros([10, 10])
            ```

            ```swift
            var kept: [Tensor] = []
            for _ in 0..<20 { kept.append(Tensor.zeros([30000, 30000])) }
            ```

            """
        let dir = try folder(with: ["m.md": lesson])
        let r = try runCLI(["run", "--memory-budget", "300M", "m.md"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("m.md:7:"))
        #expect(r.stderr.contains("allocating a tensor of shape [30000, 30000] (3.35 GiB)"))
        #expect(r.stderr.contains("past its memory budget of 300.0 MiB"))
        let html = try String(contentsOf: dir.appendingPathComponent("output/m.html"), encoding: .utf8)
        #expect(html.contains("past its memory budget"))
        let bad = try runCLI(["run", "--memory-budget", "lots", "m.md"], in: dir)
        #expect(bad.status == 2 || bad.status == 64)
    }

    @Test func memoryBudgetSizes() {
        #expect(RunOptions.memoryBudget(parsing: "8G") == 8 << 30)
        #expect(RunOptions.memoryBudget(parsing: "512MiB") == 512 << 20)
        #expect(RunOptions.memoryBudget(parsing: "1000") == 1000)
        #expect(RunOptions.memoryBudget(parsing: "0") == nil)
        #expect(RunOptions.memoryBudget(parsing: "50%") ?? 0 > 0)
    }
}
