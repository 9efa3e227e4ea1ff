import CellRuntime
import Foundation
import Reporting
import TestSupport
import Testing

@testable import Runner

/// Notebooks/scale-out.md on MovieLens 100K: ALS trained by the embedded engine and by Spark in
/// local[2], compared in a table; the notebook checks the engines agree within 0.005 with
/// `expect`. Needs `make data` and `make spark` (`make test` runs both first); skipped without.
@Suite struct ScaleOutNotebookTests {
    static let path = Repository.root.appendingPathComponent("Notebooks/scale-out.md").path
    static let ready = Repository.movieLens100K != nil && Repository.hasSparkVirtualenv

    @Test(.enabled(if: ready || Repository.noSkips, "needs data/ml-100k (make data) and .venv-spark (make spark)"))
    func bothEnginesRunAndAgree() throws {
        let run = try NotebookRunner.run(path: Self.path, options: RunOptions())
        #expect(run.failedCells.isEmpty, "\(run.failedCells.flatMap(\.diagnostics))")
        #expect(run.cells.count == 8)
        // Cells 2 and 3: each fit shows its one-row report table.
        for (k, engine, master, spark) in [(1, "embedded", "—", "—"), (2, "spark", "local[2]", "4.3.0")] {
            guard case let .table(t)? = displays(run.cells[k]).first else { Issue.record("cell \(k + 1): no table"); continue }
            #expect(t.columns == ["engine", "master", "Spark", "threads", "rank", "regParam", "maxIter", "fit s", "valid RMSE", "rows evaluated"])
            #expect(t.rows.count == 1)
            #expect(t.rows.first.map { [$0[0], $0[1], $0[2], $0[9]] } == [engine, master, spark, "19969 of 20000"])
            if let rmse = t.rows.first.flatMap({ Double($0[8]) }) { #expect(abs(rmse - 0.917) < 0.003) }
        }
        // Cell 4: the side-by-side table, one row per engine.
        guard case let .table(side)? = displays(run.cells[3]).last else {
            Issue.record("cell 4: no table")
            return
        }
        #expect(side.rows.count == 2)
        #expect(side.columns.suffix(4) == ["engine", "spark", "seconds", "validRMSE"])
        // Cell 8: the scatter of Spark's movie factors' first two components.
        let chart = displays(run.cells[7]).contains { value in
            if case let .svg(svg) = value { return svg.contains("Spark ALS movie factors") }
            return false
        }
        #expect(chart)
    }
}
