import ArgumentParser
import Foundation
import Runner

/// `notebook`: runs Markdown lessons whose `swift` cells are executed by our own interpreter.
@main
struct NotebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notebook",
        abstract: "Run literate Markdown notebooks and write self-contained HTML reports.",
        version: ReportBuilder.toolVersion,
        subcommands: [Run.self, Check.self, Exec.self, Builtins.self, New.self, Watch.self, KernelCommand.self, Convert.self])

    /// Exit codes (README.md, docs/architecture.md): 0 success, 1 a cell failed, 2 usage or I/O error, 130 interrupted
    /// (Ctrl-C; the report is still written).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            Foundation.exit(code == ExitCode(1) || code == ExitCode(130) ? code.rawValue : 2)
        }
    }
}
