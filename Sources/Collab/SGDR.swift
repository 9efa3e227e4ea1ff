#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// fastai 0.7's SGDR (stochastic gradient descent with warm restarts), docs/lesson5-semantics.md §8.
// Sources: `fastai/learner.py` (`fit_gen`: `n_epoch = sum_geom(cycle_len, cycle_mult, n_cycle)`
// when `cycle_len` is given, else `n_cycle`), `fastai/core.py` (`sum_geom`), `fastai/sgdr.py`
// (`LR_Updater`, `CosAnneal`) at fastai commits 0ce07459 … 6768875b.
//
// How fastai steps it. `CosAnneal(layer_opt, nb = batches_per_epoch·cycle_len, cycle_mult)`
// holds `iteration` (global batch counter, from 0) and `cycle_iter` (from 0). `calc_lr` is called
// once in `on_train_begin` (for batch 0) and then after every batch (for the next one):
//
//     if iteration < nb/20:            # warm-up; nb is the CURRENT cycle's length, iteration GLOBAL
//         cycle_iter += 1; return init_lr/100
//     cos_out = cos(π·cycle_iter/nb) + 1
//     cycle_iter += 1
//     if cycle_iter == nb: cycle_iter = 0; nb *= cycle_mult        # restart
//     return init_lr/2·cos_out
//
// (`on_train_begin` runs twice in the Dec-2017 code; each resets cycle_iter to 0 and calls calc_lr
// once, so the net state before batch 1 is still cycle_iter = 1.)
//
// Closed form used here. Cycle c has length nb_c = B·cycleLen·cycleMult^c batches and starts at
// s_c = nb_0 + … + nb_{c−1}. The warm-up branch also increments cycle_iter, and it can only run
// while t < nb_c/20 < nb_c, so it never skips a restart; hence before the call for batch t,
// cycle_iter = t − s_c where c is the cycle with s_c ≤ t < s_c + nb_c, and
//
//     lr(t) = init/100                                   if t < nb_c/20   (real division)
//           = init/2·(1 + cos(π·(t − s_c)/nb_c))         otherwise.
//
// Example (ML-100K, B = 1,250, lr 0.01, cycleLen 1, cycleMult 2, nCycle 2): epochs =
// sum_geom(1, 2, 2) = ceil(1·(1−2²)/(1−2)) = 3. Cycle 0: nb = 1250, s = 0; t = 0…62 give 1e-4
// (62 < 62.5, 63 ≥ 62.5); t = 63 gives 0.005·(1+cos(π·63/1250)); t = 1249 gives
// 0.005·(1+cos(π·1249/1250)). Cycle 1: nb = 2500, s = 1250; t = 1250 gives 0.005·(1+cos 0) = 0.01
// with no warm-up since 1250 ≥ 2500/20 = 125; t = 3749 gives 0.005·(1+cos(π·2499/2500)).

/// fastai's `sum_geom(a, r, n)`: `a·n` when `r == 1`, else `ceil(a·(1−rⁿ)/(1−r))`
/// = `a·(1 + r + … + r^(n−1))`, computed exactly in integers. Used for the number of epochs of
/// `fit(lr, n_cycle, cycle_len=a, cycle_mult=r)`.
/// - Returns: nil when the result overflows `Int` or an argument is negative.
public func sumGeom(_ a: Int, _ r: Int, _ n: Int) -> Int? {
    guard a >= 0, r >= 0, n >= 0 else { return nil }
    var total = 0
    var term = a
    for k in 0..<n {
        let (sum, overflow) = total.addingReportingOverflow(term)
        if overflow { return nil }
        total = sum
        if k + 1 < n {
            let (next, overflowMul) = term.multipliedReportingOverflow(by: r)
            if overflowMul { return nil }
            term = next
        }
    }
    return total
}

/// fastai 0.7's `CosAnneal` learning rate for each global batch index (see the derivation at the
/// top of SGDR.swift): a warm-up at `lr/100` while `t < nb/20`, then `lr/2·(1 + cos(π·i/nb))`
/// within each cycle, restarting with `nb *= cycleMult`.
public struct CosineAnnealing: Sendable, Equatable {
    /// Training batches per epoch (B).
    public let batchesPerEpoch: Int
    /// Epochs in the first cycle (fastai `cycle_len`).
    public let cycleLen: Int
    /// Growth of each next cycle's length (fastai `cycle_mult`).
    public let cycleMult: Int

    /// - Throws: ``CollabError/invalidScheduleParameter(name:value:expected:)`` unless
    ///   `batchesPerEpoch`, `cycleLen` and `cycleMult` are at least 1 (and B·cycleLen fits an Int).
    public init(batchesPerEpoch: Int, cycleLen: Int, cycleMult: Int = 1) throws {
        guard batchesPerEpoch >= 1 else {
            throw CollabError.invalidScheduleParameter(name: "batchesPerEpoch", value: batchesPerEpoch, expected: "at least 1")
        }
        guard cycleLen >= 1 else {
            throw CollabError.invalidScheduleParameter(name: "cycleLen", value: cycleLen, expected: "at least 1")
        }
        guard cycleMult >= 1 else {
            throw CollabError.invalidScheduleParameter(name: "cycleMult", value: cycleMult, expected: "at least 1")
        }
        guard !batchesPerEpoch.multipliedReportingOverflow(by: cycleLen).overflow else {
            throw CollabError.invalidScheduleParameter(name: "cycleLen", value: cycleLen, expected: "small enough that batchesPerEpoch·cycleLen fits an Int")
        }
        self.batchesPerEpoch = batchesPerEpoch
        self.cycleLen = cycleLen
        self.cycleMult = cycleMult
    }

    /// The cycle holding global batch `t`: its start `s_c` and length `nb_c` in batches.
    public func cycle(containing t: Int) -> (start: Int, length: Int) {
        let t = Swift.max(t, 0)
        var length = batchesPerEpoch * cycleLen
        if cycleMult == 1 { return ((t / length) * length, length) }
        var start = 0
        while t - start >= length {
            start += length
            let (next, overflow) = length.multipliedReportingOverflow(by: cycleMult)
            if overflow { break }
            length = next
        }
        return (start, length)
    }

    /// The learning rate for the batch with global index `t` (0-based, counted across epochs of
    /// one `fit` call), for a base rate `lr` (fastai `init_lrs`). Negative `t` is treated as 0.
    public func learningRate(at t: Int, baseLR lr: Double) -> Double {
        let t = Swift.max(t, 0)
        let (start, nb) = cycle(containing: t)
        if Double(t) < Double(nb) / 20 { return lr / 100 }
        let cosOut = cos(Double.pi * Double(t - start) / Double(nb)) + 1
        return lr / 2 * cosOut
    }
}

/// The learning-rate plan of one `fit(lr, nCycle, cycleLen:, cycleMult:)` call (fastai 0.7
/// `Learner.fit`): with `cycleLen`, SGDR over `sumGeom(cycleLen, cycleMult, nCycle)` epochs;
/// without, a constant rate for `nCycle` epochs.
public struct SGDRSchedule: Sendable, Equatable {
    /// fastai `n_cycle`.
    public let nCycle: Int
    /// fastai `cycle_len`; nil for a constant rate.
    public let cycleLen: Int?
    /// fastai `cycle_mult`.
    public let cycleMult: Int
    /// Number of epochs the fit runs.
    public let epochs: Int

    /// - Throws: ``CollabError/invalidScheduleParameter(name:value:expected:)`` for `nCycle < 0`,
    ///   `cycleLen < 1`, `cycleMult < 1`, or an epoch count that overflows.
    public init(nCycle: Int, cycleLen: Int? = nil, cycleMult: Int = 1) throws {
        guard nCycle >= 0 else {
            throw CollabError.invalidScheduleParameter(name: "nCycle", value: nCycle, expected: "at least 0")
        }
        guard cycleMult >= 1 else {
            throw CollabError.invalidScheduleParameter(name: "cycleMult", value: cycleMult, expected: "at least 1")
        }
        if let cycleLen {
            guard cycleLen >= 1 else {
                throw CollabError.invalidScheduleParameter(name: "cycleLen", value: cycleLen, expected: "at least 1")
            }
            guard let epochs = sumGeom(cycleLen, cycleMult, nCycle) else {
                throw CollabError.invalidScheduleParameter(name: "nCycle", value: nCycle, expected: "small enough that the epoch count fits an Int")
            }
            self.epochs = epochs
        } else {
            self.epochs = nCycle
        }
        self.nCycle = nCycle
        self.cycleLen = cycleLen
        self.cycleMult = cycleMult
    }

    /// The annealing for `batchesPerEpoch`, or nil for a constant rate.
    /// - Throws: as ``CosineAnnealing/init(batchesPerEpoch:cycleLen:cycleMult:)``.
    public func annealing(batchesPerEpoch: Int) throws -> CosineAnnealing? {
        guard let cycleLen else { return nil }
        return try CosineAnnealing(batchesPerEpoch: batchesPerEpoch, cycleLen: cycleLen, cycleMult: cycleMult)
    }

    /// The learning rate for global batch `t`: `lr` itself without `cycleLen`.
    /// - Throws: as ``annealing(batchesPerEpoch:)``.
    public func learningRate(at t: Int, baseLR lr: Double, batchesPerEpoch: Int) throws -> Double {
        guard let annealing = try annealing(batchesPerEpoch: batchesPerEpoch) else { return lr }
        return annealing.learningRate(at: t, baseLR: lr)
    }
}
