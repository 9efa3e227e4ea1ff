import CellRuntime
import Foundation
import NotebookDocument
import Reporting
import TestSupport
import Testing

@testable import Runner

/// Writes `markdown` to `name` in `folder` and runs it.
func runNotebook(
    _ markdown: String, name: String = "test.md", in folder: URL? = nil,
    options: RunOptions = RunOptions()
) throws -> NotebookRun {
    let dir = try folder ?? temporaryFolder()
    let path = dir.appendingPathComponent(name).path
    try markdown.write(toFile: path, atomically: true, encoding: .utf8)
    return try NotebookRunner.run(path: path, options: options)
}

/// The display outputs of a cell run.
func displays(_ run: CellRun) -> [ReportOutput] {
    run.outputs.filter { if case .stream = $0 { return false } else { return true } }
}

/// The printed text of a cell run.
func stream(_ run: CellRun) -> String {
    run.outputs.compactMap { if case let .stream(s) = $0 { return s } else { return nil } }.joined()
}

/// Runs the built `notebook` executable and returns its exit status, stdout and stderr.
func runCLI(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, stderr: String) {
    let binary = Repository.root.appendingPathComponent(".build/debug/notebook")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
    let stderrData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stdoutData, as: UTF8.self), String(decoding: stderrData, as: UTF8.self))
}
