// The collaborative-filtering values cells hold (see CollabBindings for their members), each
// shown as the old interpreter showed it.

import CellCore
import Collab
import Foundation
import Frames
import Reporting
import Tensors

/// A ratings data set with its first-appearance index maps (fastai `CollabFilterDataset`).
final class CollabDatasetObject: CellDisplayable, CustomStringConvertible {
    let dataset: CollabFilterDataset
    init(_ dataset: CollabFilterDataset) { self.dataset = dataset }
    var description: String {
        "CollabFilterDataset(\(dataset.count) ratings, nUsers: \(dataset.nUsers), nItems: \(dataset.nItems), "
            + "ratings \(dataset.minScore)...\(dataset.maxScore))"
    }
    var reportOutput: ReportOutput { .text(description) }
}

/// `cf.userIndex` / `cf.itemIndex`: raw id → row index, in order of first appearance. Unlike a
/// dictionary, looking up an unknown id is an error that names it (so `map { idx[$0] }` fails
/// clearly at the id, not later at a nil).
final class IndexMapObject: CellDisplayable, CustomStringConvertible {
    let dataset: CollabFilterDataset
    /// "user" or "item".
    let kind: String
    init(_ dataset: CollabFilterDataset, kind: String) {
        self.dataset = dataset
        self.kind = kind
    }
    var ids: [CellValue] { kind == "user" ? dataset.users : dataset.items }
    func index(of id: CellValue) throws -> Int {
        kind == "user" ? try dataset.index(ofUser: id) : try dataset.index(ofItem: id)
    }
    var reportOutput: ReportOutput {
        let shown = ids.prefix(20).enumerated().map { [$1.description, String($0)] }
        return .table(
            ReportTable(
                caption: "\(kind) id → index, in order of first appearance", columns: ["id", "index"], rows: Array(shown),
                totalRows: ids.count, totalColumns: 2))
    }
    var description: String { "IndexMap(\(ids.count) \(kind) ids)" }
}

/// Training and validation batches (fastai `ColumnarModelData`): `learn.data`, `cf.getData(…)`
/// and `ColumnarModelData.fromDataFrame(…)`.
final class ModelDataObject: CellDisplayable, CustomStringConvertible {
    let data: CollabData
    init(_ data: CollabData) { self.data = data }
    var description: String {
        "ColumnarModelData(train: \(data.train.count) rows in \(data.trainBatchesPerEpoch) batches of \(data.batchSize), "
            + "valid: \(data.valid.count) rows in \(data.validBatchCount) batches of \(data.validBatchSize))"
    }
    var reportOutput: ReportOutput { .text(description) }
}

/// The library model of a learner (`learn.model`), printed as PyTorch prints it.
final class EmbeddingDotBiasObject: CellDisplayable, CustomStringConvertible {
    let model: EmbeddingDotBias
    init(_ model: EmbeddingDotBias) { self.model = model }
    var description: String { model.description }
    var reportOutput: ReportOutput { .text(description) }
}

/// A `CollabLearner` held by a cell.
final class LearnerObject: CellDisplayable, CustomStringConvertible {
    let learner: CollabLearner
    init(_ learner: CollabLearner) { self.learner = learner }
    var description: String {
        "CollabLearner(\(learner.model.description.split(separator: "\n").first ?? "")…, \(learner.fits.count) fits, "
            + "\(learner.history.count) epochs)"
    }
    var reportOutput: ReportOutput { .text(description) }
}

/// The epoch rows of one fit (what `learn.fit(…)` and `fit(model, data, …)` return) or of every
/// fit (`learn.history`). A fit's result shows as fastai's returned value (the last validation
/// loss), since the table of its rows is already shown by the fit itself; `learn.history` shows
/// the full table.
final class FitHistoryObject: CellDisplayable, CustomStringConvertible {
    let rows: [TrainingHistory.EpochRecord]
    let showsTable: Bool
    init(_ rows: [TrainingHistory.EpochRecord], showsTable: Bool) {
        self.rows = rows
        self.showsTable = showsTable
    }
    /// A row as the cell's tuple `(epoch:, trnLoss:, valLoss:, seconds:)`; valLoss is NaN
    /// without validation rows.
    static func row(_ r: TrainingHistory.EpochRecord) -> Value {
        .record([.int(r.epoch), .double(r.trnLoss), r.valLoss.map(Value.double) ?? .none, .double(r.seconds)])
    }
    var reportOutput: ReportOutput {
        showsTable ? .table(CollabBindings.historyTable(rows)) : .text(description)
    }
    var description: String {
        guard let last = rows.last else { return "FitHistory(no epochs)" }
        let val = last.valLoss.map { "val_loss \(FitProgressBar.decimals($0, 5))" } ?? "no validation"
        return "FitHistory(\(rows.count) epoch\(rows.count == 1 ? "" : "s"); last: trn_loss \(FitProgressBar.decimals(last.trnLoss, 5)), \(val))"
    }
}

/// `learn.sched`: the learning rate and loss of every batch of the latest fit (fastai's
/// `LossRecorder`), for the loss and learning-rate plots.
final class SchedObject: CellDisplayable, CustomStringConvertible {
    let history: TrainingHistory
    init(_ history: TrainingHistory) { self.history = history }
    var description: String {
        "LossRecorder(\(history.batches.count) batches, lr \(history.batches.first?.lr ?? 0)…\(history.batches.last?.lr ?? 0))"
    }
    var reportOutput: ReportOutput { .text(description) }
}

/// `PCA(nComponents:)`, fitted in place by `fit(_:)` (which returns it, as scikit-learn).
final class PCAObject: CellDisplayable, CustomStringConvertible {
    let pca: PCA
    var fitted: FittedPCA?
    init(_ pca: PCA) { self.pca = pca }
    var description: String { "PCA(nComponents: \(pca.nComponents)\(fitted.map { _ in ", fitted" } ?? ""))" }
    var reportOutput: ReportOutput { .text(description) }
}
