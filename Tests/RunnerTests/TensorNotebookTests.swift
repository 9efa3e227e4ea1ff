import CellRuntime
import Foundation
import Reporting
import TestSupport
import Testing

@testable import Runner

/// Notebooks/tests/tensors.md: the lesson's DotProduct and an EmbeddingDot trained by a cell loop
/// on synthetic ratings with a planted rank-3 structure. The notebook checks itself with `expect`;
/// this test runs it through the Runner and checks the displayed results.
@Suite struct TensorNotebookTests {
    static let path = Repository.root.appendingPathComponent("Notebooks/tests/tensors.md").path

    @Test func tensorNotebookRunsAndTrainingLowersTheMSE() throws {
        let run = try NotebookRunner.run(path: Self.path, options: RunOptions())
        #expect(run.failedCells.isEmpty, "\(run.failedCells.flatMap(\.diagnostics))")
        #expect(run.cells.allSatisfy { $0.status == .succeeded })
        // Cells 1–3: a∘b, its row sums, DotProduct — hand-derived [[2, 4], [30, 40]] and [6, 70].
        #expect(displays(run.cells[0]) == [.text("Tensor([[2.0, 4.0], [30.0, 40.0]], shape: [2, 2])")])
        #expect(displays(run.cells[1]) == [.text("Tensor([6.0, 70.0], shape: [2])")])
        #expect(displays(run.cells[2]) == [.text("Tensor([6.0, 70.0], shape: [2])")])
        // The two embedding tables of EmbeddingDot: 60 users and 80 items, 10 factors.
        #expect(displays(run.cells[4]) == [.text("[[60, 10], [80, 10]]")])
        // The last cell prints the MSE before and after training and shows the final MSE.
        let printed = stream(run.cells[5])
        let numbers = printed.split(whereSeparator: { !"0123456789.e-".contains($0) }).compactMap { Double($0) }
        #expect(numbers.count == 2, "\(printed)")
        if numbers.count == 2 {
            // Untrained: predictions near 0 against ratings near 3, so the MSE is about 3² = 9 plus
            // the planted signal's variance; trained: well under the signal's variance (~0.7²·0.7²·3 ≈ 0.7).
            #expect(numbers[0] > 8, "MSE before training")
            #expect(numbers[1] < 0.1, "MSE after training")
        }
    }
}
