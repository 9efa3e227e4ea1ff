// Running cells through one NotebookSession, and reading their outputs, for the domain tests.

import CellBindings
import CellCore
import Foundation
import Reporting
import Testing

/// Cells run in order in one session whose notebook folder is `folder`.
func runCells(_ cells: [String], in folder: String = "/tmp", seed: UInt64 = 42) -> [NotebookCellResult] {
    let session = NotebookSession(baseDirectory: URL(fileURLWithPath: folder), seed: seed)
    return cells.map { session.run(source: $0) }
}

extension NotebookCellResult {
    /// Everything printed.
    var printed: String {
        outputs.compactMap { if case .stream(let s) = $0 { return s } else { return nil } }.joined()
    }
    /// The tables shown, in order.
    var tables: [ReportTable] {
        outputs.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }
    /// The last output's text (the cell's value as text).
    var lastText: String? {
        if case .text(let t)? = outputs.last { return t }
        return nil
    }
    /// Why the cell stopped: its diagnostics, or the trap's message; "" when it succeeded.
    var failure: String {
        if !diagnostics.isEmpty { return diagnostics.map(\.description).joined(separator: "; ") }
        return trap?.message ?? ""
    }
}
