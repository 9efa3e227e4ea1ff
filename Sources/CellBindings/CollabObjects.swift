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
        .record([.int(r.epoch), .double(r.trnLoss), .double(r.valLoss ?? .nan), .double(r.seconds)])
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

/// Shows a running fit on the terminal's standard error, so the report stays clean:
/// - when stderr is a terminal (`isatty(2)`), a live bar per epoch, redrawn at most ten times a
///   second: `epoch 1/3 [#########.........] 640/1250  loss 0.85120  2400 batch/s  0.3 s left`,
///   replaced by the epoch's line when it ends;
/// - otherwise (a pipe, a log file, a test run) one line per epoch:
///   `epoch 0: trn_loss 0.89615  val_loss 0.87614  (0.17 s)`.
final class FitProgressBar: FitProgressReporter {
    /// Whether fits report progress at all (`notebook run --quiet` turns it off).
    nonisolated(unsafe) static var isEnabled = true
    private let isTerminal: Bool
    private let width = 24
    private var epochs = 0
    private var lastDraw = -1.0

    init(isTerminal: Bool = isatty(2) == 1) { self.isTerminal = isTerminal }

    func fitWillBegin(epochs: Int) { self.epochs = epochs }

    func epochWillBegin(epoch: Int, batches: Int) { lastDraw = -1 }

    func batchDidEnd(epoch: Int, batch: Int, batches: Int, smoothedLoss: Double, seconds: Double) {
        guard isTerminal, seconds - lastDraw >= 0.1 || batch == batches else { return }
        lastDraw = seconds
        let done = batches > 0 ? Double(batch) / Double(batches) : 1
        let filled = Int((done * Double(width)).rounded(.down))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let rate = seconds > 0 ? Double(batch) / seconds : 0
        let left = rate > 0 ? Double(batches - batch) / rate : 0
        Self.write(
            "\r\u{1B}[Kepoch \(epoch + 1)/\(epochs) [\(bar)] \(batch)/\(batches)  loss \(Self.decimals(smoothedLoss, 5))"
                + "  \(Int(rate)) batch/s  \(Self.decimals(left, 1)) s left")
    }

    func epochDidEnd(_ record: TrainingHistory.EpochRecord, epochs: Int) {
        let val = record.valLoss.map { "  val_loss \(Self.decimals($0, 5))" } ?? ""
        Self.write(
            (isTerminal ? "\r\u{1B}[K" : "") + "epoch \(record.epoch): trn_loss \(Self.decimals(record.trnLoss, 5))\(val)"
                + "  (\(Self.decimals(record.seconds, 2)) s)\n")
    }

    func fitDidEnd(error: (any Error)?) {
        if error != nil, isTerminal { Self.write("\n") }
    }

    /// Writes progress text to standard error when progress is enabled.
    static func write(_ text: String) {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `x` with exactly `digits` decimals (fastai prints losses with 5), "nan"/"inf" as such.
    static func decimals(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return x.isNaN ? "nan" : (x > 0 ? "inf" : "-inf") }
        return String(format: "%.\(digits)f", x)
    }
}
