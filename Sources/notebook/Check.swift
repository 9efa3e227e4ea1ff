import ArgumentParser
import Foundation
import NotebookDocument
import Runner

extension NotebookCommand {
    /// `notebook check FILE…`: finds syntax errors, bad options and unknown names without running.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check notebooks without running them: options, syntax and unknown names.",
            discussion: """
                Reports every cell option error, every syntax error and every name that is neither a \
                builtin nor defined earlier in the notebook, as path:line:col. Members after a '.' are \
                not checked (values are dynamically typed); run the notebook to find those. Exit \
                status: 0 when nothing was found, 1 on findings, 2 when a file cannot be read.
                """)

        @Argument(help: "The Markdown notebooks to check.", completion: .file(extensions: ["md"]))
        var files: [String]

        @Flag(name: .shortAndLong, help: "Print only the findings.")
        var quiet = false

        @Option(help: ArgumentHelp("The interpreter whose checks apply: 'classic' or 'typed' (NOTEBOOK_ENGINE sets the default).", valueName: "classic|typed"))
        var engine: String?

        func run() throws {
            var chosen = CellEngine.fromEnvironment
            if let engine {
                guard let e = CellEngine(rawValue: engine) else {
                    throw ValidationError("--engine expects 'classic' or 'typed', got '\(engine)'")
                }
                chosen = e
            }
            var found = 0
            var unreadable = false
            for file in files {
                let notebook: Notebook
                do { notebook = try CommonMarkReader.read(path: file) } catch {
                    printError(error.description)
                    unreadable = true
                    continue
                }
                for warning in notebook.warnings { printError("\(warning.location): warning: \(warning.message)") }
                let findings = NotebookChecker.check(notebook, engine: chosen)
                for finding in findings { printError(finding.description) }
                found += findings.count
                if !quiet {
                    let count = findings.count
                    let warnings = notebook.warnings.count
                    let warned = warnings == 0 ? "" : ", \(warnings) warning\(warnings == 1 ? "" : "s")"
                    print("\(file): \(notebook.cells.count) cells, \(count == 0 ? "no problems found" : "\(count) problem\(count == 1 ? "" : "s")")\(warned)")
                }
            }
            if unreadable { throw ExitCode(2) }
            if found > 0 { throw ExitCode(1) }
        }
    }
}
