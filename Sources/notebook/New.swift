import ArgumentParser
import Foundation
import Runner

extension NotebookCommand {
    /// `notebook new NAME`: writes a runnable starter lesson.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a runnable starter lesson to Notebooks/NAME.md.",
            discussion: "The lesson shows prose, a parameters cell, computed cells, a self-check and an expected error. Run it with `notebook run`.")

        @Argument(help: "The lesson's file name (letters, digits, '-' and '_'; '.md' is added).")
        var name: String

        @Option(name: .shortAndLong, help: "The folder the lesson is written to.")
        var directory: String = "Notebooks"

        @Flag(help: "Overwrite an existing lesson.")
        var force = false

        func run() throws {
            let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
            guard LessonTemplate.isValidName(stem) else {
                throw ValidationError("'\(name)' is not a valid lesson name: use letters, digits, '-' and '_', starting with a letter or digit")
            }
            let folder = URL(fileURLWithPath: directory)
            let target = folder.appendingPathComponent(stem + ".md")
            if FileManager.default.fileExists(atPath: target.path) && !force {
                printError("\(target.path): error: the lesson already exists (use --force to overwrite it)")
                throw ExitCode(2)
            }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try LessonTemplate.markdown(name: stem).write(to: target, atomically: true, encoding: .utf8)
            } catch {
                printError("\(target.path): error: cannot write the lesson: \(error.localizedDescription)")
                throw ExitCode(2)
            }
            let shown = directory == "." ? "\(stem).md" : (directory as NSString).appendingPathComponent("\(stem).md")
            print("wrote \(shown)")
            print("next: notebook run \(shown)   (then open \("output/\(stem).html"))")
        }
    }
}
