import ArgumentParser
import Foundation
import Runner

extension NotebookCommand {
    /// `notebook run FILE…`: run every cell in order and write `output/<name>.html` (and, with
    /// `--to pdf` or `--to html,pdf`, `output/<name>.pdf`).
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a notebook's swift cells in order and write its HTML report.",
            discussion: """
                Cells run top to bottom in one shared session. Relative paths in cells resolve against \
                the notebook's folder. Errors are printed as path:line:col. Exit status: 0 when every \
                cell succeeded, 1 when a cell failed, 2 for usage or I/O errors (a bad -p included).
                """)

        @Argument(help: "The Markdown notebooks to run.", completion: .file(extensions: ["md"]))
        var files: [String]

        @OptionGroup var settings: RunSettings

        func run() throws {
            let job = try settings.job()
            try RunSettings.checkDistinctReports(files)
            SignalHandling.install()
            var worst = NotebookJob.Outcome.succeeded
            for file in files {
                switch job.run(file) {
                case .succeeded: break
                case .cellFailed: if case .succeeded = worst { worst = .cellFailed }
                case .unusable: worst = .unusable
                case .interrupted: throw ExitCode(130)
                }
            }
            switch worst {
            case .succeeded: return
            case .cellFailed: throw ExitCode(1)
            case .unusable, .interrupted: throw ExitCode(2)
            }
        }
    }
}

/// The options `run` and `watch` share.
struct RunSettings: ParsableArguments {
    @Option(name: .shortAndLong, help: "The folder reports are written to.")
    var output: String = "output"

    @Option(
        name: .customLong("to"),
        help: ArgumentHelp(
            "The report's formats, comma-separated: html (the default), pdf (printed by headless Chromium; `make browser` installs it), "
                + "ipynb (the executed Jupyter notebook, outputs and execution counts included).",
            valueName: "html,pdf,ipynb"))
    var formats: String = "html"

    @Option(help: "The seed of the session's random generator.")
    var seed: UInt64 = 42

    @Flag(help: "Keep running cells after one fails (the cells after it are marked in the report).")
    var keepGoing = false

    @Flag(name: .shortAndLong, help: "Print only errors and the report's path.")
    var quiet = false

    @Option(
        name: [.customShort("p"), .customLong("parameter")],
        help: ArgumentHelp(
            "Override a constant of the cell marked '//| parameters: true', typed like its literal.",
            valueName: "name=value"))
    var parameters: [String] = []

    @Option(
        help: ArgumentHelp(
            "The session's memory budget: a cell whose tensors would take the process past it stops with an error "
                + "(default: 75% of physical memory).",
            valueName: "size, e.g. 8G, 512M or 50%"))
    var memoryBudget: String?

    @Option(
        help: ArgumentHelp(
            "The interpreter: 'classic' (the default for now) or 'typed', the statically typed one that replaces it "
                + "(docs/interpreter.md). NOTEBOOK_ENGINE sets the default.",
            valueName: "classic|typed"))
    var engine: String?

    /// Two notebooks with the same file name would write the same report: refuse before running.
    static func checkDistinctReports(_ files: [String]) throws {
        var seen: [String: String] = [:]
        for file in files {
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            if let other = seen[stem], other != file {
                FileHandle.standardError.write(
                    Data("error: \(other) and \(file) would both write \(stem).html; run them separately or with different --output folders\n".utf8))
                throw ExitCode(2)
            }
            seen[stem] = file
        }
    }

    func job() throws -> NotebookJob {
        var assignments: [Parameters.Assignment] = []
        for text in parameters {
            do { assignments.append(try Parameters.parse(text)) } catch {
                throw ValidationError(error.description)
            }
        }
        var budget: Int?
        if let memoryBudget {
            guard let bytes = RunOptions.memoryBudget(parsing: memoryBudget) else {
                throw ValidationError("--memory-budget expects a size like 8G, 512M, 100000000 or 50% (of physical memory), got '\(memoryBudget)'")
            }
            budget = bytes
        }
        var parsed: Set<NotebookJob.Format> = []
        for name in formats.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let format = NotebookJob.Format(rawValue: trimmed) else {
                throw ValidationError("--to expects html, pdf, ipynb or a comma-separated list of them, got '\(formats)'")
            }
            parsed.insert(format)
        }
        var chosen = CellEngine.fromEnvironment
        if let engine {
            guard let e = CellEngine(rawValue: engine) else {
                throw ValidationError("--engine expects 'classic' or 'typed', got '\(engine)'")
            }
            chosen = e
        }
        return NotebookJob(
            output: output, seed: seed, keepGoing: keepGoing, quiet: quiet, parameters: assignments, memoryBudget: budget,
            engine: chosen, formats: parsed)
    }
}
