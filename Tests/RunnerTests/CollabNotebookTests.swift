import CellRuntime
import Foundation
import Reporting
import TestSupport
import Testing

@testable import Runner

/// Notebooks/tests/collab.md on MovieLens 100K (skipped without `data/ml-100k`; `make test`
/// fetches it): the library learner with the cell-14 recipe, its predictions, bias and PCA
/// lookups, and a cell-written model trained by the generic `fit`. The notebook checks its own
/// numbers with `expect` (val_loss ≤ 0.845 among them); this test runs it through the Runner and
/// checks the outputs the report shows.
@Suite struct CollabNotebookTests {
    static let path = Repository.root.appendingPathComponent("Notebooks/tests/collab.md").path
    static let hasData = Repository.movieLens100K != nil

    @Test(.enabled(if: hasData || Repository.noSkips, "data/ml-100k is missing (make data)"))
    func collabNotebookRunsAndShowsFitTables() throws {
        let run = try NotebookRunner.run(path: Self.path, options: RunOptions())
        #expect(run.failedCells.isEmpty, "\(run.failedCells.flatMap(\.diagnostics))")
        #expect(run.cells.count == 10)
        // Cell 2, learn.fit(…): a table of 3 epochs, shown once (the returned history, the cell's
        // last value, is not shown again).
        let fit = displays(run.cells[1])
        guard fit.count == 1, case let .table(table) = fit[0] else {
            Issue.record("expected the fit's table alone, got \(fit)")
            return
        }
        #expect(table.columns == ["epoch", "trn_loss", "val_loss", "seconds"])
        #expect(table.rows.map { $0[0] } == ["0", "1", "2"])
        // Cells 6–7: the 15 lowest and highest movie biases as (value, title) tables.
        for k in [5, 6] {
            guard case let .table(t)? = displays(run.cells[k]).last else { Issue.record("cell \(k + 1): no table"); continue }
            #expect(t.rows.count == 15)
            let values = t.rows.compactMap { Double($0[0]) }
            #expect(values.count == 15 && values == values.sorted(by: k == 5 ? (<) : (>)))
        }
        // The cell model's two fits each show a 3-row table.
        for k in [8, 9] {
            guard case let .table(t)? = displays(run.cells[k]).first else { Issue.record("cell \(k + 1): no table"); continue }
            #expect(t.rows.count == 3)
        }
    }
}
