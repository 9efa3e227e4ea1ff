/// A linear map from a data interval (the domain) to a pixel interval (the range), like d3's
/// `scaleLinear`. The range may be reversed (SVG's y grows downward: `range: (bottom, top)`).
public struct LinearScale: Sendable, Equatable {
    /// Data interval, `lower < upper` (see `domain(covering:count:)` for how degenerate data is widened).
    public var domain: (lower: Double, upper: Double)
    /// Pixel interval the domain's ends map to.
    public var range: (start: Double, end: Double)

    public init(domain: (lower: Double, upper: Double), range: (start: Double, end: Double)) {
        self.domain = domain
        self.range = range
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }

    /// The pixel position of `value`; a zero-width domain maps everything to the range's middle.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upper - domain.lower
        guard span != 0, span.isFinite else { return (range.start + range.end) / 2 }
        return range.start + (value - domain.lower) / span * (range.end - range.start)
    }

    /// A non-empty domain that covers every finite value in `values`, made "nice" (extended to tick
    /// multiples, d3's `linear.nice(count)`):
    /// - no finite values: `0...1`;
    /// - all values equal to `v`: `v ± 10 %` of |v| (`−1...1` for 0), like matplotlib's `nonsingular`
    ///   with a wider margin, then niced;
    /// - spans so large or small that no finite nice domain exists: the raw min...max.
    public static func domain(covering values: [Double], count: Int = 5) -> (lower: Double, upper: Double) {
        var lo = Double.infinity
        var hi = -Double.infinity
        for v in values where v.isFinite {
            lo = min(lo, v)
            hi = max(hi, v)
        }
        return domain(lower: lo, upper: hi, count: count)
    }

    /// The domain charts draw on, matplotlib's default (`axes.margins` 0.05): the finite values' range
    /// widened by `margin` × its span on each side, so no point sits on the frame. With `stickyZero`
    /// a bound that is exactly 0 is not widened (bars and histograms rise from the axis). Degenerate
    /// data as in `domain(covering:)`: none gives `0...1`, all equal to `v` gives `v ± 10 %` of |v|
    /// (`−1...1` for 0); a widened bound that would overflow stays at the data's bound.
    public static func paddedDomain(covering values: [Double], margin: Double = 0.05, stickyZero: Bool = false) -> (lower: Double, upper: Double) {
        var lo = Double.infinity
        var hi = -Double.infinity
        for v in values where v.isFinite {
            lo = min(lo, v)
            hi = max(hi, v)
        }
        return paddedDomain(lower: lo, upper: hi, margin: margin, stickyZero: stickyZero)
    }

    /// As `paddedDomain(covering:)`, for known bounds (non-finite bounds give `0...1`).
    public static func paddedDomain(lower: Double, upper: Double, margin: Double = 0.05, stickyZero: Bool = false) -> (lower: Double, upper: Double) {
        guard lower.isFinite, upper.isFinite, lower <= upper else { return (0, 1) }
        if lower == upper { return widened(lower) }
        let span = upper - lower
        let pad = span.isFinite ? span * margin : 0
        var lo = stickyZero && lower == 0 ? lower : lower - pad
        var hi = stickyZero && upper == 0 ? upper : upper + pad
        if !lo.isFinite { lo = lower }
        if !hi.isFinite { hi = upper }
        return (lo, hi)
    }

    /// `v ± 10 %` of |v| (`−1...1` for 0), the domain around a single value.
    static func widened(_ v: Double) -> (lower: Double, upper: Double) {
        let pad = v == 0 ? 1 : abs(v) * 0.1
        let lo = max(v - pad, -Double.greatestFiniteMagnitude)
        let hi = min(v + pad, Double.greatestFiniteMagnitude)
        return lo == hi ? (lo, lo.nextUp) : (lo, hi)
    }

    /// As `domain(covering:)`, for known bounds (non-finite bounds give `0...1`).
    public static func domain(lower: Double, upper: Double, count: Int = 5) -> (lower: Double, upper: Double) {
        guard lower.isFinite, upper.isFinite, lower <= upper else { return (0, 1) }
        let (lo, hi) = lower == upper ? widened(lower) : (lower, upper)
        let (nlo, nhi) = Ticks.nice(lo, hi, count: count)
        return (nlo, nhi)
    }
}
