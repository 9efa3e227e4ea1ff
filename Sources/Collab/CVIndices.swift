/// The validation row indices fastai 0.7 picks: `get_cv_idxs(n, cv_idx=0, val_pct, seed)`
/// (`fastai/dataset.py`), i.e. `np.random.seed(seed); np.random.permutation(n)[:int(valPct·n)]`,
/// reproduced exactly with ``MT19937`` (docs/lesson5-semantics.md §1).
///
/// - Parameters:
///   - n: number of rows (≤ 0 gives `[]`).
///   - valPct: the validation fraction; the count is `int(valPct·n)` (truncated toward zero, as
///     Python's `int`), clamped to `0...n`.
///   - seed: numpy's integer seed.
/// - Returns: `int(valPct·n)` distinct indices in `0..<n`, in permutation order (not sorted).
///
/// Unlike numpy, this does not touch any global generator state.
public func cvIdxs(_ n: Int, valPct: Double = 0.2, seed: UInt32 = 42) -> [Int] {
    guard n > 0 else { return [] }
    let product = valPct * Double(n)
    let nVal: Int
    if product.isNaN || product <= 0 {
        nVal = 0
    } else if product >= Double(n) {
        nVal = n
    } else {
        nVal = Int(product.rounded(.towardZero))
    }
    var generator = MT19937(seed: seed)
    return Array(generator.permutation(n).prefix(nVal))
}
