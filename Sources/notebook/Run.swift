import ArgumentParser
import Foundation
import NotebookDocument
import Reporting
import Runner

extension NotebookCommand {
    /// `notebook run FILE…`: run every cell in order and write `output/<name>.html`.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a notebook's swift cells in order and write its HTML report.",
            discussion: """
            Cells run top to bottom in one shared session. Relative paths in cells resolve against \
            the notebook's folder. Errors are printed as path:line:col. Exit status: 0 when every \
            cell succeeded, 1 when a cell failed, 2 for usage or I/O errors.
            """)

        @Argument(help: "The Markdown notebooks to run.", completion: .file(extensions: ["md"]))
        var files: [String]

        @Option(name: .shortAndLong, help: "The folder reports are written to.")
        var output: String = "output"

        @Option(help: "The seed of the session's random generator.")
        var seed: UInt64 = 42

        @Flag(help: "Keep running cells after one fails.")
        var keepGoing = false

        @Flag(name: .shortAndLong, help: "Print only errors and the report's path.")
        var quiet = false

        func run() throws {
            var anyFailed = false
            for file in files {
                anyFailed = try runOne(file) || anyFailed
            }
            if anyFailed { throw ExitCode(1) }
        }

        /// Runs one notebook; returns true when a cell failed.
        private func runOne(_ file: String) throws -> Bool {
            let options = RunOptions(seed: seed, keepGoing: keepGoing)
            let name = (file as NSString).lastPathComponent
            let run: NotebookRun
            do {
                run = try NotebookRunner.run(path: file, options: options) { cellRun, total in
                    report(progressOf: cellRun, total: total, name: name)
                }
            } catch {
                printError(error.description)
                throw ExitCode(2)
            }
            for warning in run.notebook.warnings { printError("\(warning.location): warning: \(warning.message)") }
            for failed in run.cells where failed.status == .failed {
                for diagnostic in failed.diagnostics { printError(diagnostic.description) }
            }
            let stem = ((name as NSString).deletingPathExtension)
            let target = URL(fileURLWithPath: output).appendingPathComponent(stem + ".html")
            do {
                try HTMLReport.write(ReportBuilder.document(for: run), to: target)
            } catch {
                printError("\(target.path): error: cannot write the report: \(error)")
                throw ExitCode(2)
            }
            let summary = "\(run.cells.count) cells: \(run.count(.succeeded)) succeeded, \(run.count(.failed)) failed"
                + (run.count(.notRun) > 0 ? ", \(run.count(.notRun)) not run" : "")
                + (run.count(.skipped) > 0 ? ", \(run.count(.skipped)) skipped" : "")
            print("\(file): \(summary); total \(String(format: "%.2f", run.seconds)) s")
            print("wrote \(relativePath(target))")
            return !run.failedCells.isEmpty
        }

        private func report(progressOf run: CellRun, total: Int, name: String) {
            guard !quiet else { return }
            let status: String
            switch run.status {
            case .succeeded: status = "ok"
            case .failed: status = "FAILED"
            case .notRun: status = "not run"
            case .skipped: status = "skipped"
            }
            let time = run.status == .succeeded || run.status == .failed ? String(format: "%7.2f s", run.seconds) : ""
            print("[\(run.cell.index + 1)/\(total)] \(name):\(run.cell.fenceLine) \(status) \(time)")
            fflush(nil)
        }

        private func printError(_ text: String) {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }

        private func relativePath(_ url: URL) -> String {
            let cwd = FileManager.default.currentDirectoryPath + "/"
            return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
        }
    }
}
