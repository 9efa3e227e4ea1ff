/// The epoch loop of fastai 0.7's `fit(model, data, epochs, opt, crit)` (`fastai/model.py`;
/// docs/lesson5-semantics.md §9), independent of the model: the caller supplies the per-batch step and the
/// validation, this loop does the bookkeeping.
///
/// Per epoch: draw the training batches (reshuffled each epoch by the caller), and for each batch
/// set the learning rate of global batch `t`, run the step (forward, zero grad, loss, backward,
/// optimizer step) and record its loss in the debiased 0.98 moving average; then validate (the
/// unweighted mean of per-batch losses) and record the epoch's row with its wall-clock seconds.
///
/// A non-finite training loss stops the fit **before** the optimizer step of that batch is
/// recorded, naming the epoch and batch (``CollabError/nonFiniteLoss(epoch:batch:batches:loss:lr:)``);
/// a non-finite validation loss stops it after the epoch
/// (``CollabError/nonFiniteValidationLoss(epoch:loss:lr:)``). Either way the epoch that diverged
/// has its row in `history` (with the non-finite loss), after the rows recorded before.
public enum FitLoop {
    /// Runs `epochs` epochs, appending to `history` (a fresh one per fit call, so the moving
    /// average restarts with each call as in fastai).
    /// - Parameters:
    ///   - learningRate: the rate for global batch `t` (from 0, counted across the fit's epochs).
    ///   - trainingBatches: the batches of epoch `e` (from 0), in the order to train on them.
    ///   - step: trains on one batch at the given rate and returns the batch loss. It must not
    ///     update the parameters when that loss is not finite (check before stepping).
    ///   - validate: the validation loss, or nil when there is no validation set.
    ///   - checkCancellation: called before every batch and before validation; throwing stops
    ///     the fit (e.g. a cell's timeout).
    /// - Throws: ``CollabError/nonFiniteLoss(epoch:batch:batches:loss:lr:)``,
    ///   ``CollabError/nonFiniteValidationLoss(epoch:loss:lr:)``, and whatever the closures throw.
    public static func run<Batch>(
        epochs: Int, history: inout TrainingHistory,
        reporter: (any FitProgressReporter)? = nil,
        learningRate: (Int) throws -> Double,
        trainingBatches: (Int) throws -> [Batch],
        step: (Batch, Double) throws -> Double,
        validate: () throws -> Double?,
        checkCancellation: () throws -> Void = {}
    ) throws {
        reporter?.fitWillBegin(epochs: epochs)
        do {
            let clock = ContinuousClock()
            var t = 0
            var lastLR: Double?
            for epoch in 0..<Swift.max(epochs, 0) {
                let start = clock.now
                let batches = try trainingBatches(epoch)
                reporter?.epochWillBegin(epoch: epoch, batches: batches.count)
                for (b, batch) in batches.enumerated() {
                    try checkCancellation()
                    let lr = try learningRate(t)
                    let loss = try step(batch, lr)
                    guard loss.isFinite else {
                        // The epoch that diverged keeps its row (training loss `loss`, no validation).
                        let record = history.recordStoppedEpoch(trnLoss: loss, seconds: seconds(clock.now - start))
                        reporter?.epochDidEnd(record, epochs: epochs)
                        throw CollabError.nonFiniteLoss(epoch: epoch, batch: b + 1, batches: batches.count, loss: loss, lr: lr)
                    }
                    lastLR = lr
                    let smoothed = history.recordBatch(loss: loss, lr: lr)
                    t += 1
                    reporter?.batchDidEnd(
                        epoch: epoch, batch: b + 1, batches: batches.count,
                        smoothedLoss: smoothed, seconds: seconds(clock.now - start))
                }
                try checkCancellation()
                let valLoss = try validate()
                let record = history.recordEpoch(valLoss: valLoss, seconds: seconds(clock.now - start))
                reporter?.epochDidEnd(record, epochs: epochs)
                if let valLoss, !valLoss.isFinite {
                    throw CollabError.nonFiniteValidationLoss(epoch: epoch, loss: valLoss, lr: lastLR)
                }
            }
        } catch {
            reporter?.fitDidEnd(error: error)
            throw error
        }
        reporter?.fitDidEnd(error: nil)
    }

    /// A duration in seconds.
    static func seconds(_ d: Duration) -> Double {
        let (s, atto) = d.components
        return Double(s) + Double(atto) * 1e-18
    }
}
