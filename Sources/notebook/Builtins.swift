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

        @Option(
            help: ArgumentHelp("The interpreter whose builtins to list: 'classic' or 'typed' (NOTEBOOK_ENGINE sets the default).", valueName: "classic|typed"))
        var engine: String?

        func run() throws {
            if (engine.flatMap(CellEngine.init(rawValue:)) ?? .fromEnvironment) == .typed {
                if let text = TypedReference.markdown(matching: name) {
                    print(text, terminator: "")
                    return
                }
                var message = "error: no builtin named '\(name ?? "")'"
                if let note = Suggestions.note(for: name ?? "", among: TypedReference.names()) { message += "; \(note)" }
                printError(message)
                throw ExitCode(1)
            }
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
