import CellLanguage
import Collab
import Foundation
import Frames
import Tensors

/// Collaborative filtering in cells, with fastai 0.7's names in Swift case (lesson5-spec §3):
/// `cvIdxs`, `CollabFilterDataset.fromCSV`, `cf.learner(…)`, `learn.fit(…)` with SGDR,
/// `learn.history`, `learn.predict()`, `learn.model` lookups, `learn.sched`, `cf.getData(…)`,
/// `ColumnarModelData.fromDataFrame(…)`, the generic `fit(model, data, epochs, opt, loss)`,
/// `setLRs(opt, lr)` and scikit-learn's `PCA`. The semantics are the Collab module's.
///
/// Fits show their progress on stderr (``FitProgressBar``) and append a table of their epochs
/// (epoch, trn_loss, val_loss, seconds) to the cell's outputs.
public enum CollabBuiltins {
    typealias P = BuiltinParameter

    public static var table: BuiltinTable {
        BuiltinTable(domain: "Collab", functions: functions, methods: [
            "CollabFilterDataset.Type": [fromCSV],
            "ColumnarModelData.Type": [fromDataFrame(labelled: true), fromDataFrame(labelled: false)],
            "CollabFilterDataset": datasetMethods,
            "CollabLearner": learnerMethods,
            "EmbeddingDotBias": modelMethods,
            "IndexMap": indexMapMethods,
            "FitHistory": historyMethods,
            "PCA": [pcaFit],
            "LossRecorder": schedMethods,
        ], properties: [
            "CollabFilterDataset": datasetProperties,
            "CollabLearner": learnerProperties,
            "ColumnarModelData": dataProperties,
            "EmbeddingDotBias": modelProperties,
            "IndexMap": indexMapProperties,
            "FitHistory": historyProperties,
            "LossRecorder": schedProperties,
            "PCA": pcaProperties,
        ])
    }

    // MARK: - Free functions

    private static var functions: [BuiltinFunction] {
        [
            BuiltinFunction("cvIdxs", [P(nil, "n", "Int"), P("valPct", "valPct", "Double", default: .double(0.2)),
                                       P("seed", "seed", "Int", default: .int(42))], returns: "[Int]",
                            doc: "The validation row indices fastai picks: numpy's `seed(seed); permutation(n)[:int(valPct·n)]`, reproduced bit for bit (not sorted). fastai: `get_cv_idxs`.") { _, a, _ in
                let seed = try a.int("seed")
                guard let s = UInt32(exactly: seed) else { throw a.error("seed", "expected a seed in 0...\(UInt32.max), got \(seed)") }
                return .array(cvIdxs(try a.int("n"), valPct: try a.double("valPct"), seed: s).map(Value.int))
            },
            BuiltinFunction("fit", [P(nil, "model", "Module"), P(nil, "data", "ColumnarModelData"), P(nil, "epochs", "Int"),
                                    P(nil, "opt", "SGD, Adam or AdamW"), P(nil, "loss", "(Tensor, Tensor) -> Tensor"),
                                    P("verbose", "verbose", "Bool", default: .bool(true), defaultText: "true")],
                            returns: "FitHistory",
                            doc: "Trains a model written in a cell for `epochs` epochs at the optimizer's current rate: per shuffled training batch `model(users, items)` (one Int tensor per categorical column), `opt.zeroGrad()`, `loss(prediction, y)`, `backward()`, `opt.step()`; then the validation loss (mean of per-batch losses). Shows progress and a table of the epochs (`verbose: false`: neither, for a cell that runs many fits; the returned history holds the rows); the returned history is not shown again as the cell's result (`h.table` shows it). Stops with an error when the loss turns NaN or infinite. fastai: `fit(model, data, epochs, opt, crit)`.") { _, a, c in
                try CellFit.run(model: a.value("model"), data: try a.host("data", as: ModelDataObject.self, typeName: "ColumnarModelData"),
                                epochs: try a.int("epochs"), opt: try optimizer(a, "opt"), loss: try a.function("loss"),
                                verbose: try a.bool("verbose"), context: c)
            },
            BuiltinFunction("setLRs", [P(nil, "opt", "SGD, Adam or AdamW"), P(nil, "lr", "Double")], returns: "Void",
                            doc: "Sets the optimizer's learning rate, keeping its other state (momentum buffers, moments). fastai: `set_lrs(opt, lr)`.") { _, a, _ in
                try optimizer(a, "opt").optimizer.setLR(try a.double("lr"))
                return .void
            },
            BuiltinFunction("PCA", [P("nComponents", "nComponents", "Int"),
                                    P("signRule", "signRule", ".componentBased or .sampleBased", default: .symbol("componentBased", []),
                                      defaultText: ".componentBased")],
                            returns: "PCA",
                            doc: "Principal component analysis with scikit-learn's semantics (exact SVD of the centred data, `svd_flip` signs); fit it with `fit(_:)`. `signRule: .componentBased` is scikit-learn ≥ 1.5 (the largest entry of each component is positive); `.sampleBased` is scikit-learn ≤ 1.4, as in the 2017 lesson's outputs (the largest entry of each column of U). scikit-learn: `PCA(n_components=…)`.") { _, a, _ in
                guard case let .symbol(name, _) = a.value("signRule"), let rule = PCA.SignRule(rawValue: name) else {
                    throw a.mismatch("signRule", expected: ".componentBased or .sampleBased")
                }
                return .host(PCAObject(PCA(nComponents: try a.int("nComponents"), signRule: rule)))
            },
        ]
    }

    // MARK: - Data set

    private static var fromCSV: BuiltinFunction {
        BuiltinFunction("fromCSV", [P(nil, "path", "String"), P(nil, "file", "String", default: .string("")),
                                    P("user", "user", "String", default: .string("userId")),
                                    P("item", "item", "String", default: .string("movieId")),
                                    P("rating", "rating", "String", default: .string("rating"))],
                        returns: "CollabFilterDataset",
                        doc: "Reads a ratings CSV (`path` joined with `file`; relative to the notebook) and indexes users and items in order of first appearance; ratings become Float. fastai: `CollabFilterDataset.from_csv(path, csv, user, item, rating)`.") { _, a, c in
            var path = try a.string("path")
            let file = try a.string("file")
            if !file.isEmpty { path = path.isEmpty || path.hasSuffix("/") ? path + file : path + "/" + file }
            do {
                let dataset = try CollabFilterDataset.fromCSV(
                    path: c.resolvePath(path).path, user: try a.string("user"), item: try a.string("item"), rating: try a.string("rating"))
                for warning in dataset.warnings { c.display(.text("warning: \(warning)")) }
                return .host(CollabDatasetObject(dataset))
            } catch let e as CollabError {
                throw RuntimeError(e.description, at: c.span)
            } catch let e as CSVError {
                throw a.error("path", "cannot read the ratings: \(e)")
            }
        }
    }

    private static var datasetMethods: [BuiltinFunction] {
        [
            BuiltinFunction("learner", [P("nFactors", "nFactors", "Int"), P("valIdxs", "valIdxs", "[Int]"), P("bs", "bs", "Int"),
                                        P("opt", "opt", ".adam or .sgd(momentum:)", default: .symbol("sgd", [LabeledValue(label: "momentum", value: .double(0.9))]),
                                          defaultText: ".sgd(momentum: 0.9)")],
                            returns: "CollabLearner",
                            doc: "The library model (EmbeddingDotBias: four U(±0.05) tables, sigmoid scaled to the ratings' min…max) on the split of `valIdxs`, training batches of `bs` reshuffled each epoch, validation batches of 2·bs in file order, MSE loss. The weights and shuffles come from the session's seeded generator. fastai: `cf.get_learner(n_factors, val_idxs, bs, opt_fn=…)`.") { r, a, c in
                let cf = try dataset(r)
                let choice = try optimizerChoice(a, "opt")
                let learner = try collab(c) {
                    try cf.learner(nFactors: try a.int("nFactors"), valIdxs: try indices(a, "valIdxs"), batchSize: try a.int("bs"),
                                   optimizer: choice, generator: TensorConversion.generator(c))
                }
                return .host(LearnerObject(learner))
            },
            BuiltinFunction("getData", [P("valIdxs", "valIdxs", "[Int]"), P("bs", "bs", "Int")], returns: "ColumnarModelData",
                            doc: "The split of `valIdxs` as batches (the learner's: training batches of `bs` shuffled each epoch, validation batches of 2·bs in file order), for `fit(model, data, …)`. fastai: `cf.get_data(val_idxs, bs)`.") { r, a, c in
                let cf = try dataset(r)
                return .host(ModelDataObject(try collab(c) { try cf.data(valIdxs: try indices(a, "valIdxs"), batchSize: try a.int("bs")) }))
            },
        ]
    }

    private static var datasetProperties: [BuiltinProperty] {
        [
            BuiltinProperty("nUsers", "Int", doc: "The number of distinct users. fastai: `n_users`.") { r, _ in .int(try dataset(r).nUsers) },
            BuiltinProperty("nItems", "Int", doc: "The number of distinct items. fastai: `n_items`.") { r, _ in .int(try dataset(r).nItems) },
            BuiltinProperty("count", "Int", doc: "The number of ratings.") { r, _ in .int(try dataset(r).count) },
            BuiltinProperty("minScore", "Double", doc: "The smallest rating in the file. fastai: `min_score`.") { r, _ in .double(Double(try dataset(r).minScore)) },
            BuiltinProperty("maxScore", "Double", doc: "The largest rating in the file. fastai: `max_score`.") { r, _ in .double(Double(try dataset(r).maxScore)) },
            BuiltinProperty("userIndex", "IndexMap", doc: "User id → index, in order of first appearance; an unknown id is an error. fastai: `user2idx`.") { r, _ in
                .host(IndexMapObject(try dataset(r), kind: "user"))
            },
            BuiltinProperty("itemIndex", "IndexMap", doc: "Item id → index, in order of first appearance; an unknown id is an error. fastai: `item2idx`.") { r, _ in
                .host(IndexMapObject(try dataset(r), kind: "item"))
            },
            BuiltinProperty("users", "[Id]", doc: "The distinct user ids, in index order. fastai: `users`.") { r, _ in .array(try dataset(r).users.map(FrameBuiltins.value)) },
            BuiltinProperty("items", "[Id]", doc: "The distinct item ids, in index order. fastai: `items`.") { r, _ in .array(try dataset(r).items.map(FrameBuiltins.value)) },
        ]
    }

    private static var indexMapMethods: [BuiltinFunction] {
        [
            BuiltinFunction("subscript", [P(nil, "id", "Int, Double or String")], returns: "Int",
                            doc: "The index of a raw id; an id that is not in the data is an error naming it.") { r, a, c in
                let map = try indexMap(r)
                guard let id = cellValue(a.value("id")) else { throw a.mismatch("id", expected: "an Int, Double or String id") }
                return .int(try collab(c) { try map.index(of: id) })
            },
            BuiltinFunction("contains", [P(nil, "id", "Int, Double or String")], returns: "Bool",
                            doc: "Whether the id appears in the data.") { r, a, _ in
                let map = try indexMap(r)
                guard let id = cellValue(a.value("id")) else { return .bool(false) }
                return .bool((try? map.index(of: id)) != nil)
            },
        ]
    }

    private static var indexMapProperties: [BuiltinProperty] {
        [
            BuiltinProperty("count", "Int", doc: "The number of ids.") { r, _ in .int(try indexMap(r).ids.count) },
            BuiltinProperty("keys", "[Id]", doc: "The ids in index order (first appearance).") { r, _ in .array(try indexMap(r).ids.map(FrameBuiltins.value)) },
        ]
    }

    // MARK: - ColumnarModelData

    /// `fromDataFrame(path, valIdxs: …, x: …, y: …, catFlds: …, bs: …)`, or with every argument
    /// positional as fastai's `from_data_frame(path, val_idxs, x, y, cat_flds, bs)`.
    private static func fromDataFrame(labelled: Bool) -> BuiltinFunction {
        func param(_ name: String, _ type: String) -> BuiltinParameter { P(labelled ? name : nil, name, type) }
        let path = labelled ? P(nil, "path", "String", default: .string(".")) : P(nil, "path", "String")
        return BuiltinFunction("fromDataFrame", [path, param("valIdxs", "[Int]"), param("x", "DataFrame"),
                                                 param("y", "Column, [Double] or Tensor"), param("catFlds", "[String]"), param("bs", "Int")],
                               returns: "ColumnarModelData",
                               doc: "Batches from a frame whose two categorical columns `catFlds` already hold 0-based indices (users, items) and targets `y`: training batches of `bs` shuffled each epoch, validation batches of 2·bs in file order, as `cf.getData`. `path` is accepted for fastai's signature and unused; the arguments may also all be positional. fastai: `ColumnarModelData.from_data_frame(path, val_idxs, x, y, cat_flds, bs)`.") { _, a, c in
            let frame = try a.host("x", as: FrameObject.self, typeName: "DataFrame").frame
            let names = try a.array("catFlds").map { v -> String in
                guard case let .string(s) = v else { throw a.mismatch("catFlds", expected: "[String]") }
                return s
            }
            guard names.count == 2 else {
                throw a.error("catFlds", "expected exactly two categorical columns (users, items), got \(names.count)")
            }
            let y = try targets(a, "y", rows: frame.rowCount)
            let cats = try names.map { try categoricalColumn(frame, $0, a) }
            let cf = try collab(c) { try CollabFilterDataset(indexedUsers: cats[0], items: cats[1], ratings: y) }
            return .host(ModelDataObject(try collab(c) { try cf.data(valIdxs: try indices(a, "valIdxs"), batchSize: try a.int("bs")) }))
        }
    }

    private static var dataProperties: [BuiltinProperty] {
        [
            BuiltinProperty("valY", "Tensor", doc: "The validation targets in file order, shape (nValid). fastai: `data.val_y`.") { r, _ in
                TensorConversion.wrap(try modelData(r).valY)
            },
            BuiltinProperty("trnY", "Tensor", doc: "The training targets in file order, shape (nTrain). fastai: `data.trn_y`.") { r, _ in
                TensorConversion.wrap(Tensor(try modelData(r).train.ratings))
            },
            BuiltinProperty("bs", "Int", doc: "The training batch size (validation uses twice it).") { r, _ in .int(try modelData(r).batchSize) },
            BuiltinProperty("trainCount", "Int", doc: "The number of training rows.") { r, _ in .int(try modelData(r).train.count) },
            BuiltinProperty("validCount", "Int", doc: "The number of validation rows.") { r, _ in .int(try modelData(r).valid.count) },
        ]
    }

    // MARK: - Learner

    private static var learnerMethods: [BuiltinFunction] {
        [
            BuiltinFunction("fit", [P(nil, "lr", "Double"), P(nil, "nCycle", "Int"), P("wds", "wds", "Double?", default: Value.none, defaultText: "nil"),
                                    P("cycleLen", "cycleLen", "Int?", default: Value.none, defaultText: "nil"),
                                    P("cycleMult", "cycleMult", "Int", default: .int(1)),
                                    P("verbose", "verbose", "Bool", default: .bool(true), defaultText: "true")],
                            returns: "FitHistory",
                            doc: "Trains with a new optimizer (weight decay `wds`, coupled L2): with `cycleLen`, fastai's SGDR over sumGeom(cycleLen, cycleMult, nCycle) epochs (warm-up at lr/100 for the first 1/20 of the first cycle, then cosine annealing with restarts); without, `nCycle` epochs at `lr`. Shows progress and a table of epoch, trn_loss (debiased 0.98 moving average), val_loss (mean of per-batch MSE), seconds; stops with an error naming the epoch and batch when the loss turns NaN or infinite. `verbose: false` shows neither progress nor table (the returned history and `learn.history` hold the rows); the returned history is not shown again as the cell's result. fastai: `learn.fit(lrs, n_cycle, wds=…, cycle_len=…, cycle_mult=…)`.") { r, a, c in
                let learner = try learnerOf(r)
                let wds: Double? = a.value("wds").isNil ? nil : try a.double("wds")
                let cycleLen: Int? = a.value("cycleLen").isNil ? nil : try a.int("cycleLen")
                let before = learner.fits.count
                let verbose = try a.bool("verbose")
                var failure: (any Error)?
                do {
                    try learner.fit(lr: try a.double("lr"), nCycle: try a.int("nCycle"), wds: wds, cycleLen: cycleLen,
                                    cycleMult: try a.int("cycleMult"), reporter: verbose ? FitProgressBar() : FitProgressBar.silent,
                                    checkCancellation: { try c.checkCancellation() })
                } catch {
                    failure = error
                }
                let rows = learner.fits.count > before ? learner.fits[learner.fits.count - 1].epochs : []
                if verbose && learner.fits.count > before { c.display(.table(historyTable(rows))) }
                if let failure { throw collabError(failure, c) }
                return .host(FitHistoryObject(rows, showsTable: false))
            },
            BuiltinFunction("predict", returns: "Tensor",
                            doc: "The model's predictions for the validation rows in file order, shape (nValid), in evaluation mode. fastai: `learn.predict()`.") { r, _, c in
                let learner = try learnerOf(r)
                return TensorConversion.wrap(try collab(c) { try learner.predict() })
            },
            BuiltinFunction("validationLoss", returns: "Double?",
                            doc: "The current validation loss (mean of per-batch MSE), nil without validation rows. fastai: `validate`.") { r, _, c in
                let learner = try learnerOf(r)
                return try collab(c) { try learner.validationLoss() }.map(Value.double) ?? .none
            },
        ]
    }

    private static var learnerProperties: [BuiltinProperty] {
        [
            BuiltinProperty("history", "FitHistory", doc: "Every epoch row of every fit so far: (epoch, trnLoss, valLoss, seconds), e.g. `learn.history.last!.valLoss`.") { r, _ in
                .host(FitHistoryObject(try learnerOf(r).history, showsTable: true))
            },
            BuiltinProperty("data", "ColumnarModelData", doc: "The split and batches. fastai: `learn.data`.") { r, _ in .host(ModelDataObject(try learnerOf(r).data)) },
            BuiltinProperty("model", "EmbeddingDotBias", doc: "The model, with its tables `u`, `i`, `ub`, `ib`. fastai: `learn.model`.") { r, _ in
                .host(EmbeddingDotBiasObject(try learnerOf(r).model))
            },
            BuiltinProperty("sched", "LossRecorder?", doc: "The learning rate and loss of every batch of the latest fit (nil before the first). fastai: `learn.sched`.") { r, _ in
                try learnerOf(r).sched.map { .host(SchedObject($0)) } ?? .none
            },
        ]
    }

    // MARK: - Model

    private static var modelMethods: [BuiltinFunction] {
        [
            BuiltinFunction("callAsFunction", [P(nil, "users", "Tensor or [Int]"), P(nil, "items", "Tensor or [Int]")], returns: "Tensor",
                            doc: "Predicted ratings σ(u·i + ub + ib)·(max − min) + min for index pairs, shape (B).") { r, a, _ in
                let m = try model(r).model
                return TensorConversion.wrap(try m(users: try TensorConversion.indices(a.value("users"), op: "EmbeddingDotBias"),
                                                   items: try TensorConversion.indices(a.value("items"), op: "EmbeddingDotBias")))
            },
            BuiltinFunction("parameters", returns: "[Tensor]", doc: "u, i, ub, ib's weights, in that order. PyTorch: `parameters()`.") { r, _, _ in
                .array(try model(r).model.parameters().map(TensorConversion.wrap))
            },
        ]
    }

    private static var modelProperties: [BuiltinProperty] {
        func table(_ name: String, _ doc: String, _ pick: @escaping @Sendable (EmbeddingDotBias) -> Embedding) -> BuiltinProperty {
            BuiltinProperty(name, "Embedding", doc: doc) { r, _ in
                let m = try model(r)
                return m.layer(pick(m.model))
            }
        }
        return [
            table("u", "User factors, an Embedding (nUsers, nFactors); `m.u(idx)` looks rows up.") { $0.u },
            table("i", "Item factors, an Embedding (nItems, nFactors); `m.i(idx)` looks rows up.") { $0.i },
            table("ub", "User biases, an Embedding (nUsers, 1).") { $0.ub },
            table("ib", "Item biases, an Embedding (nItems, 1); `m.ib(idx)` gives shape (B, 1).") { $0.ib },
        ]
    }

    // MARK: - History and sched

    private static var historyMethods: [BuiltinFunction] {
        [
            BuiltinFunction("subscript", [P(nil, "index", "Int")], returns: "(epoch: Int, trnLoss: Double, valLoss: Double?, seconds: Double)",
                            doc: "Row `index` (from 0).") { r, a, _ in
                let h = try history(r)
                let i = try a.int("index")
                guard i >= 0, i < h.rows.count else { throw a.error("index", "index \(i) is out of range; expected 0..<\(h.rows.count)") }
                return FitHistoryObject.row(h.rows[i])
            },
        ]
    }

    private static var historyProperties: [BuiltinProperty] {
        [
            BuiltinProperty("count", "Int", doc: "The number of epoch rows.") { r, _ in .int(try history(r).rows.count) },
            BuiltinProperty("first", "(epoch:, trnLoss:, valLoss:, seconds:)?", doc: "The first row, or nil.") { r, _ in try history(r).values.first ?? .none },
            BuiltinProperty("last", "(epoch:, trnLoss:, valLoss:, seconds:)?", doc: "The last row, or nil.") { r, _ in try history(r).values.last ?? .none },
            BuiltinProperty("rows", "[(epoch:, trnLoss:, valLoss:, seconds:)]", doc: "Every row, in order.") { r, _ in .array(try history(r).values) },
            BuiltinProperty("table", "Table", doc: "The rows as the fit's table (epoch, trn_loss, val_loss, seconds).") { r, _ in
                .host(FitHistoryObject(try history(r).rows, showsTable: true))
            },
        ]
    }

    /// fastai's `sched.plot_lr()` and `sched.plot_loss()`: line charts over the batches of the
    /// latest fit.
    private static var schedMethods: [BuiltinFunction] {
        [
            BuiltinFunction("plotLR", returns: "Chart",
                            doc: "The learning rate of every batch of the latest fit against the batch number: the warm-up, the cosine cycles and their restarts. fastai: `sched.plot_lr()`.") { r, _, _ in
                let batches = try sched(r).batches
                return PlotBuiltins.lineChart(series: [(name: "", x: batches.map { Double($0.iteration) }, y: batches.map(\.lr))],
                                              title: "Learning rate per batch", xLabel: "iterations", yLabel: "learning rate")
            },
            BuiltinFunction("plotLoss", returns: "Chart",
                            doc: "The smoothed (debiased moving-average) training loss of every batch of the latest fit against the batch number. fastai: `sched.plot_loss()`.") { r, _, _ in
                let batches = try sched(r).batches
                return PlotBuiltins.lineChart(series: [(name: "", x: batches.map { Double($0.iteration) }, y: batches.map(\.smoothedLoss))],
                                              title: "Training loss per batch (smoothed)", xLabel: "iterations", yLabel: "loss")
            },
        ]
    }

    private static var schedProperties: [BuiltinProperty] {
        func series(_ name: String, _ doc: String, _ pick: @escaping @Sendable (TrainingHistory.BatchRecord) -> Double) -> BuiltinProperty {
            BuiltinProperty(name, "[Double]", doc: doc) { r, _ in .array(try sched(r).batches.map { .double(pick($0)) }) }
        }
        return [
            series("lrs", "The learning rate of each batch. fastai: `sched.lrs`.") { $0.lr },
            series("losses", "The debiased smoothed loss after each batch (what fastai's `sched.plot_loss` draws). fastai: `sched.losses`.") { $0.smoothedLoss },
            series("rawLosses", "Each batch's own loss.") { $0.loss },
            BuiltinProperty("iterations", "[Int]", doc: "The batch numbers, from 0. fastai: `sched.iterations`.") { r, _ in
                .array(try sched(r).batches.map { .int($0.iteration) })
            },
        ]
    }

    // MARK: - PCA

    private static var pcaFit: BuiltinFunction {
        BuiltinFunction("fit", [P(nil, "x", "Tensor or [[Double]]")], returns: "PCA",
                        doc: "Fits to the rows of x (nSamples × nFeatures) and returns the PCA, now with `components` (nComponents × nFeatures, unit rows), `explainedVariance`, `explainedVarianceRatio`, `singularValues`. scikit-learn: `fit(X)`.") { r, a, c in
            let p = try pcaObject(r)
            let (values, rows, cols) = try matrix(a, "x")
            p.fitted = try collab(c) { try p.pca.fit(values, nSamples: rows, nFeatures: cols) }
            return .host(p)
        }
    }

    private static var pcaProperties: [BuiltinProperty] {
        return [
            BuiltinProperty("components", "Tensor", doc: "The principal axes, shape (nComponents, nFeatures), each a unit vector. scikit-learn: `components_`.") { r, _ in
                let f = try fitted(r)
                return TensorConversion.wrap(try Tensor(f.components, shape: [f.nComponents, f.nFeatures]))
            },
            BuiltinProperty("explainedVariance", "[Double]", doc: "S²/(nSamples − 1) per component. scikit-learn: `explained_variance_`.") { r, _ in
                .array(try fitted(r).explainedVariance.map(Value.double))
            },
            BuiltinProperty("explainedVarianceRatio", "[Double]", doc: "Each component's share of the total variance. scikit-learn: `explained_variance_ratio_`.") { r, _ in
                .array(try fitted(r).explainedVarianceRatio.map(Value.double))
            },
            BuiltinProperty("singularValues", "[Double]", doc: "The singular values of the centred data. scikit-learn: `singular_values_`.") { r, _ in
                .array(try fitted(r).singularValues.map(Value.double))
            },
            BuiltinProperty("nComponents", "Int", doc: "The number of components asked for.") { r, _ in .int(try pcaObject(r).pca.nComponents) },
        ]
    }

    private static func fitted(_ r: Value) throws -> FittedPCA {
        guard let f = try pcaObject(r).fitted else { throw BuiltinError("PCA: expected `fit(_:)` to be called first") }
        return f
    }

    // MARK: - Helpers

    /// The table a fit appends to the cell's outputs: epoch, trn_loss, val_loss (5 decimals, as
    /// fastai prints them) and seconds.
    static func historyTable(_ rows: [TrainingHistory.EpochRecord]) -> DisplayTable {
        let cells = rows.map { r in
            [String(r.epoch), FitProgressBar.decimals(r.trnLoss, 5), r.valLoss.map { FitProgressBar.decimals($0, 5) } ?? "",
             FitProgressBar.decimals(r.seconds, 2)]
        }
        return DisplayTable(columns: ["epoch", "trn_loss", "val_loss", "seconds"], rows: cells, totalRows: cells.count, totalColumns: 4)
    }

    /// Runs a Collab operation, turning its errors (CollabError, PCAError, TensorError) into a
    /// runtime error at the call, with the module's message.
    static func collab<T>(_ c: BuiltinContext, _ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw collabError(error, c) }
    }

    static func collabError(_ error: any Error, _ c: BuiltinContext) -> any Error {
        switch error {
        case is RuntimeError, is BuiltinError: return error
        case let e as CustomStringConvertible: return RuntimeError(e.description, at: c.span)
        default: return RuntimeError("\(error)", at: c.span)
        }
    }

    static func text(_ id: CellValue) -> String {
        switch id {
        case let .int(i): return String(i)
        case let .double(d): return Display.formatDouble(d)
        case let .string(s): return s
        }
    }

    private static func cellValue(_ v: Value) -> CellValue? {
        switch v {
        case let .int(i): return .int(i)
        case let .double(d): return .double(d)
        case let .string(s): return .string(s)
        default: return nil
        }
    }

    private static func optimizerChoice(_ a: BuiltinArguments, _ name: String) throws -> OptimizerChoice {
        guard case let .symbol(symbol, args) = a.value(name) else { throw a.mismatch(name, expected: ".adam or .sgd(momentum:)") }
        switch symbol {
        case "adam" where args.isEmpty:
            return .adam
        case "sgd":
            if args.isEmpty { return .fastaiDefault }
            guard args.count == 1, args[0].label == "momentum", let m = args[0].value.asDouble else {
                throw a.error(name, "expected .sgd(momentum: Double)")
            }
            return .sgd(momentum: m)
        default:
            throw a.error(name, "expected .adam or .sgd(momentum:), got .\(symbol)")
        }
    }

    private static func optimizer(_ a: BuiltinArguments, _ name: String) throws -> OptimizerObject {
        guard case let .host(h as OptimizerObject) = a.value(name) else { throw a.mismatch(name, expected: "an optimizer (SGD, Adam or AdamW)") }
        return h
    }

    private static func indices(_ a: BuiltinArguments, _ name: String) throws -> [Int] {
        if case let .host(t as TensorObject) = a.value(name), let idx = t.indices { return idx.values }
        return try a.array(name).map { v in
            guard case let .int(i) = v else { throw a.mismatch(name, expected: "[Int]") }
            return i
        }
    }

    /// The targets `y` as Floats: a Column, an array of numbers or a rank-1 tensor, `rows` long.
    private static func targets(_ a: BuiltinArguments, _ name: String, rows: Int) throws -> [Float] {
        var values: [Float] = []
        switch a.value(name) {
        case let .host(col as ColumnObject):
            for r in 0..<col.column.count {
                switch col.column[r] {
                case let .int(i)?: values.append(Float(i))
                case let .double(d)? where d.isFinite: values.append(Float(d))
                default: throw a.error(name, "expected a finite number in every row of column '\(col.column.name)', row \(r) is not")
                }
            }
        case let .host(t as TensorObject):
            guard t.tensor.rank == 1 else { throw a.error(name, "expected a rank-1 tensor, got shape \(t.tensor.shape)") }
            values = t.tensor.storage
        default:
            values = try a.array(name).map { v in
                guard let d = v.asDouble, d.isFinite else { throw a.mismatch(name, expected: "numbers") }
                return Float(d)
            }
        }
        guard values.count == rows else { throw a.error(name, "expected \(rows) targets (one per row of x), got \(values.count)") }
        return values
    }

    /// A categorical column holding 0-based indices (as after re-indexing users and items).
    private static func categoricalColumn(_ frame: DataFrame, _ name: String, _ a: BuiltinArguments) throws -> [Int] {
        guard let k = frame.columnIndex(name) else {
            throw a.error("catFlds", "expected a column named '\(name)'; x has \(frame.columnNames.map { "'\($0)'" }.joined(separator: ", "))")
        }
        let column = frame.columns[k]
        return try (0..<column.count).map { r in
            guard case let .int(i)? = column[r], i >= 0, i <= Int(Int32.max) else {
                throw a.error("catFlds", "expected 0-based Int indices in column '\(name)', row \(r) holds \(column[r].map(text) ?? "a missing value")")
            }
            return i
        }
    }

    /// A rank-2 tensor or a rectangular [[Number]] as row-major Doubles with its shape.
    private static func matrix(_ a: BuiltinArguments, _ name: String) throws -> ([Double], Int, Int) {
        if case let .host(t as TensorObject) = a.value(name) {
            guard t.tensor.rank == 2 else { throw a.error(name, "expected a rank-2 tensor (nSamples, nFeatures), got shape \(t.tensor.shape)") }
            return (t.tensor.doubles, t.tensor.shape[0], t.tensor.shape[1])
        }
        let rows = try a.array(name)
        var values: [Double] = []
        var width = -1
        for row in rows {
            guard case let .array(items) = row else { throw a.mismatch(name, expected: "a Tensor or [[Double]]") }
            if width < 0 { width = items.count }
            guard items.count == width else { throw a.error(name, "expected rows of equal length \(width), got one of \(items.count)") }
            for v in items {
                guard let d = v.asDouble else { throw a.mismatch(name, expected: "a Tensor or [[Double]]") }
                values.append(d)
            }
        }
        return (values, rows.count, Swift.max(width, 0))
    }

    private static func dataset(_ v: Value) throws -> CollabFilterDataset { try v.host(CollabDatasetObject.self, "a CollabFilterDataset").dataset }
    private static func indexMap(_ v: Value) throws -> IndexMapObject { try v.host(IndexMapObject.self, "an IndexMap") }
    private static func modelData(_ v: Value) throws -> CollabData { try v.host(ModelDataObject.self, "ColumnarModelData").data }
    private static func learnerOf(_ v: Value) throws -> CollabLearner { try v.host(LearnerObject.self, "a CollabLearner").learner }
    private static func model(_ v: Value) throws -> EmbeddingDotBiasObject { try v.host(EmbeddingDotBiasObject.self, "an EmbeddingDotBias") }
    private static func history(_ v: Value) throws -> FitHistoryObject { try v.host(FitHistoryObject.self, "a FitHistory") }
    private static func sched(_ v: Value) throws -> TrainingHistory { try v.host(SchedObject.self, "a LossRecorder").history }
    private static func pcaObject(_ v: Value) throws -> PCAObject { try v.host(PCAObject.self, "a PCA") }
}
