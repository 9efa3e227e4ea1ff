#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What one `fit` call records, as fastai 0.7's `fit` (`fastai/model.py`) and its `LossRecorder`
/// (`learn.sched`, `fastai/sgdr.py`) do (docs/lesson5-semantics.md §9).
///
/// - Training loss: a debiased exponential moving average of the per-batch loss,
///   `avg = 0.98·avg + 0.02·loss`, `debiased = avg / (1 − 0.98^batchNum)` with `batchNum`
///   counting from 1. It continues across the epochs of one fit and restarts with each fit
///   (create a new history per fit call). An epoch's `trnLoss` is the debiased value after its
///   last batch. Arithmetic in Double, as fastai's Python floats.
/// - Validation loss: the **unweighted** mean of the per-batch MSEs (a partial last batch counts
///   as much as a full one), as the Dec-2017 `validate`.
/// - Per-batch records (global iteration, lr, raw loss, debiased loss) for the loss and lr plots.
public struct TrainingHistory: Sendable, Equatable {
    /// fastai's `avg_mom`.
    public static let momentum = 0.98

    /// One line of fit's printed table: `[epoch, trn_loss, val_loss]` plus the epoch's wall time.
    public struct EpochRecord: Sendable, Equatable {
        /// Epoch number within the fit, from 0.
        public let epoch: Int
        /// Debiased smoothed training loss after the epoch's last batch.
        public let trnLoss: Double
        /// Validation loss (nil when there was no validation set).
        public let valLoss: Double?
        /// Wall-clock seconds the epoch took (training and validation).
        public let seconds: Double

        public init(epoch: Int, trnLoss: Double, valLoss: Double?, seconds: Double) {
            (self.epoch, self.trnLoss, self.valLoss, self.seconds) = (epoch, trnLoss, valLoss, seconds)
        }
    }

    /// One training batch.
    public struct BatchRecord: Sendable, Equatable {
        /// Global batch index within the fit, from 0.
        public let iteration: Int
        /// Learning rate used for the batch.
        public let lr: Double
        /// The batch's loss as computed.
        public let loss: Double
        /// The debiased moving average after this batch (what fastai's `sched.plot_loss` shows).
        public let smoothedLoss: Double
    }

    /// Completed epochs, in order.
    public private(set) var epochs: [EpochRecord] = []
    /// Training batches, in order (fastai `sched.lrs` / `sched.losses`).
    public private(set) var batches: [BatchRecord] = []
    /// The raw moving average (fastai `avg_loss`).
    public private(set) var movingAverage: Double = 0
    /// Batches seen in this fit (fastai `batch_num`).
    public private(set) var batchNum: Int = 0

    /// An empty history: the state at the start of a fit call.
    public init() {}

    /// The current debiased training loss, `avg / (1 − 0.98^batchNum)`; nil before any batch.
    public var smoothedLoss: Double? {
        guard batchNum > 0 else { return nil }
        return Self.debias(movingAverage, batchNum: batchNum)
    }

    /// Records one training batch and returns the debiased moving average after it.
    /// - Parameters:
    ///   - loss: the batch loss (e.g. its MSE).
    ///   - lr: the learning rate the batch used.
    @discardableResult
    public mutating func recordBatch(loss: Double, lr: Double) -> Double {
        batchNum += 1
        movingAverage = movingAverage * Self.momentum + loss * (1 - Self.momentum)
        let debiased = Self.debias(movingAverage, batchNum: batchNum)
        batches.append(BatchRecord(iteration: batches.count, lr: lr, loss: loss, smoothedLoss: debiased))
        return debiased
    }

    /// Closes an epoch: its `trnLoss` is the current ``smoothedLoss`` (NaN if the epoch had no
    /// batch), its number the count of epochs recorded so far.
    @discardableResult
    public mutating func recordEpoch(valLoss: Double?, seconds: Double) -> EpochRecord {
        let record = EpochRecord(epoch: epochs.count, trnLoss: smoothedLoss ?? .nan, valLoss: valLoss, seconds: seconds)
        epochs.append(record)
        return record
    }

    /// Closes an epoch that a non-finite training loss stopped: its `trnLoss` is that loss (the
    /// moving average would hide which batch diverged), and it has no validation loss.
    @discardableResult
    public mutating func recordStoppedEpoch(trnLoss: Double, seconds: Double) -> EpochRecord {
        let record = EpochRecord(epoch: epochs.count, trnLoss: trnLoss, valLoss: nil, seconds: seconds)
        epochs.append(record)
        return record
    }

    /// `avg / (1 − 0.98^batchNum)`, the bias correction of an average started at 0.
    public static func debias(_ average: Double, batchNum: Int) -> Double {
        average / (1 - pow098(batchNum))
    }

    /// The validation loss: the unweighted mean of per-batch losses (fastai 0.7 `validate`:
    /// `np.mean(losses)`). nil for no batches.
    public static func validationLoss(batchLosses: [Double]) -> Double? {
        guard !batchLosses.isEmpty else { return nil }
        return batchLosses.reduce(0, +) / Double(batchLosses.count)
    }

    /// 0.98ⁿ with libm's `pow`, as Python's `0.98**n` (CPython calls C `pow`).
    private static func pow098(_ n: Int) -> Double {
        pow(momentum, Double(n))
    }
}
