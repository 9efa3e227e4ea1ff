import ArgumentParser
import CellCore
import Foundation

extension NotebookCommand {
    /// `notebook exec FILE.swift`: runs a plain Swift file as one cell of the statically typed
    /// interpreter (CellCore), as the conformance suite and the interpreter benchmarks call it.
    struct Exec: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a Swift file as one cell of the typed interpreter.",
            discussion: """
                Printed output goes to stdout as it is produced. Parse and type errors are all \
                reported on stderr as FILE:LINE:COL: error: MESSAGE before anything runs (exit 1); a \
                runtime trap stops the program with FILE:LINE:COL: error: Fatal error: … (exit 1).
                """)

        @Argument(help: "The Swift source file to run.", completion: .file(extensions: ["swift"]))
        var file: String

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file),
                let source = String(data: data, encoding: .utf8)
            else {
                printError("\(file): error: cannot read the file")
                throw ExitCode(2)
            }
            let session = Session()
            let stdout = FileHandle.standardOutput
            var pending = ""
            session.onOutput = { text in
                pending += text
                if pending.utf8.count > 1 << 14 {
                    stdout.write(Data(pending.utf8))
                    pending = ""
                }
            }
            let result = session.run(source: source)
            if !pending.isEmpty { stdout.write(Data(pending.utf8)) }
            for d in result.diagnostics {
                printError("\(file):\(d.position.line):\(d.position.column): error: \(d.message)")
            }
            if let trap = result.trap {
                printError("\(file):\(trap.position.line):\(trap.position.column): error: \(trap.message)")
            }
            if !result.succeeded { throw ExitCode(1) }
        }
    }
}
