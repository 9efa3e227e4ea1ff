import ArgumentParser
import Foundation
import Runner

extension NotebookCommand {
    /// `notebook watch FILE`: runs the notebook, then again every time the file is saved.
    struct Watch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a notebook and re-run it (rewriting its report) each time it is saved.",
            discussion: "Checks the file's contents every --interval seconds; stop with Ctrl-C. Keep the report open in a browser and reload it after each run."
        )

        @Argument(help: "The Markdown notebook to watch.", completion: .file(extensions: ["md"]))
        var file: String

        @OptionGroup var settings: RunSettings

        @Option(help: "Seconds between checks of the file.")
        var interval: Double = 0.5

        @Option(help: ArgumentHelp("Stop after this many runs (for scripts and tests).", visibility: .hidden))
        var runs: Int?

        func validate() throws {
            guard interval > 0, interval.isFinite else { throw ValidationError("--interval must be a positive number of seconds") }
            if let runs, runs < 1 { throw ValidationError("--runs must be at least 1") }
        }

        func run() throws {
            let job = try settings.job()
            var contents = FileManager.default.contents(atPath: file)
            var count = 0
            while true {
                _ = job.run(file)
                count += 1
                if let runs, count >= runs { return }
                print("watching \(file) for changes (Ctrl-C to stop)")
                fflush(nil)
                while true {
                    Thread.sleep(forTimeInterval: interval)
                    let now = FileManager.default.contents(atPath: file)
                    // A file briefly missing while an editor replaces it is not a change.
                    if let now, now != contents { contents = now; break }
                }
                print("\(file) changed; running again")
            }
        }
    }
}
