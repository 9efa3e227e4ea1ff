import CellRuntime
import Foundation
import NotebookDocument
import Reporting
import Runner

/// One notebook run as the command line does it: read, inject `-p` parameters, run with progress
/// lines, print diagnostics like a compiler, write the report. Shared by `run` and `watch`.
struct NotebookJob {
    var output: String
    var seed: UInt64
    var keepGoing: Bool
    var quiet: Bool
    var parameters: [Parameters.Assignment]
    /// Bytes; nil for the default (a fraction of physical memory).
    var memoryBudget: Int? = nil
    var engine: CellEngine = .fromEnvironment
    /// What to write: the HTML report, its PDF print, or both.
    var formats: Set<Format> = [.html]

    /// A report format of `--to`.
    enum Format: String {
        case html
        case pdf
        /// The executed Jupyter notebook (outputs and execution counts), beside the report.
        case ipynb
    }

    /// What happened to one file.
    enum Outcome {
        /// Every cell succeeded (or failed as expected).
        case succeeded
        /// A cell failed; the report was written.
        case cellFailed
        /// The notebook could not be read, a parameter was wrong or the report could not be written.
        case unusable
        /// Ctrl-C or SIGTERM stopped the run; the report was written.
        case interrupted
    }

    func run(_ file: String) -> Outcome {
        ProgressOutput.isEnabled = !quiet
        // Check the report folder before running, not after every cell has run.
        let folder = URL(fileURLWithPath: output)
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            printError("\(output): error: cannot create the report folder: \(error.localizedDescription)")
            return .unusable
        }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            printError("\(output): error: the report folder is not writable")
            return .unusable
        }
        let name = (file as NSString).lastPathComponent
        let notebook: Notebook
        do {
            notebook = try Parameters.inject(parameters, into: try Self.read(file))
        } catch let error as ParameterError {
            printError(error.description)
            return .unusable
        } catch {
            printError("\(error)")
            return .unusable
        }
        var options = RunOptions(seed: seed, keepGoing: keepGoing, memoryBudget: memoryBudget)
        options.engine = engine
        let run = NotebookRunner.run(notebook, options: options) { cellRun, total in
            report(progressOf: cellRun, total: total, name: name)
        }
        for warning in run.notebook.warnings { printError("\(warning.location): warning: \(warning.message)") }
        let stem = ((name as NSString).deletingPathExtension)
        let html = URL(fileURLWithPath: output).appendingPathComponent(stem + ".html")
        let pdf = URL(fileURLWithPath: output).appendingPathComponent(stem + ".pdf")
        // A PDF alone is printed from an HTML report written beside it and removed afterwards.
        let printed = formats.contains(.html) ? html : URL(fileURLWithPath: output).appendingPathComponent(".\(stem).print.html")
        do {
            try HTMLReport.write(ReportBuilder.document(for: run), to: printed)
        } catch {
            printError("\(printed.path): error: \(error)")
            return .unusable
        }
        var written = formats.contains(.html) ? [html] : []
        if formats.contains(.ipynb) {
            let ipynb = URL(fileURLWithPath: output).appendingPathComponent(stem + ".ipynb")
            do {
                let markdown = try Self.markdown(of: file)
                try JupyterNotebook.data(JupyterNotebook.notebook(markdown: markdown, run: run)).write(to: ipynb, options: .atomic)
                written.append(ipynb)
            } catch {
                printError("\(ipynb.path): error: \(error)")
                return .unusable
            }
        }
        // The hidden HTML a PDF is printed from (or written for --to ipynb alone) is removed at the end.
        defer { if printed != html { try? FileManager.default.removeItem(at: printed) } }
        if formats.contains(.pdf) {
            do {
                try PDFReport.write(html: printed, to: pdf)
                written.append(pdf)
            } catch {
                printError("\(pdf.path): error: \(error)")
                return .unusable
            }
        }
        if !quiet {
            let summary =
                "\(run.cells.count) cells: \(run.count(.succeeded)) succeeded, \(run.count(.failed)) failed"
                + (run.count(.notRun) > 0 ? ", \(run.count(.notRun)) not run" : "")
                + (run.count(.skipped) > 0 ? ", \(run.count(.skipped)) skipped" : "")
            print("\(file): \(summary); total \(String(format: "%.2f", run.seconds)) s")
        }
        for file in written { print("wrote \(relativePath(file))") }
        fflush(nil)
        if run.interrupted { return .interrupted }
        return run.failedCells.isEmpty ? .succeeded : .cellFailed
    }

    /// A lesson (.md) or a Jupyter notebook (.ipynb, read as our Markdown: a cell tagged
    /// `parameters` is the parameters cell).
    static func read(_ file: String) throws -> Notebook {
        if file.hasSuffix(".ipynb") { return CommonMarkReader.parse(try markdown(of: file), path: file) }
        return try CommonMarkReader.read(path: file)
    }

    /// The Markdown text of a lesson or notebook file.
    static func markdown(of file: String) throws -> String {
        if file.hasSuffix(".ipynb") { return try JupyterNotebook.markdown(readingNotebookAt: file) }
        return try String(contentsOfFile: file, encoding: .utf8)
    }

    /// A failed cell's errors, printed as a compiler does, right after its progress line.
    private func printDiagnostics(of run: CellRun) {
        guard run.status == .failed else { return }
        for diagnostic in run.diagnostics { printError(diagnostic.description) }
    }

    private func report(progressOf run: CellRun, total: Int, name: String) {
        guard !quiet else { printDiagnostics(of: run); return }
        // The report's badge words; a failure in capitals so it stands out in a long log.
        var status = run.status == .failed ? run.status.label.uppercased() : run.status.label
        if run.status == .succeeded && !run.diagnostics.isEmpty { status += " (expected error)" }
        let time = run.status == .succeeded || run.status == .failed ? String(format: "%7.2f s", run.seconds) : ""
        let after = run.ranAfterFailure ? "  (after a failed cell)" : ""
        print("[\(run.cell.index + 1)/\(total)] \(name):\(run.cell.fenceLine) \(status) \(time)\(after)")
        fflush(nil)
        printDiagnostics(of: run)
    }

    private func relativePath(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(cwd) ? String(url.path.dropFirst(cwd.count)) : url.path
    }
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
