// fastai 0.7's generic `fit(model, data, epochs, opt, crit)` (`fastai/model.py`; lesson5-spec
// §3.9) for models written in cells, over Collab's `FitLoop`: the same epoch bookkeeping as the
// learner (debiased moving average, unweighted validation mean, NaN stop, progress, table), with
// the forward pass and the loss being cell code.

import CellCore
import Collab
import Reporting
import Tensors

/// Per training batch: `out = model(users, items)` (one Int tensor per categorical column;
/// fastai passes `(cats, conts)` and the lesson's models split `cats` into those two columns),
/// `opt.zeroGrad()`, `loss = crit(out, y)`, `loss.backward()`, `opt.step()`. The learning rate is
/// the optimizer's own (no schedule), so `setLRs(opt, lr)` between fits changes it and keeps the
/// optimizer's state. Training batches are reshuffled each epoch from a generator drawn from the
/// run's seeded one; the model is in training mode for training and in evaluation mode (without
/// gradients) for validation.
enum CellFit {
    static func run(
        model: Value, data: ModelDataObject, epochs: Int, opt: OptimizerObject, loss: Value, verbose: Bool = true, call: HostCall
    )
        throws -> Value
    {
        guard epochs >= 0 else { throw HostError("fit: expected epochs ≥ 0, got \(epochs)", argument: 2) }
        let collab = data.data
        let optimizer = opt.optimizer
        let generator = TensorConversion.generator(call)
        var history = TrainingHistory()
        var failure: (any Error)?

        func forward(_ batch: RatingBatch) throws -> Tensor {
            let users = TensorObject(indices: IndexTensor(batch.userIdx.map { Int($0) }))
            let items = TensorObject(indices: IndexTensor(batch.itemIdx.map { Int($0) }))
            let out = try call.callMethod("callAsFunction", on: model, [.host(users), .host(items)])
            guard case .host(let t as TensorObject) = out, t.indices == nil else {
                throw HostError("fit: expected the model to return a Float Tensor")
            }
            return t.tensor
        }
        func lossValue(_ prediction: Tensor, _ batch: RatingBatch) throws -> Tensor {
            let out = try call.call(loss, [TensorConversion.wrap(prediction), TensorConversion.wrap(Tensor(batch.ratings))])
            guard case .host(let t as TensorObject) = out, t.tensor.count == 1 else {
                throw HostError("fit: expected the loss to return a one-element Tensor")
            }
            return t.tensor
        }
        func setTraining(_ on: Bool) throws {
            _ = try call.callMethod("train", on: model, [.bool(on)])
        }

        do {
            try FloatingPointEnvironment.withFlushToZero {
                try FitLoop.run(
                    epochs: epochs, history: &history, reporter: FitProgressBar.reporter(verbose: verbose),
                    learningRate: { _ in optimizer.learningRate },
                    trainingBatches: { _ in
                        try setTraining(true)
                        var source = generator
                        return try collab.trainingEpoch(using: &source)
                    },
                    step: { batch, _ in
                        let prediction = try forward(batch)
                        optimizer.zeroGrad()
                        let l = try lossValue(prediction, batch)
                        let value = Double(l.storage[0])
                        guard value.isFinite else { return value }
                        try l.backward()
                        optimizer.step()
                        return value
                    },
                    validate: {
                        try setTraining(false)
                        defer { try? setTraining(true) }
                        let losses = try GradMode.withNoGrad {
                            try collab.validationBatches().map { Double(try lossValue(try forward($0), $0).storage[0]) }
                        }
                        return TrainingHistory.validationLoss(batchLosses: losses)
                    })
            }
        } catch {
            failure = error
        }
        if verbose { call.show(ReportOutput.table(CollabBindings.historyTable(history.epochs))) }
        if let failure { throw hostError(failure) }
        return .host(FitHistoryObject(history.epochs, showsTable: false))
    }
}
