import Tensors

/// fastai 0.7's `CollabFilterLearner` (`cf.get_learner(n_factors, val_idxs, bs, opt_fn=…)`,
/// `fastai/column_data.py` + `fastai/learner.py`; docs/lesson5-semantics.md §3–§10): the library
/// ``EmbeddingDotBias`` model on a ``CollabData`` split, trained with MSE loss.
///
/// - Each ``fit(lr:nCycle:wds:cycleLen:cycleMult:reporter:)`` builds a **new** optimizer (as
///   fastai's `get_layer_opt`), runs fastai's SGDR schedule (or a constant rate without
///   `cycleLen`) and records one ``TrainingHistory``.
/// - Training batches are reshuffled every epoch from the learner's seeded generator (the same
///   generator that initialised the weights); validation batches of `2·bs` keep file order.
/// - Optimizer updates have PyTorch's dense-embedding semantics (weight decay and moments touch
///   every row at every step), computed by the fused C sweeps.
public final class CollabLearner {
    /// The split and batch sizes (fastai `learn.data`).
    public let data: CollabData
    /// The model (fastai `learn.model`).
    public let model: EmbeddingDotBias
    /// The optimizer built at each fit.
    public let optimizerChoice: OptimizerChoice
    /// The optimizer of the latest fit (nil before the first).
    public private(set) var optimizer: Optimizer?
    /// One history per fit call, in order (each with its epoch rows and per-batch records).
    public private(set) var fits: [TrainingHistory] = []
    private let generator: RandomGenerator

    /// - Parameters:
    ///   - data: the split with its batch size (``CollabFilterDataset/data(valIdxs:batchSize:)``).
    ///   - model: the model to train.
    ///   - optimizer: which optimizer each fit builds (fastai's default is SGD with momentum 0.9).
    ///   - generator: shuffles the training batches each epoch.
    public init(
        data: CollabData, model: EmbeddingDotBias, optimizer: OptimizerChoice = .fastaiDefault,
        generator: RandomGenerator
    ) {
        self.data = data
        self.model = model
        self.optimizerChoice = optimizer
        self.generator = generator
    }

    /// Every epoch row of every fit, in order (epochs are numbered from 0 within each fit).
    public var history: [TrainingHistory.EpochRecord] { fits.flatMap(\.epochs) }

    /// The latest fit's per-batch records (fastai `learn.sched`: learning rates and losses).
    public var sched: TrainingHistory? { fits.last }

    /// Trains as fastai 0.7's `learn.fit(lrs, n_cycle, wds=…, cycle_len=…, cycle_mult=…)`:
    /// `sumGeom(cycleLen, cycleMult, nCycle)` epochs of SGDR (docs/lesson5-semantics.md §8) with `cycleLen`,
    /// else `nCycle` epochs at the constant rate `lr`; `wds` is coupled L2 weight decay in the
    /// optimizer (§6). The training loss is the debiased moving average, the validation loss the
    /// mean of per-batch MSEs (§9).
    /// - Parameters:
    ///   - reporter: hears the progress (for a display).
    ///   - checkCancellation: called before every batch; throwing stops the fit (rows so far are kept).
    /// - Returns: this fit's epoch rows (also appended to ``history``, even when the fit stops early).
    /// - Throws: ``CollabError/invalidScheduleParameter(name:value:expected:)`` for bad cycle
    ///   arguments; `TensorError.invalidArgument` for a negative or non-finite `lr` or `wds`;
    ///   ``CollabError/nonFiniteLoss(epoch:batch:batches:loss:lr:)`` when the loss turns NaN or
    ///   infinite (training stops before that batch's step).
    @discardableResult
    public func fit(
        lr: Double, nCycle: Int, wds: Double? = nil, cycleLen: Int? = nil, cycleMult: Int = 1,
        reporter: (any FitProgressReporter)? = nil,
        checkCancellation: () throws -> Void = {}
    ) throws -> [TrainingHistory.EpochRecord] {
        let schedule = try SGDRSchedule(nCycle: nCycle, cycleLen: cycleLen, cycleMult: cycleMult)
        let annealing = try schedule.annealing(batchesPerEpoch: Swift.max(data.trainBatchesPerEpoch, 1))
        let optimizer = try optimizerChoice.make(parameters: model.parameters(), lr: lr, weightDecay: wds ?? 0)
        self.optimizer = optimizer
        var history = TrainingHistory()
        defer { fits.append(history) }
        model.train()
        try FloatingPointEnvironment.withFlushToZero {
            try FitLoop.run(
                epochs: schedule.epochs, history: &history, reporter: reporter,
                learningRate: { t in annealing?.learningRate(at: t, baseLR: lr) ?? lr },
                trainingBatches: { _ in
                    var source = generator
                    return try data.trainingEpoch(using: &source)
                },
                step: { batch, rate in
                    try optimizer.setLR(rate)
                    let prediction = try model(batch)
                    optimizer.zeroGrad()
                    let loss = try Loss.mse(prediction, Tensor(batch.ratings))
                    let value = Double(loss.storage[0])
                    guard value.isFinite else { return value }
                    try loss.backward()
                    optimizer.step()
                    return value
                },
                validate: { try validationLoss() },
                checkCancellation: checkCancellation)
        }
        return history.epochs
    }

    /// The validation loss: fastai 0.7 `validate`, the unweighted mean over validation batches of
    /// each batch's MSE (in evaluation mode, without recording gradients). nil without validation rows.
    /// - Throws: `TensorError` only on an engine bug (indices were checked when the data was built).
    public func validationLoss() throws -> Double? {
        model.eval()
        defer { model.train() }
        let losses = try GradMode.withNoGrad {
            try data.validationBatches().map { batch in
                Double(try Loss.mse(try model(batch), Tensor(batch.ratings)).storage[0])
            }
        }
        return TrainingHistory.validationLoss(batchLosses: losses)
    }

    /// Predictions for the validation rows in file order (fastai `learn.predict()`), shape
    /// (nValid), computed in evaluation mode over the sequential validation batches.
    /// - Throws: `TensorError` only on an engine bug.
    public func predict() throws -> Tensor {
        model.eval()
        defer { model.train() }
        var out: [Float] = []
        out.reserveCapacity(data.valid.count)
        try GradMode.withNoGrad {
            for batch in data.validationBatches() { out += try model(batch).storage }
        }
        return Tensor(out)
    }
}

extension CollabData {
    /// The validation ratings in file order (fastai `learn.data.val_y`), shape (nValid).
    public var valY: Tensor { Tensor(valid.ratings) }
}

extension CollabFilterDataset {
    /// fastai's `cf.get_learner(n_factors, val_idxs, bs, opt_fn=…)`: the split of
    /// ``data(valIdxs:batchSize:)`` and a fresh ``EmbeddingDotBias`` with the data's rating range,
    /// initialised from `generator` (which then shuffles the training batches).
    /// - Throws: as ``split(valIdxs:)``, ``CollabError/invalidBatchSize(_:)``,
    ///   ``CollabError/invalidModelParameter(name:value:expected:)`` for `nFactors < 1`.
    public func learner(
        nFactors: Int, valIdxs: [Int], batchSize: Int, optimizer: OptimizerChoice = .fastaiDefault,
        generator: RandomGenerator
    ) throws -> CollabLearner {
        let data = try data(valIdxs: valIdxs, batchSize: batchSize)
        let model = try EmbeddingDotBias(
            nFactors: nFactors, nUsers: nUsers, nItems: nItems,
            minScore: minScore, maxScore: maxScore, using: generator)
        return CollabLearner(data: data, model: model, optimizer: optimizer, generator: generator)
    }
}
