/// Equal-width binning with numpy's semantics (`np.histogram(a, bins=n)`, numpy/lib/_histograms_impl.py):
/// the range is [min, max] of the finite values (widened to [v − 0.5, v + 0.5] when they are all equal),
/// edges come from `np.linspace(min, max, n + 1)`, every bin is half-open [a, b) except the last, which is
/// closed [a, b]. Index computation and its ±1 corrections against the edges are copied from numpy, so
/// values on an edge land where numpy puts them.
///
/// Unlike numpy, NaN and ±∞ are not an error: they are left out and counted in `nonFinite`.
public struct Histogram: Sendable, Equatable {
    /// Bin edges, `bins + 1` ascending values (empty when there were no finite values).
    public var edges: [Double]
    /// Values per bin, `bins` entries (all zero when there were no finite values).
    public var counts: [Int]
    /// NaN and infinite inputs left out.
    public var nonFinite: Int

    /// Largest accepted bin count; larger requests are clamped to it.
    public static let maxBins = 10_000

    public init(edges: [Double], counts: [Int], nonFinite: Int) {
        self.edges = edges
        self.counts = counts
        self.nonFinite = nonFinite
    }

    /// Bins `values` into `bins` equal-width bins (`bins` clamped to 1...`maxBins`) over
    /// `range` (numpy's `range=(lower, upper)`: values outside it are ignored, and not counted
    /// anywhere) or, when nil or not a finite increasing interval, over the finite values' [min, max].
    public init(_ values: [Double], bins: Int = 10, range: (lower: Double, upper: Double)? = nil) {
        let n = min(max(bins, 1), Histogram.maxBins)
        var finite = values.filter(\.isFinite)
        nonFinite = values.count - finite.count
        counts = Array(repeating: 0, count: n)
        var first: Double
        var last: Double
        if let range, range.lower.isFinite, range.upper.isFinite, range.lower < range.upper {
            (first, last) = range
            finite = finite.filter { $0 >= first && $0 <= last }
        } else {
            guard let lo = finite.min(), let hi = finite.max() else {
                edges = []
                return
            }
            (first, last) = lo == hi ? (lo - 0.5, hi + 0.5) : (lo, hi)
        }
        edges = Histogram.linspace(first, last, count: n + 1)
        let denominator = last - first
        for v in finite {
            let f = (v - first) / denominator * Double(n)
            var i = f.isFinite ? Int(min(max(f, 0), Double(n))) : 0
            if i == n { i -= 1 }
            if v < edges[i] { i -= 1 }
            i = min(max(i, 0), n - 1)
            if i != n - 1 && v >= edges[i + 1] { i += 1 }
            counts[i] += 1
        }
    }

    /// `np.linspace(start, stop, count)` with `endpoint=True`: `i × step + start`, the last value set to `stop`.
    public static func linspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        guard count > 1 else { return count == 1 ? [start] : [] }
        let div = Double(count - 1)
        let delta = stop - start
        let step = delta / div
        var y = (0..<count).map { i -> Double in
            step == 0 ? Double(i) / div * delta + start : Double(i) * step + start
        }
        y[count - 1] = stop
        return y
    }
}
