// Runs every Swift cell of the lessons that use the engine domains (tensors, layers, learners)
// through one `NotebookSession` in order, as `notebook run` will on the typed interpreter, and
// reports per cell: ok, type errors, or the trap. A cell's options are its leading `//|` lines
// (`eval: false` skips it, `seed: N` reseeds the run's generator first).
//
// `LESSON_REPORT=1 swift test --filter LessonCellsTests` prints the report of every lesson;
// docs/switch-over-notes.md ("Engine cells") lists the cells that fail and their Swift rewrites.

import CellBindings
import CellCore
import Foundation
import Reporting
import TestSupport
import Testing

/// One Swift cell of a Markdown notebook: its first line in the file, options and source.
struct LessonCell {
    var line: Int
    var options: [String: String]
    var source: String
}

enum LessonCells {
    /// The ```swift fenced blocks of a Markdown file, with their `//|` options.
    static func cells(of path: String) throws -> [LessonCell] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        var cells: [LessonCell] = []
        var current: [String]? = nil
        var start = 0
        for (i, line) in lines.enumerated() {
            if current == nil, line.hasPrefix("```swift") {
                current = []
                start = i + 2
            } else if current != nil, line.hasPrefix("```") {
                var options: [String: String] = [:]
                var body = current!
                while let first = body.first, first.hasPrefix("//|") {
                    let option = first.dropFirst(3).split(separator: ":", maxSplits: 1)
                    if option.count == 2 {
                        options[option[0].trimmingCharacters(in: .whitespaces)] = option[1].trimmingCharacters(in: .whitespaces)
                    }
                    body.removeFirst()
                }
                cells.append(LessonCell(line: start, options: options, source: body.joined(separator: "\n")))
                current = nil
            } else if current != nil {
                current!.append(line)
            }
        }
        return cells
    }

    /// Runs the cells in one session; one report line per cell. A cell that fails and has a
    /// rewrite in `rewrites` (by 1-based cell number) is followed by its rewrite, so the cells
    /// after it see what it declares; a cell in `standIns` is not run at all (it needs a domain
    /// this branch does not have) and its stand-in declares the same names with the same types.
    static func run(_ path: String, rewrites: [Int: String] = [:], standIns: [Int: String] = [:]) throws
        -> (report: [String], failures: Int)
    {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let session = NotebookSession(baseDirectory: folder)
        var report: [String] = []
        var failures = 0
        func describe(_ r: NotebookCellResult) -> String {
            if !r.diagnostics.isEmpty { return "type errors\n" + r.diagnostics.map { "    \($0)" }.joined(separator: "\n") }
            if let trap = r.trap { return "trap \(trap)" }
            return "ok"
        }
        for (n, cell) in try cells(of: path).enumerated() {
            let name = "cell \(n + 1) (line \(cell.line))"
            if cell.options["eval"] == "false" {
                report.append("\(name): skipped (eval: false)")
                continue
            }
            if let seed = cell.options["seed"].flatMap(UInt64.init) { session.reseed(seed) }
            if let standIn = standIns[n + 1] {
                let s = session.run(source: standIn)
                report.append("\(name): not run (needs Frames or Plots); stand-in \(describe(s))")
                continue
            }
            let r = session.run(source: cell.source)
            let expectsError = cell.options["error"] == "true"
            if r.succeeded {
                report.append("\(name): ok")
                continue
            }
            if !expectsError { failures += 1 }
            report.append("\(name): \(describe(r))\(expectsError ? " (expected: error: true)" : "")")
            if let rewrite = rewrites[n + 1] {
                if let seed = cell.options["seed"].flatMap(UInt64.init) { session.reseed(seed) }
                report.append("    rewrite: \(describe(session.run(source: rewrite)))")
            }
        }
        return (report, failures)
    }
}

@Suite(.serialized) struct LessonCellsTests {
    static let lessons = [
        "Notebooks/tests/tensors.md", "Notebooks/tests/collab.md", "Notebooks/authoring-example.md", "Notebooks/lesson5.md",
    ]
    static var reporting: Bool { ProcessInfo.processInfo.environment["LESSON_REPORT"] == "1" }

    @Test(.enabled(if: reporting, "prints the per-cell report of every lesson; set LESSON_REPORT=1 (the data must be there)"))
    func reportEveryLesson() throws {
        let only = ProcessInfo.processInfo.environment["LESSON"]
        for lesson in Self.lessons where only == nil || lesson.contains(only!) {
            let edits = LessonRewrites.all[lesson] ?? (rewrites: [:], standIns: [:])
            let (report, failures) = try LessonCells.run(
                Repository.root.appendingPathComponent(lesson).path, rewrites: edits.rewrites, standIns: edits.standIns)
            print("== \(lesson): \(failures) failing cells\n" + report.joined(separator: "\n"))
        }
    }
}
