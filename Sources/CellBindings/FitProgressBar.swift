// The progress a fit shows while it runs (on standard error, never in the report).

import Collab
import Foundation

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

    /// A reporter that shows nothing (`verbose: false`).
    static var silent: any FitProgressReporter { Silent() }
    private final class Silent: FitProgressReporter {}

    /// This bar, or a silent one.
    static func reporter(verbose: Bool) -> any FitProgressReporter { verbose ? FitProgressBar() : silent }

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
