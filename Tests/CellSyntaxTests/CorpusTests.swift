// Every program of the conformance suite (Tests/Conformance/valid) parses without errors.

import CellSyntax
import Foundation
import Testing

@Suite struct CorpusTests {
    /// Tests/Conformance/valid, found from this file's location.
    static let validFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Conformance/valid")

    static func programs() -> [URL] {
        guard let files = FileManager.default.enumerator(at: validFolder, includingPropertiesForKeys: nil) else {
            return []
        }
        return files.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
    }

    @Test func conformanceProgramsParse() throws {
        let programs = Self.programs()
        guard !programs.isEmpty else {
            print("CorpusTests: no programs under \(Self.validFolder.path) yet; skipped")
            return
        }
        var failures: [String] = []
        for url in programs {
            let source = try String(contentsOf: url, encoding: .utf8)
            let cell = Parser.parse(source)
            if let first = cell.errors.first { failures.append("\(url.lastPathComponent):\(first)") }
        }
        #expect(
            failures.isEmpty,
            "\(failures.count) of \(programs.count) programs have syntax errors: \(failures.prefix(10))")
        print("CorpusTests: \(programs.count - failures.count) of \(programs.count) conformance programs parse")
    }
}
