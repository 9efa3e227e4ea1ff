import ArgumentParser
import Foundation
import Runner

extension NotebookCommand {
    /// `notebook convert FILE.md --to ipynb` and `notebook convert FILE.ipynb --to md`.
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Convert a lesson to a Jupyter notebook (.ipynb, nbformat 4) or a notebook back to Markdown.",
            discussion: """
                Markdown → ipynb: prose becomes markdown cells, each swift cell a code cell (its //| options kept in \
                the source and copied into the cell's metadata; parameters: true becomes papermill's 'parameters' tag). \
                ipynb → Markdown: outputs are dropped; a code cell tagged 'parameters' gets '//| parameters: true'. \
                The result is written beside the input unless -o names a file.
                """)

        @Argument(help: "The lesson (.md) or notebook (.ipynb) to convert.")
        var file: String

        @Option(name: .customLong("to"), help: ArgumentHelp("The format to write.", valueName: "ipynb|md"))
        var format: String

        @Option(name: .shortAndLong, help: "The file to write (default: the input's name with the new extension).")
        var output: String?

        func run() throws {
            let target = format.lowercased()
            guard target == "ipynb" || target == "md" else {
                throw ValidationError("--to expects ipynb or md, got '\(format)'")
            }
            let stem = (file as NSString).deletingPathExtension
            let destination = output ?? stem + "." + target
            do {
                let bytes: Data
                if target == "ipynb" {
                    let markdown = try String(contentsOfFile: file, encoding: .utf8)
                    bytes = try JupyterNotebook.data(JupyterNotebook.notebook(markdown: markdown, path: file))
                } else {
                    bytes = Data(try JupyterNotebook.markdown(readingNotebookAt: file).utf8)
                }
                try bytes.write(to: URL(fileURLWithPath: destination), options: .atomic)
                print("wrote \(destination)")
            } catch let error as JupyterNotebook.FormatError {
                printError(error.description)
                throw ExitCode(2)
            } catch {
                printError("\(file): error: \(error.localizedDescription)")
                throw ExitCode(2)
            }
        }
    }
}
