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

/// Cells run in order in one session whose notebook folder is `folder`.
func runCells(_ cells: [String], in folder: String = "/tmp", seed: UInt64 = 42) -> [NotebookCellResult] {
    let session = NotebookSession(baseDirectory: URL(fileURLWithPath: folder), seed: seed)
    return cells.map { session.run(source: $0) }
}

extension NotebookCellResult {
    /// Printed text, in order.
    var printed: String {
        outputs.map { if case .stream(let s) = $0 { return s } else { return "" } }.joined()
    }
    /// Why the cell stopped (its diagnostics, or the trap's message); "" when it succeeded.
    var failure: String {
        if !diagnostics.isEmpty { return diagnostics.map(\.description).joined(separator: "; ") }
        return trap?.message ?? ""
    }
    /// The tables among the outputs.
    var tables: [ReportTable] { outputs.compactMap { if case .table(let t) = $0 { return t } else { return nil } } }
    /// The SVG outputs.
    var svgs: [String] { outputs.compactMap { if case .svg(let s) = $0 { return s } else { return nil } } }
    /// The last output's text (the cell's value as text).
    var lastText: String? {
        if case .text(let t)? = outputs.last { return t }
        return nil
    }
}
