import ArgumentParser
import CellCore
import Foundation
import Kernel
import Runner

extension NotebookCommand {
    /// `notebook kernel CONNECTION_FILE` (Jupyter starts it so) and `notebook kernel install`.
    struct KernelCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "kernel",
            abstract: "The Jupyter kernel for Swift cells (docs/jupyter.md).",
            subcommands: [Start.self, Install.self],
            defaultSubcommand: Start.self)

        struct Start: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "start",
                abstract: "Serve Jupyter's messaging protocol on the channels of a connection file (Jupyter passes it).")

            @Argument(help: "The connection file Jupyter wrote ({connection_file} in kernel.json).")
            var connectionFile: String

            func run() throws {
                let info: ConnectionInfo
                let kernel: JupyterKernel
                do {
                    info = try ConnectionInfo.read(path: connectionFile)
                    let folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                    kernel = try JupyterKernel(connection: info, baseDirectory: folder, version: ReportBuilder.toolVersion)
                } catch {
                    FileHandle.standardError.write(Data("notebook kernel: error: \(error)\n".utf8))
                    throw ExitCode(2)
                }
                // Jupyter's "signal" interrupt mode (and Ctrl-C in a terminal): stop the running cell, keep the kernel.
                signal(SIGINT) { _ in Interruption.request() }
                kernel.run()
                // The heartbeat thread still holds its socket, so libzmq's context would wait for it
                // forever at teardown: a shutdown request ends the process here.
                Foundation.exit(0)
            }
        }

        struct Install: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Write the kernelspec (kernel.json) so Jupyter lists the Swift kernel.",
                discussion: """
                    Without options it goes to /usr/local/share/jupyter/kernels/\(KernelSpec.name); --user puts it in \
                    the user's Jupyter data folder, --prefix P in P/share/jupyter/kernels (e.g. a virtualenv).
                    """)

            @Flag(help: "Install for the current user (~/.local/share/jupyter, or $JUPYTER_DATA_DIR).")
            var user = false

            @Option(help: "Install under this prefix (P/share/jupyter/kernels), e.g. a virtualenv's folder.")
            var prefix: String?

            func validate() throws {
                if user && prefix != nil { throw ValidationError("--user and --prefix cannot be given together") }
            }

            func run() throws {
                let executable = Self.executablePath()
                do {
                    let file = try KernelSpec.install(executable: executable, into: KernelSpec.folder(user: user, prefix: prefix))
                    print("notebook kernel install: wrote \(file.path) (runs \(executable))")
                } catch {
                    FileHandle.standardError.write(Data("notebook kernel install: error: \(error)\n".utf8))
                    throw ExitCode(2)
                }
            }

            /// This executable's absolute path (Jupyter starts it from any folder).
            static func executablePath() -> String {
                if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
                let argument = CommandLine.arguments[0]
                return argument.hasPrefix("/")
                    ? argument : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(argument).path
            }
        }
    }
}
