// Collaborative filtering in cells, with fastai 0.7's names in Swift case (lesson5-spec §3):
// `cvIdxs`, `CollabFilterDataset.fromCSV`, `cf.learner(…)`, `learn.fit(…)` with SGDR,
// `learn.history`, `learn.predict()`, `learn.model` lookups, `learn.sched` and its plots,
// `cf.getData(…)`, `ColumnarModelData.fromDataFrame(…)`, the generic `fit(model, data, epochs,
// opt, loss)` (CellFit.swift), `setLRs(opt, lr)` and scikit-learn's `PCA`. The semantics are the
// Collab module's; this file only converts.
//
// Fits show their progress on stderr (``FitProgressBar``) and show a table of their epochs
// (epoch, trn_loss, val_loss, seconds) among the cell's outputs.

import CellCore
import Collab
import Foundation
import Frames
import Plotting
import Reporting
import Tensors

enum CollabBindings {
    static let source = """
        /// The validation row indices fastai picks: numpy's `seed(seed); permutation(n)[:int(valPct·n)]`,
        /// reproduced bit for bit (not sorted). fastai: `get_cv_idxs`.
        func cvIdxs(_ n: Int, valPct: Double = 0.2, seed: Int = 42) -> [Int]

        /// How a learner's optimizer is made: `.adam`, or SGD with momentum (`.sgd` is fastai's
        /// default, momentum 0.9). fastai: `opt_fn`.
        enum OptimizerChoice {
            /// Adam (β 0.9, 0.999; weight decay as L2). fastai: `optim.Adam`.
            case adam
            /// SGD with the given momentum; write `.sgd(momentum:)`.
            case sgdWithMomentum(Double)
            /// SGD with momentum 0.9, fastai's default.
            static var sgd: OptimizerChoice { .sgdWithMomentum(0.9) }
            /// SGD with the given momentum.
            static func sgd(momentum: Double) -> OptimizerChoice { .sgdWithMomentum(momentum) }
        }

        /// Ratings with users and items indexed in order of first appearance (fastai's
        /// `CollabFilterDataset`).
        final class CollabFilterDataset: CustomStringConvertible {
            /// Reads a ratings CSV (`path` joined with `file`; relative to the notebook) and indexes
            /// users and items in order of first appearance; ratings become Float. fastai:
            /// `CollabFilterDataset.from_csv(path, csv, user, item, rating)`.
            static func fromCSV(_ path: String, _ file: String = "", user: String = "userId",
                                item: String = "movieId", rating: String = "rating") -> CollabFilterDataset
            /// The number of distinct users. fastai: `n_users`.
            var nUsers: Int { get }
            /// The number of distinct items. fastai: `n_items`.
            var nItems: Int { get }
            /// The number of ratings.
            var count: Int { get }
            /// The smallest rating in the file. fastai: `min_score`.
            var minScore: Double { get }
            /// The largest rating in the file. fastai: `max_score`.
            var maxScore: Double { get }
            /// User id → index, in order of first appearance. fastai: `user2idx`.
            var userIndex: IndexMap { get }
            /// Item id → index, in order of first appearance. fastai: `item2idx`.
            var itemIndex: IndexMap { get }
            /// The distinct user ids (integer ids), in index order. fastai: `users`.
            var users: [Int] { get }
            /// The distinct item ids (integer ids), in index order. fastai: `items`.
            var items: [Int] { get }
            /// The library model (EmbeddingDotBias: four U(±0.05) tables, sigmoid scaled to the
            /// ratings' min…max) on the split of `valIdxs`, training batches of `bs` reshuffled
            /// each epoch, validation batches of 2·bs in file order, MSE loss; weights and shuffles
            /// from the run's seeded generator. fastai: `cf.get_learner(n_factors, val_idxs, bs, opt_fn=…)`.
            func learner(nFactors: Int, valIdxs: [Int], bs: Int, opt: OptimizerChoice = .sgd) -> CollabLearner
            /// The split of `valIdxs` as batches (the learner's), for `fit(model, data, …)`.
            /// fastai: `cf.get_data(val_idxs, bs)`.
            func getData(valIdxs: [Int], bs: Int) -> ColumnarModelData
            /// "CollabFilterDataset(100000 ratings, nUsers: 943, …)".
            var description: String { get }
        }

        /// Raw id → row index, in order of first appearance; an unknown id stops the cell naming it.
        final class IndexMap {
            /// The index of an integer id.
            subscript(_ id: Int) -> Int { get }
            /// The index of a string id.
            subscript(_ id: String) -> Int { get }
            /// The index of a Double id.
            subscript(_ id: Double) -> Int { get }
            /// Whether the id appears in the data.
            func contains(_ id: Int) -> Bool
            /// Whether the id appears in the data.
            func contains(_ id: String) -> Bool
            /// Whether the id appears in the data.
            func contains(_ id: Double) -> Bool
            /// The number of ids.
            var count: Int { get }
            /// The (integer) ids in index order.
            var keys: [Int] { get }
        }

        /// Training and validation batches (fastai's `ColumnarModelData`).
        final class ColumnarModelData {
            /// Batches from a frame whose two categorical columns `catFlds` hold 0-based indices
            /// (users, items) and targets `y`: training batches of `bs` shuffled each epoch,
            /// validation batches of 2·bs in file order. `path` is fastai's and unused. fastai:
            /// `ColumnarModelData.from_data_frame(path, val_idxs, x, y, cat_flds, bs)`.
            static func fromDataFrame(_ path: String = ".", valIdxs: [Int], x: DataFrame, y: [Double],
                                      catFlds: [String], bs: Int) -> ColumnarModelData
            /// As above, with a rank-1 tensor of targets.
            static func fromDataFrame(_ path: String = ".", valIdxs: [Int], x: DataFrame, y: Tensor,
                                      catFlds: [String], bs: Int) -> ColumnarModelData
            /// fastai's positional form `from_data_frame(path, val_idxs, x, y, cat_flds, bs)`.
            static func fromDataFrame(_ path: String, _ valIdxs: [Int], _ x: DataFrame, _ y: [Double],
                                      _ catFlds: [String], _ bs: Int) -> ColumnarModelData
            /// The validation targets in file order, (nValid). fastai: `data.val_y`.
            var valY: Tensor { get }
            /// The training targets in file order, (nTrain). fastai: `data.trn_y`.
            var trnY: Tensor { get }
            /// The training batch size (validation uses twice it).
            var bs: Int { get }
            /// The number of training rows.
            var trainCount: Int { get }
            /// The number of validation rows.
            var validCount: Int { get }
        }

        /// The library model and its training state (fastai's `CollabLearner`).
        final class CollabLearner {
            /// Trains with a new optimizer (weight decay `wds`, coupled L2): with `cycleLen`,
            /// fastai's SGDR over sumGeom(cycleLen, cycleMult, nCycle) epochs (warm-up at lr/100
            /// for the first 1/20 of the first cycle, then cosine annealing with restarts); without,
            /// `nCycle` epochs at `lr`. Shows progress and a table of epoch, trn_loss, val_loss,
            /// seconds; stops the cell naming the epoch and batch when the loss turns NaN or
            /// infinite. fastai: `learn.fit(lrs, n_cycle, wds=…, cycle_len=…, cycle_mult=…)`.
            @discardableResult
            func fit(
                _ lr: Double, _ nCycle: Int, wds: Double? = nil, cycleLen: Int? = nil, cycleMult: Int = 1, verbose: Bool = true
            ) -> FitHistory
            /// The model's predictions for the validation rows in file order, (nValid), in
            /// evaluation mode. fastai: `learn.predict()`.
            func predict() -> Tensor
            /// The current validation loss (mean of per-batch MSE), nil without validation rows.
            /// fastai: `validate`.
            func validationLoss() -> Double?
            /// Every epoch row of every fit so far, e.g. `learn.history.last!.valLoss`.
            var history: FitHistory { get }
            /// The split and batches. fastai: `learn.data`.
            var data: ColumnarModelData { get }
            /// The model, with its tables `u`, `i`, `ub`, `ib`. fastai: `learn.model`.
            var model: EmbeddingDotBias { get }
            /// The learning rate and loss of every batch of the latest fit (stops the cell before
            /// the first fit). fastai: `learn.sched`.
            var sched: LossRecorder { get }
        }

        /// The learner's model: σ(u·i + ub + ib)·(max − min) + min (fastai's `EmbeddingDotBias`).
        final class EmbeddingDotBias: CustomStringConvertible {
            /// User factors (nUsers, nFactors); `m.u(idx)` looks rows up.
            var u: Embedding { get }
            /// Item factors (nItems, nFactors); `m.i(idx)` looks rows up.
            var i: Embedding { get }
            /// User biases (nUsers, 1).
            var ub: Embedding { get }
            /// Item biases (nItems, 1); `m.ib(idx)` gives shape (B, 1).
            var ib: Embedding { get }
            /// Predicted ratings for index pairs, (B).
            func callAsFunction(_ users: Tensor, _ items: Tensor) -> Tensor
            /// Predicted ratings for index pairs, (B).
            func callAsFunction(_ users: [Int], _ items: [Int]) -> Tensor
            /// u, i, ub, ib's weights, in that order. PyTorch: `parameters()`.
            func parameters() -> [Tensor]
            /// As PyTorch prints the module.
            var description: String { get }
        }

        /// The epoch rows of a fit (`learn.fit(…)`, `fit(model, data, …)`) or of every fit
        /// (`learn.history`): `(epoch, trnLoss, valLoss, seconds)`, valLoss nil without validation rows.
        final class FitHistory {
            /// The number of epoch rows.
            var count: Int { get }
            /// The first row, or nil.
            var first: (epoch: Int, trnLoss: Double, valLoss: Double?, seconds: Double)? { get }
            /// The last row, or nil.
            var last: (epoch: Int, trnLoss: Double, valLoss: Double?, seconds: Double)? { get }
            /// Every row, in order.
            var rows: [(epoch: Int, trnLoss: Double, valLoss: Double?, seconds: Double)] { get }
            /// Row `index` (from 0).
            subscript(_ index: Int) -> (epoch: Int, trnLoss: Double, valLoss: Double?, seconds: Double) { get }
            /// The rows shown as the fit's table (epoch, trn_loss, val_loss, seconds).
            var table: FitHistory { get }
        }

        /// The learning rate and loss of every batch of the latest fit (fastai's `LossRecorder`).
        final class LossRecorder {
            /// The learning rate of each batch. fastai: `sched.lrs`.
            var lrs: [Double] { get }
            /// The debiased smoothed loss after each batch. fastai: `sched.losses`.
            var losses: [Double] { get }
            /// Each batch's own loss.
            var rawLosses: [Double] { get }
            /// The batch numbers, from 0. fastai: `sched.iterations`.
            var iterations: [Int] { get }
            /// Shows the learning rate of every batch against the batch number (the warm-up, the
            /// cosine cycles and their restarts). fastai: `sched.plot_lr()`.
            func plotLR()
            /// Shows the smoothed training loss of every batch against the batch number. fastai:
            /// `sched.plot_loss()`.
            func plotLoss()
        }

        /// How PCA orients each component's sign.
        enum PCASignRule {
            /// scikit-learn ≥ 1.5: the largest entry of each component is positive.
            case componentBased
            /// scikit-learn ≤ 1.4 (the 2017 lesson's outputs): the largest entry of each column of U.
            case sampleBased
        }

        /// Principal component analysis with scikit-learn's semantics (exact SVD of the centred
        /// data, `svd_flip` signs). scikit-learn: `PCA(n_components=…)`.
        final class PCA {
            init(nComponents: Int, signRule: PCASignRule = .componentBased)
            /// Fits to the rows of x (nSamples × nFeatures) and returns the PCA. scikit-learn: `fit(X)`.
            @discardableResult func fit(_ x: Tensor) -> PCA
            /// Fits to the rows of x (nSamples × nFeatures) and returns the PCA.
            @discardableResult func fit(_ x: [[Double]]) -> PCA
            /// The principal axes, (nComponents, nFeatures), unit rows. scikit-learn: `components_`.
            var components: Tensor { get }
            /// S²/(nSamples − 1) per component. scikit-learn: `explained_variance_`.
            var explainedVariance: [Double] { get }
            /// Each component's share of the total variance. scikit-learn: `explained_variance_ratio_`.
            var explainedVarianceRatio: [Double] { get }
            /// The singular values of the centred data. scikit-learn: `singular_values_`.
            var singularValues: [Double] { get }
            /// The number of components asked for.
            var nComponents: Int { get }
        }

        /// Trains a model written in a cell for `epochs` epochs at the optimizer's current rate:
        /// per shuffled training batch `model(users, items)` (one Int tensor per categorical
        /// column), `opt.zeroGrad()`, `loss(prediction, y)`, `backward()`, `opt.step()`; then the
        /// validation loss (mean of per-batch losses). Shows progress and a table; stops the cell
        /// when the loss turns NaN or infinite. fastai: `fit(model, data, epochs, opt, crit)`.
        @discardableResult
        func fit(_ model: Module, _ data: ColumnarModelData, _ epochs: Int, _ opt: Optimizer,
                 _ loss: (Tensor, Tensor) -> Tensor, verbose: Bool = true) -> FitHistory
        /// Sets the optimizer's learning rate, keeping its other state (momentum buffers,
        /// moments). fastai: `set_lrs(opt, lr)`.
        func setLRs(_ opt: Optimizer, _ lr: Double)
        """

    static let historyRow = "(epoch: Int, trnLoss: Double, valLoss: Double?, seconds: Double)"

    static var module: LibraryModule {
        var f: [String: HostFunction] = [:]
        functions(&f)
        dataset(&f)
        learner(&f)
        history(&f)
        pca(&f)
        return LibraryModule(
            name: "Collab", source: source,
            hostTypes: [
                "CollabFilterDataset", "IndexMap", "ColumnarModelData", "CollabLearner", "EmbeddingDotBias", "FitHistory",
                "LossRecorder", "PCA",
            ], functions: f)
    }

    // MARK: - Free functions

    static func functions(_ f: inout [String: HostFunction]) {
        f["cvIdxs(Int,valPct:Double,seed:Int)"] = { call in
            let seed = call.int(2)
            guard let s = UInt32(exactly: seed) else { throw HostError("expected a seed in 0...\(UInt32.max), got \(seed)", argument: 2) }
            let n = call.int(0)
            guard n >= 0 else { throw HostError("cvIdxs: expected n ≥ 0, got \(n)", argument: 0) }
            return .ints(cvIdxs(n, valPct: call.double(1), seed: s))
        }
        f["fit(Module,ColumnarModelData,Int,Optimizer,(Tensor, Tensor) -> Tensor,verbose:Bool)"] = { call in
            try CellFit.run(
                model: call.arguments[0], data: call.object(1, as: ModelDataObject.self), epochs: call.int(2),
                opt: call.object(3, as: OptimizerObject.self), loss: call.arguments[4], verbose: call.bool(5), call: call)
        }
        f["setLRs(Optimizer,Double)"] = { call in
            try engine("setLRs", argument: 1) { try call.object(0, as: OptimizerObject.self).optimizer.setLR(call.double(1)) }
            return .void
        }
    }

    // MARK: - Data set

    static func dataset(_ f: inout [String: HostFunction]) {
        func cf(_ call: HostCall) -> CollabFilterDataset { call.object(nil, as: CollabDatasetObject.self).dataset }
        f["CollabFilterDataset.fromCSV(String,String,user:String,item:String,rating:String)"] = { call in
            var path = call.string(0)
            let file = call.string(1)
            if !file.isEmpty { path = path.isEmpty || path.hasSuffix("/") ? path + file : path + "/" + file }
            let url = call.state.resolvePath(path)
            do {
                let dataset = try CollabFilterDataset.fromCSV(
                    path: url.path, user: call.string(2), item: call.string(3), rating: call.string(4))
                for warning in dataset.warnings { call.show(ReportOutput.warning(warning)) }
                return .host(CollabDatasetObject(dataset))
            } catch let e as CollabError {
                throw HostError(e.description)
            } catch let e as CSVError {
                throw HostError("cannot read the ratings: \(e)", argument: 0)
            }
        }
        f["CollabFilterDataset.nUsers"] = { call in .int(cf(call).nUsers) }
        f["CollabFilterDataset.nItems"] = { call in .int(cf(call).nItems) }
        f["CollabFilterDataset.count"] = { call in .int(cf(call).count) }
        f["CollabFilterDataset.minScore"] = { call in .double(Double(cf(call).minScore)) }
        f["CollabFilterDataset.maxScore"] = { call in .double(Double(cf(call).maxScore)) }
        f["CollabFilterDataset.description"] = { call in .string(call.object(nil, as: CollabDatasetObject.self).description) }
        f["CollabFilterDataset.userIndex"] = { call in .host(IndexMapObject(cf(call), kind: "user")) }
        f["CollabFilterDataset.itemIndex"] = { call in .host(IndexMapObject(cf(call), kind: "item")) }
        f["CollabFilterDataset.users"] = { call in try integerIds(cf(call).users, "users") }
        f["CollabFilterDataset.items"] = { call in try integerIds(cf(call).items, "items") }
        f["CollabFilterDataset.learner(nFactors:Int,valIdxs:[Int],bs:Int,opt:OptimizerChoice)"] = { call in
            let d = cf(call)
            guard case .enumCase(let k, let payload) = call.arguments[3] else { preconditionFailure("interpreter bug: not an OptimizerChoice") }
            let choice: OptimizerChoice = k == 0 ? .adam : .sgd(momentum: payload[0].asDouble)
            let g = TensorConversion.generator(call)
            let learner = try engine {
                try d.learner(nFactors: call.int(0), valIdxs: call.ints(1), batchSize: call.int(2), optimizer: choice, generator: g)
            }
            return .host(LearnerObject(learner))
        }
        f["CollabFilterDataset.getData(valIdxs:[Int],bs:Int)"] = { call in
            let d = cf(call)
            return .host(ModelDataObject(try engine { try d.data(valIdxs: call.ints(0), batchSize: call.int(1)) }))
        }

        func map(_ call: HostCall) -> IndexMapObject { call.object(nil, as: IndexMapObject.self) }
        f["IndexMap.subscript(Int)"] = { call in .int(try engine(argument: 0) { try map(call).index(of: .int(call.int(0))) }) }
        f["IndexMap.subscript(String)"] = { call in .int(try engine(argument: 0) { try map(call).index(of: .string(call.string(0))) }) }
        f["IndexMap.subscript(Double)"] = { call in .int(try engine(argument: 0) { try map(call).index(of: .double(call.double(0))) }) }
        f["IndexMap.contains(Double)"] = { call in .bool((try? map(call).index(of: .double(call.double(0)))) != nil) }
        f["IndexMap.contains(Int)"] = { call in .bool((try? map(call).index(of: .int(call.int(0)))) != nil) }
        f["IndexMap.contains(String)"] = { call in .bool((try? map(call).index(of: .string(call.string(0)))) != nil) }
        f["IndexMap.count"] = { call in .int(map(call).ids.count) }
        f["IndexMap.keys"] = { call in try integerIds(map(call).ids, "keys") }

        let fromFrame: HostFunction = { call in
            guard case .host(let frameObject as FrameObject) = call.arguments[2] else {
                preconditionFailure("interpreter bug: not a DataFrame")
            }
            let frame = frameObject.frame
            let names = call.strings(4)
            guard names.count == 2 else {
                throw HostError("expected exactly two categorical columns (users, items), got \(names.count)", argument: 4)
            }
            let y: [Float]
            if case .host(let t as TensorObject) = call.arguments[3] {
                guard t.tensor.rank == 1 else { throw HostError("expected a rank-1 tensor, got shape \(t.tensor.shape)", argument: 3) }
                y = t.tensor.storage
            } else {
                y = call.doubles(3).map { Float($0) }
            }
            guard y.count == frame.rowCount else {
                throw HostError("expected \(frame.rowCount) targets (one per row of x), got \(y.count)", argument: 3)
            }
            let cats = try names.map { try categoricalColumn(frame, $0) }
            let dataset = try engine { try CollabFilterDataset(indexedUsers: cats[0], items: cats[1], ratings: y) }
            return .host(ModelDataObject(try engine { try dataset.data(valIdxs: call.ints(1), batchSize: call.int(5)) }))
        }
        f["ColumnarModelData.fromDataFrame(String,valIdxs:[Int],x:DataFrame,y:[Double],catFlds:[String],bs:Int)"] = fromFrame
        f["ColumnarModelData.fromDataFrame(String,valIdxs:[Int],x:DataFrame,y:Tensor,catFlds:[String],bs:Int)"] = fromFrame
        f["ColumnarModelData.fromDataFrame(String,[Int],DataFrame,[Double],[String],Int)"] = fromFrame

        func data(_ call: HostCall) -> CollabData { call.object(nil, as: ModelDataObject.self).data }
        f["ColumnarModelData.valY"] = { call in TensorConversion.wrap(data(call).valY) }
        f["ColumnarModelData.trnY"] = { call in TensorConversion.wrap(Tensor(data(call).train.ratings)) }
        f["ColumnarModelData.bs"] = { call in .int(data(call).batchSize) }
        f["ColumnarModelData.trainCount"] = { call in .int(data(call).train.count) }
        f["ColumnarModelData.validCount"] = { call in .int(data(call).valid.count) }
    }

    /// Ids that are all integers, as `[Int]`.
    static func integerIds(_ ids: [CellValue], _ name: String) throws -> Value {
        .ints(
            try ids.map { id in
                guard case .int(let i) = id else { throw HostError("\(name): expected integer ids, got \(id)") }
                return i
            })
    }

    /// A categorical column holding 0-based indices (as after re-indexing users and items).
    static func categoricalColumn(_ frame: DataFrame, _ name: String) throws -> [Int] {
        guard let k = frame.columnIndex(name) else {
            throw HostError(
                "expected a column named '\(name)'; x has \(frame.columnNames.map { "'\($0)'" }.joined(separator: ", "))", argument: 4)
        }
        let column = frame.columns[k]
        return try (0..<column.count).map { r in
            guard case .int(let i)? = column[r], i >= 0, i <= Int(Int32.max) else {
                throw HostError(
                    "expected 0-based Int indices in column '\(name)', row \(r) holds \(column[r].map(\.description) ?? "a missing value")",
                    argument: 4)
            }
            return i
        }
    }

    // MARK: - Learner

    static func learner(_ f: inout [String: HostFunction]) {
        func learner(_ call: HostCall) -> CollabLearner { call.object(nil, as: LearnerObject.self).learner }
        f["CollabLearner.fit(Double,Int,wds:Double?,cycleLen:Int?,cycleMult:Int,verbose:Bool)"] = { call in
            let l = learner(call)
            // `verbose: false`: neither progress nor the table (a cell that runs many fits); the
            // returned history and `learn.history` hold the rows.
            let verbose = call.bool(5)
            let before = l.fits.count
            var failure: (any Error)?
            do {
                try l.fit(
                    lr: call.double(0), nCycle: call.int(1), wds: call.optional(2)?.asDouble, cycleLen: call.optional(3)?.asInt,
                    cycleMult: call.int(4), reporter: FitProgressBar.reporter(verbose: verbose))
            } catch {
                failure = error
            }
            let rows = l.fits.count > before ? l.fits[l.fits.count - 1].epochs : []
            if verbose && l.fits.count > before { call.show(ReportOutput.table(historyTable(rows))) }
            if let failure { throw hostError(failure) }
            return .host(FitHistoryObject(rows, showsTable: false))
        }
        f["CollabLearner.predict()"] = { call in
            let l = learner(call)
            return TensorConversion.wrap(try engine { try l.predict() })
        }
        f["CollabLearner.validationLoss()"] = { call in
            let l = learner(call)
            return .optional(try engine { try l.validationLoss() }.map(Value.double))
        }
        f["CollabLearner.history"] = { call in .host(FitHistoryObject(learner(call).history, showsTable: true)) }
        f["CollabLearner.data"] = { call in .host(ModelDataObject(learner(call).data)) }
        f["CollabLearner.model"] = { call in .host(EmbeddingDotBiasObject(learner(call).model)) }
        f["CollabLearner.sched"] = { call in
            guard let s = learner(call).sched else { throw HostError("sched: the learner has not been fitted yet; call fit first") }
            return .host(SchedObject(s))
        }

        func model(_ call: HostCall) -> EmbeddingDotBias { call.object(nil, as: EmbeddingDotBiasObject.self).model }
        f["EmbeddingDotBias.u"] = { call in .host(LayerObject.embedding(model(call).u)) }
        f["EmbeddingDotBias.i"] = { call in .host(LayerObject.embedding(model(call).i)) }
        f["EmbeddingDotBias.ub"] = { call in .host(LayerObject.embedding(model(call).ub)) }
        f["EmbeddingDotBias.ib"] = { call in .host(LayerObject.embedding(model(call).ib)) }
        f["EmbeddingDotBias.description"] = { call in .string(model(call).description) }
        f["EmbeddingDotBias.parameters()"] = { call in .array(model(call).parameters().map(TensorConversion.wrap)) }
        f["EmbeddingDotBias.callAsFunction(Tensor,Tensor)"] = { call in
            let users = try TensorConversion.indices(call.tensorObject(0), op: "EmbeddingDotBias", argument: 0)
            let items = try TensorConversion.indices(call.tensorObject(1), op: "EmbeddingDotBias", argument: 1)
            return TensorConversion.wrap(try engine("EmbeddingDotBias") { try model(call)(users: users, items: items) })
        }
        f["EmbeddingDotBias.callAsFunction([Int],[Int])"] = { call in
            TensorConversion.wrap(
                try engine("EmbeddingDotBias") { try model(call)(users: IndexTensor(call.ints(0)), items: IndexTensor(call.ints(1))) })
        }
    }

    // MARK: - History and sched

    static func history(_ f: inout [String: HostFunction]) {
        func h(_ call: HostCall) -> FitHistoryObject { call.object(nil, as: FitHistoryObject.self) }
        f["FitHistory.count"] = { call in .int(h(call).rows.count) }
        f["FitHistory.first"] = { call in .optional(h(call).rows.first.map(FitHistoryObject.row)) }
        f["FitHistory.last"] = { call in .optional(h(call).rows.last.map(FitHistoryObject.row)) }
        f["FitHistory.rows"] = { call in .array(h(call).rows.map(FitHistoryObject.row)) }
        f["FitHistory.table"] = { call in .host(FitHistoryObject(h(call).rows, showsTable: true)) }
        f["FitHistory.subscript(Int)"] = { call in
            let rows = h(call).rows
            let i = call.int(0)
            guard i >= 0, i < rows.count else { throw HostError("index \(i) is out of range; expected 0..<\(rows.count)", argument: 0) }
            return FitHistoryObject.row(rows[i])
        }

        func batches(_ call: HostCall) -> [TrainingHistory.BatchRecord] { call.object(nil, as: SchedObject.self).history.batches }
        f["LossRecorder.lrs"] = { call in .doubles(batches(call).map(\.lr)) }
        f["LossRecorder.losses"] = { call in .doubles(batches(call).map(\.smoothedLoss)) }
        f["LossRecorder.rawLosses"] = { call in .doubles(batches(call).map(\.loss)) }
        f["LossRecorder.iterations"] = { call in .ints(batches(call).map(\.iteration)) }
        f["LossRecorder.plotLR()"] = { call in
            let b = batches(call)
            call.show(
                lineChart(
                    x: b.map { Double($0.iteration) }, y: b.map(\.lr), title: "Learning rate per batch", xLabel: "iterations",
                    yLabel: "learning rate"))
            return .void
        }
        f["LossRecorder.plotLoss()"] = { call in
            let b = batches(call)
            call.show(
                lineChart(
                    x: b.map { Double($0.iteration) }, y: b.map(\.smoothedLoss), title: "Training loss per batch (smoothed)",
                    xLabel: "iterations", yLabel: "loss"))
            return .void
        }
    }

    /// fastai's `sched.plot_lr()` / `plot_loss()`: one line over the batches of the latest fit.
    static func lineChart(x: [Double], y: [Double], title: String, xLabel: String, yLabel: String) -> ReportOutput {
        let chart = Chart.line(
            series: [Series(name: "", x: x, y: y)], title: title, xLabel: xLabel, yLabel: yLabel, width: 640, height: 400)
        return .svg(chart.svg())
    }

    /// The table a fit shows: epoch, trn_loss, val_loss (5 decimals, as fastai prints them) and
    /// seconds.
    static func historyTable(_ rows: [TrainingHistory.EpochRecord]) -> ReportTable {
        let cells = rows.map { r in
            [
                String(r.epoch), FitProgressBar.decimals(r.trnLoss, 5), r.valLoss.map { FitProgressBar.decimals($0, 5) } ?? "",
                FitProgressBar.decimals(r.seconds, 2),
            ]
        }
        return ReportTable(columns: ["epoch", "trn_loss", "val_loss", "seconds"], rows: cells, totalRows: cells.count, totalColumns: 4)
    }

    // MARK: - PCA

    static func pca(_ f: inout [String: HostFunction]) {
        func p(_ call: HostCall) -> PCAObject { call.object(nil, as: PCAObject.self) }
        func fitted(_ call: HostCall) throws -> FittedPCA {
            guard let f = p(call).fitted else { throw HostError("PCA: expected `fit(_:)` to be called first") }
            return f
        }
        f["PCA.init(nComponents:Int,signRule:PCASignRule)"] = { call in
            guard case .enumCase(let k, _) = call.arguments[1] else { preconditionFailure("interpreter bug: not a PCASignRule") }
            return .host(PCAObject(PCA(nComponents: call.int(0), signRule: k == 0 ? .componentBased : .sampleBased)))
        }
        f["PCA.fit(Tensor)"] = { call in
            let t = call.tensor(0)
            guard t.rank == 2 else { throw HostError("expected a rank-2 tensor (nSamples, nFeatures), got shape \(t.shape)", argument: 0) }
            let o = p(call)
            o.fitted = try engine { try o.pca.fit(t.doubles, nSamples: t.shape[0], nFeatures: t.shape[1]) }
            return call.receiver
        }
        f["PCA.fit([[Double]])"] = { call in
            let rows = call.arguments[0].asArray.map { $0.asArray.map(\.asDouble) }
            let width = rows.first?.count ?? 0
            guard rows.allSatisfy({ $0.count == width }) else { throw HostError("expected rows of equal length \(width)", argument: 0) }
            let o = p(call)
            o.fitted = try engine { try o.pca.fit(rows.flatMap { $0 }, nSamples: rows.count, nFeatures: width) }
            return call.receiver
        }
        f["PCA.components"] = { call in
            let f = try fitted(call)
            return TensorConversion.wrap(try engine { try Tensor(f.components, shape: [f.nComponents, f.nFeatures]) })
        }
        f["PCA.explainedVariance"] = { call in .doubles(try fitted(call).explainedVariance) }
        f["PCA.explainedVarianceRatio"] = { call in .doubles(try fitted(call).explainedVarianceRatio) }
        f["PCA.singularValues"] = { call in .doubles(try fitted(call).singularValues) }
        f["PCA.nComponents"] = { call in .int(p(call).pca.nComponents) }
    }
}
