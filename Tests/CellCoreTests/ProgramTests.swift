// Programs run through a CellCore session against what swiftc gives them. The expected files
// beside each program are made by scripts/cellcore_goldens.sh with the real compiler.

import CellCore
import Foundation
import Testing

/// The folder of this file's test data.
private func folder(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(name)
}

private func programs(in name: String) -> [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder(name).path)) ?? []
    return files.filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(6)) }.sorted()
}

private func read(_ dir: String, _ file: String) -> String {
    (try? String(contentsOf: folder(dir).appendingPathComponent(file), encoding: .utf8))
        ?? "<missing \(dir)/\(file)>"
}

extension CellCoreTests {
    @Suite struct ProgramTests {
        @Test("valid programs print what swiftc's program prints", arguments: programs(in: "Programs"))
        func validProgram(_ name: String) {
            let result = Session().run(source: read("Programs", "\(name).swift"))
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            #expect(result.trap == nil, "\(String(describing: result.trap))")
            #expect(result.output == read("Programs", "\(name).expected"))
        }

        @Test(
            "invalid programs get swiftc's first error at its line and column",
            arguments: programs(in: "Invalid"))
        func invalidProgram(_ name: String) {
            let session = Session()
            let diagnostics = session.check(source: read("Invalid", "\(name).swift"))
            let expected = read("Invalid", "\(name).expected").trimmingCharacters(in: .newlines)
            #expect(diagnostics.first?.description == expected, "all: \(diagnostics)")
            // Nothing runs when a cell has errors.
            let result = session.run(source: read("Invalid", "\(name).swift"))
            #expect(result.output == "")
            #expect(!result.diagnostics.isEmpty)
        }

        @Test(
            "runtime traps stop the cell with Swift's message, keeping the output so far",
            arguments: programs(in: "Traps"))
        func trappingProgram(_ name: String) {
            let result = Session().run(source: read("Traps", "\(name).swift"))
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
            #expect(result.output == read("Traps", "\(name).expected"))
            #expect(
                result.trap?.message == read("Traps", "\(name).trap").trimmingCharacters(in: .newlines))
        }
    }
}
