import Foundation
import Reporting
import TestSupport
import Testing

@testable import Runner

/// The `notebook` executable (built by `swift build --build-tests`, which `make test` runs).
@Suite(.serialized) struct CommandLineTests {
    static let passing = "# Ok\n\n```swift\nprint(\"hello\")\n```\n"
    static let failing = "# Bad\n\n```swift\nlet x = 1\nx + nope\n```\n\n```swift\nx\n```\n"

    func folder(with files: [String: String]) throws -> URL {
        let dir = try temporaryFolder()
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return dir
    }

    @Test func severalFilesInOneRunWithAnOutputFolder() throws {
        let dir = try folder(with: ["a.md": Self.passing, "b.md": Self.failing])
        let r = try runCLI(["run", "a.md", "b.md", "--output", "reports"], in: dir)
        #expect(r.status == 1)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports/a.html").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("reports/b.html").path))
        #expect(r.stdout.contains("a.md: 1 cells: 1 succeeded, 0 failed"))
        #expect(r.stdout.contains("b.md: 2 cells: 0 succeeded, 1 failed, 1 not run"))
        #expect(r.stderr.contains("b.md:5:5: error: cannot find 'nope' in scope\nx + nope\n    ^"))
    }

    /// `--to pdf` prints the report with headless Chromium (needs `make browser`, which `make test`
    /// runs first; elsewhere the test skips and says so).
    @Test(.enabled(if: PDFReport.browser() != nil || Repository.noSkips, "needs headless Chromium: run `make browser`"))
    func toPDFWritesAPDFAndBothWritesBoth() throws {
        let dir = try folder(with: ["a.md": Self.passing])
        let pdfOnly = try runCLI(["run", "-q", "--to", "pdf", "a.md"], in: dir)
        #expect(pdfOnly.status == 0, "\(pdfOnly.stderr)")
        #expect(pdfOnly.stdout == "wrote output/a.pdf\n")
        let bytes = try Data(contentsOf: dir.appendingPathComponent("output/a.pdf"))
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("output").path) == ["a.pdf"])
        let both = try runCLI(["run", "-q", "--to", "html,pdf", "a.md"], in: dir)
        #expect(both.status == 0)
        #expect(both.stdout == "wrote output/a.html\nwrote output/a.pdf\n")
    }

    @Test func toRejectsUnknownFormats() throws {
        let dir = try folder(with: ["a.md": Self.passing])
        let r = try runCLI(["run", "--to", "docx", "a.md"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("--to expects html, pdf, ipynb or a comma-separated list of them, got 'docx'"))
    }

    @Test func quietPrintsOnlyErrorsAndTheReportPath() throws {
        let dir = try folder(with: ["a.md": Self.passing])
        let r = try runCLI(["run", "--quiet", "a.md"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "wrote output/a.html\n")
        #expect(r.stderr.isEmpty)
    }

    @Test func keepGoingMarksTheCellsAfterAFailure() throws {
        let dir = try folder(with: ["b.md": Self.failing])
        let r = try runCLI(["run", "--keep-going", "b.md"], in: dir)
        #expect(r.status == 1)
        #expect(r.stdout.contains("[2/2] b.md:8 ok") && r.stdout.contains("(after a failed cell)"))
        let html = try String(contentsOf: dir.appendingPathComponent("output/b.html"), encoding: .utf8)
        #expect(html.contains("ran after an earlier cell failed"))
    }

    @Test func parametersFromTheCommandLine() throws {
        let lesson = "```swift\n//| parameters: true\nlet epochs = 3\n```\n\n```swift\nprint(\"epochs\", epochs)\n```\n"
        let dir = try folder(with: ["p.md": lesson])
        let ok = try runCLI(["run", "p.md", "-p", "epochs=1"], in: dir)
        #expect(ok.status == 0)
        let html = try String(contentsOf: dir.appendingPathComponent("output/p.html"), encoding: .utf8)
        #expect(html.contains("epochs 1"))
        let bad = try runCLI(["run", "p.md", "-p", "epochs=one"], in: dir)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("parameter 'epochs' expects an Int (like its literal 3), got 'one'"))
        #expect(!bad.stdout.contains("[1/2]"), "nothing ran")
        let unknown = try runCLI(["run", "p.md", "-p", "epoch=1"], in: dir)
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean 'epochs'?"))
    }

    @Test func checkReportsFindingsAndExitsOne() throws {
        let dir = try folder(with: ["a.md": Self.passing, "b.md": Self.failing])
        let clean = try runCLI(["check", "a.md"], in: dir)
        #expect(clean.status == 0 && clean.stdout == "a.md: 1 cells, no problems found\n")
        let r = try runCLI(["check", "a.md", "b.md"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.contains("b.md:5:5: error: cannot find 'nope' in scope"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("output").path), "nothing ran")
        let missing = try runCLI(["check", "missing.md"], in: dir)
        #expect(missing.status == 2)
    }

    @Test func builtinsPrintsTheReference() throws {
        let dir = try temporaryFolder()
        let all = try runCLI(["builtins"], in: dir)
        #expect(all.status == 0 && all.stdout == BuiltinReference.markdown())
        let one = try runCLI(["builtins", "sqrt"], in: dir)
        #expect(one.stdout.contains("`sqrt(_ x: Double) -> Double`"))
        let unknown = try runCLI(["builtins", "sqr"], in: dir)
        #expect(unknown.status == 1 && unknown.stderr.contains("did you mean 'sqrt'?"))
    }

    @Test func newWritesARunnableLessonAndRefusesToOverwrite() throws {
        let dir = try temporaryFolder()
        let r = try runCLI(["new", "my-lesson"], in: dir)
        #expect(r.status == 0)
        let path = dir.appendingPathComponent("Notebooks/my-lesson.md")
        let text = try String(contentsOf: path, encoding: .utf8)
        #expect(text.hasPrefix("# my lesson\n"))
        let run = try runCLI(["run", "Notebooks/my-lesson.md"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("4 cells: 4 succeeded, 0 failed"))
        let check = try runCLI(["check", "Notebooks/my-lesson.md"], in: dir)
        #expect(check.status == 0)
        let params = try runCLI(["run", "Notebooks/my-lesson.md", "-p", "steps=2", "-p", "rate=0.5"], in: dir)
        #expect(params.status == 0)
        let again = try runCLI(["new", "my-lesson"], in: dir)
        #expect(again.status == 2 && again.stderr.contains("already exists"))
        let bad = try runCLI(["new", "../escape"], in: dir)
        #expect(bad.status == 2)
    }

    @Test func watchRerunsWhenTheFileChanges() throws {
        let dir = try folder(with: ["w.md": "```swift\nprint(\"first version\")\n```\n"])
        let binary = Repository.root.appendingPathComponent(".build/debug/notebook")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["watch", "w.md", "--runs", "2", "--interval", "0.05"]
        process.currentDirectoryURL = dir
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let report = dir.appendingPathComponent("output/w.html")
        func reportContains(_ text: String) -> Bool {
            ((try? String(contentsOf: report, encoding: .utf8)) ?? "").contains(text)
        }
        // Wait (bounded) for the first report, then save a new version.
        var waited = 0
        while !reportContains("first version") && waited < 600 { Thread.sleep(forTimeInterval: 0.1); waited += 1 }
        #expect(reportContains("first version"))
        try "```swift\nprint(\"second version\")\n```\n".write(to: dir.appendingPathComponent("w.md"), atomically: true, encoding: .utf8)
        waited = 0
        while process.isRunning && waited < 600 { Thread.sleep(forTimeInterval: 0.1); waited += 1 }
        if process.isRunning { process.terminate(); Issue.record("watch did not re-run after the change") }
        process.waitUntilExit()
        #expect(reportContains("second version"))
    }
}
