// Helpers shared by the CellBindings tests: a session in a folder, and a cell's outcome as text.

import CellBindings
import CellCore
import Foundation
import Reporting

enum Fixtures {
    /// The repository root, from this file's path (Tests/CellBindingsTests/Support.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// Tests/FramesTests/Fixtures (small CSV files with pandas goldens in FramesTests).
    static let frames = root.appendingPathComponent("Tests/FramesTests/Fixtures")
    /// MovieLens 100K, when `make data` has fetched it (or `data` links to a copy).
    static var movieLens: URL? {
        let folder = root.appendingPathComponent("data/ml-100k")
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("ratings.csv").path) ? folder : nil
    }

    /// A fresh folder holding `files` (name → contents).
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bindings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }
}

extension NotebookCellResult {
    /// Printed text, in order.
    var printed: String {
        outputs.map { if case .stream(let s) = $0 { return s } else { return "" } }.joined()
    }
    /// The first diagnostic or the trap, for test messages.
    var failure: String {
        if let d = diagnostics.first { return "\(d)" }
        if let t = trap { return "trap: \(t.message) at \(t.position.line):\(t.position.column)" }
        return "ok"
    }
    /// The tables among the outputs.
    var tables: [ReportTable] { outputs.compactMap { if case .table(let t) = $0 { return t } else { return nil } } }
    /// The SVG outputs.
    var svgs: [String] { outputs.compactMap { if case .svg(let s) = $0 { return s } else { return nil } } }
}
