// bench-collab: times the lesson's cell-14 recipe on MovieLens 100K with our learner, for
// `make bench-collab` (which runs scripts/bench_collab_torch.py beside it and prints the ratio).
//
// Recipe: CollabFilterDataset.fromCSV; cvIdxs(n) (20%, seed 42); nFactors 50, bs 64, Adam;
// fit(lr 1e-2, nCycle 2, wds 2e-4, cycleLen 1, cycleMult 2) = 3 epochs of SGDR.
// Output: one line per epoch, then `ours-summary: seconds_per_epoch S val_loss V peak_mb M`
// (peak resident memory from getrusage, the same measure the PyTorch script prints).
import Collab
import Tensors

#if canImport(Glibc)
import Glibc
#endif

let arguments = CommandLine.arguments
let path = arguments.count > 1 ? arguments[1] : "data/ml-100k/ratings.csv"
let seed = arguments.count > 2 ? UInt64(arguments[2]) ?? 42 : 42

do {
    let clock = ContinuousClock()
    let loadStart = clock.now
    let cf = try CollabFilterDataset.fromCSV(path: path)
    let learn = try cf.learner(
        nFactors: 50, valIdxs: cvIdxs(cf.count), batchSize: 64, optimizer: .adam,
        generator: RandomGenerator(seed: seed))
    let loadTime = clock.now - loadStart
    let rows = try learn.fit(lr: 1e-2, nCycle: 2, wds: 2e-4, cycleLen: 1, cycleMult: 2)
    for r in rows {
        let line = "ours epoch \(r.epoch): trn_loss \(fmt(r.trnLoss, 5)) val_loss \(fmt(r.valLoss ?? .nan, 5)) seconds \(fmt(r.seconds, 3))"
        print(line)
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let peakMB = Double(usage.ru_maxrss) / 1024
    let perEpoch = rows.map(\.seconds).reduce(0, +) / Double(max(rows.count, 1))
    print(
        "ours-summary: seconds_per_epoch \(fmt(perEpoch, 4)) val_loss \(fmt(rows.last?.valLoss ?? .nan, 5)) "
            + "peak_mb \(fmt(peakMB, 1)) load_seconds \(fmt(Double(loadTime.components.seconds) + Double(loadTime.components.attoseconds) * 1e-18, 3))")
} catch {
    print("bench-collab: error: \(error)")
    exit(1)
}

/// `x` with `digits` decimals.
func fmt(_ x: Double, _ digits: Int) -> String {
    guard x.isFinite else { return "\(x)" }
    var p = 1.0
    for _ in 0..<digits { p *= 10 }
    let r = (x * p).rounded() / p
    var s = String(r)
    if let dot = s.firstIndex(of: "."), !s.contains("e") {
        let have = s.distance(from: dot, to: s.endIndex) - 1
        if have < digits { s += String(repeating: "0", count: digits - have) }
    }
    return s
}
