/// Hears a fit's progress, for a live display. The training loop calls it; it never prints
/// anything itself (the command line or the cell runtime implements the rendering).
///
/// Every method has an empty default, so a reporter implements only what it shows.
public protocol FitProgressReporter: AnyObject {
    /// A fit of `epochs` epochs starts.
    func fitWillBegin(epochs: Int)
    /// Epoch `epoch` (from 0) starts with `batches` training batches.
    func epochWillBegin(epoch: Int, batches: Int)
    /// Training batch `batch` (from 1) of `batches` ended; `smoothedLoss` is the debiased moving
    /// average so far and `seconds` the time since the epoch started.
    func batchDidEnd(epoch: Int, batch: Int, batches: Int, smoothedLoss: Double, seconds: Double)
    /// An epoch ended, validation included; `record` is its row of the fit's table.
    func epochDidEnd(_ record: TrainingHistory.EpochRecord, epochs: Int)
    /// The fit ended, normally (`error` nil) or with an error.
    func fitDidEnd(error: (any Error)?)
}

extension FitProgressReporter {
    public func fitWillBegin(epochs: Int) {}
    public func epochWillBegin(epoch: Int, batches: Int) {}
    public func batchDidEnd(epoch: Int, batch: Int, batches: Int, smoothedLoss: Double, seconds: Double) {}
    public func epochDidEnd(_ record: TrainingHistory.EpochRecord, epochs: Int) {}
    public func fitDidEnd(error: (any Error)?) {}
}
