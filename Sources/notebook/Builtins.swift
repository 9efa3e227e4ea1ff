import ArgumentParser
import CellRuntime
import Foundation
import Runner

extension NotebookCommand {
    /// `notebook builtins [NAME]`: the reference of every builtin, or of the ones named NAME.
    struct Builtins: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the reference of the builtin functions, types, properties and methods (Markdown).",
            discussion: """
                NAME may be a function (print), a type (DataFrame), a member (head) or Type.member \
                (DataFrame.head). Without NAME the whole reference is printed; `make docs` writes it \
                to docs/builtins.md.
                """)

        @Argument(help: "A function, type or member name.")
        var name: String?

        func run() throws {
            if let text = BuiltinReference.markdown(matching: name) {
                print(text, terminator: "")
                return
            }
            let target = name ?? ""
            var message = "error: no builtin named '\(target)'"
            if let note = Suggestions.note(for: target, among: BuiltinReference.names()) { message += "; \(note)" }
            printError(message)
            throw ExitCode(1)
        }
    }
}
