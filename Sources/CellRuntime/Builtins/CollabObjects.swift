import Collab
import Frames
import Tensors

// The collaborative-filtering values cells hold (see CollabBuiltins for their members).

/// A ratings data set with its first-appearance index maps (fastai `CollabFilterDataset`).
final class CollabDatasetObject: HostObject {
    let dataset: CollabFilterDataset
    init(_ dataset: CollabFilterDataset) { self.dataset = dataset }
    var typeName: String { "CollabFilterDataset" }
    func display() -> DisplayValue {
        .text("CollabFilterDataset(\(dataset.count) ratings, nUsers: \(dataset.nUsers), nItems: \(dataset.nItems), "
              + "ratings \(dataset.minScore)...\(dataset.maxScore))")
    }
}

/// `cf.userIndex` / `cf.itemIndex`: raw id → row index, in order of first appearance. Unlike a
/// dictionary, looking up an unknown id is an error that names it (so `map { idx[$0]! }` fails
/// clearly at the id, not later at a nil).
final class IndexMapObject: HostObject {
    let dataset: CollabFilterDataset
    /// "user" or "item".
    let kind: String
    init(_ dataset: CollabFilterDataset, kind: String) { self.dataset = dataset; self.kind = kind }
    var typeName: String { "IndexMap" }
    var ids: [CellValue] { kind == "user" ? dataset.users : dataset.items }
    func index(of id: CellValue) throws -> Int {
        kind == "user" ? try dataset.index(ofUser: id) : try dataset.index(ofItem: id)
    }
    func display() -> DisplayValue {
        let shown = ids.prefix(20).enumerated().map { [CollabBuiltins.text($1), String($0)] }
        return .table(DisplayTable(caption: "\(kind) id → index, in order of first appearance", columns: ["id", "index"],
                                   rows: Array(shown), totalRows: ids.count, totalColumns: 2))
    }
    var textDescription: String { "IndexMap(\(ids.count) \(kind) ids)" }
}

/// Training and validation batches (fastai `ColumnarModelData`): `learn.data`, `cf.getData(…)`
/// and `ColumnarModelData.fromDataFrame(…)`.
final class ModelDataObject: HostObject {
    let data: CollabData
    init(_ data: CollabData) { self.data = data }
    var typeName: String { "ColumnarModelData" }
    func display() -> DisplayValue {
        .text("ColumnarModelData(train: \(data.train.count) rows in \(data.trainBatchesPerEpoch) batches of \(data.batchSize), "
              + "valid: \(data.valid.count) rows in \(data.validBatchCount) batches of \(data.validBatchSize))")
    }
}

/// The library model of a learner (`learn.model`), printed as PyTorch prints it.
final class EmbeddingDotBiasObject: HostObject {
    let model: EmbeddingDotBias
    init(_ model: EmbeddingDotBias) { self.model = model }
    var typeName: String { "EmbeddingDotBias" }
    func display() -> DisplayValue { .text(model.description) }
    /// One of the four tables as the NN domain's `Embedding` layer (callable with indices).
    func layer(_ e: Embedding) -> Value {
        .host(LayerObject("Embedding", e, summary: "Embedding(\(e.weight.shape[0]), \(e.weight.shape[1]))"))
    }
}

/// A `CollabLearner` held by a cell.
final class LearnerObject: HostObject {
    let learner: CollabLearner
    init(_ learner: CollabLearner) { self.learner = learner }
    var typeName: String { "CollabLearner" }
    func display() -> DisplayValue {
        .text("CollabLearner(\(learner.model.description.split(separator: "\n").first ?? "")…, \(learner.fits.count) fits, "
              + "\(learner.history.count) epochs)")
    }
}

/// The epoch rows of one fit (what `learn.fit(…)` and `fit(model, data, …)` return) or of every
/// fit (`learn.history`). Rows are tuples `(epoch:, trnLoss:, valLoss:, seconds:)`, so
/// `h.last!.valLoss` reads like Swift. A fit's result shows as fastai's returned value (the
/// last validation loss) when printed; as a cell's result it shows nothing, since the fit has
/// already shown the table of its rows (`h.table` and `learn.history` show the table).
final class FitHistoryObject: HostObject {
    let rows: [TrainingHistory.EpochRecord]
    let showsTable: Bool
    init(_ rows: [TrainingHistory.EpochRecord], showsTable: Bool) { self.rows = rows; self.showsTable = showsTable }
    var typeName: String { "FitHistory" }
    var showsAsResult: Bool { showsTable }
    var values: [Value] { rows.map(Self.row) }
    static func row(_ r: TrainingHistory.EpochRecord) -> Value {
        .tuple([.int(r.epoch), .double(r.trnLoss), r.valLoss.map(Value.double) ?? .none, .double(r.seconds)],
               labels: ["epoch", "trnLoss", "valLoss", "seconds"])
    }
    func display() -> DisplayValue {
        if showsTable { return .table(CollabBuiltins.historyTable(rows)) }
        return .text(textDescription)
    }
    var textDescription: String {
        guard let last = rows.last else { return "FitHistory(no epochs)" }
        let val = last.valLoss.map { "val_loss \(FitProgressBar.decimals($0, 5))" } ?? "no validation"
        return "FitHistory(\(rows.count) epoch\(rows.count == 1 ? "" : "s"); last: trn_loss \(FitProgressBar.decimals(last.trnLoss, 5)), \(val))"
    }
}

/// `learn.sched`: the learning rate and loss of every batch of the latest fit (fastai's
/// `LossRecorder`), for the loss and learning-rate plots.
final class SchedObject: HostObject {
    let history: TrainingHistory
    init(_ history: TrainingHistory) { self.history = history }
    var typeName: String { "LossRecorder" }
    func display() -> DisplayValue {
        .text("LossRecorder(\(history.batches.count) batches, lr \(history.batches.first?.lr ?? 0)…\(history.batches.last?.lr ?? 0))")
    }
}

/// `PCA(nComponents:)`, fitted in place by `fit(_:)` (which returns it, as scikit-learn).
final class PCAObject: HostObject {
    let pca: PCA
    var fitted: FittedPCA?
    init(_ pca: PCA) { self.pca = pca }
    var typeName: String { "PCA" }
    func display() -> DisplayValue {
        .text("PCA(nComponents: \(pca.nComponents)\(fitted.map { _ in ", fitted" } ?? ""))")
    }
}
