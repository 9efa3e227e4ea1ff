import Foundation

/// How a continuous axis maps data to position: evenly (`linear`) or by powers of ten (`log`), as
/// matplotlib's `ax.set_xscale('log')`. A log axis draws the base-10 logarithm of each value, so
/// equal ratios take equal room; values ≤ 0 have no logarithm and are left out and counted in a note.
public enum AxisScale: String, Sendable, CaseIterable {
    case linear
    case log

    /// The position-space value of `v`: `v` itself (linear) or `log10(v)` (log; NaN for `v ≤ 0`).
    public func transform(_ v: Double) -> Double {
        switch self {
        case .linear: v
        case .log: v > 0 ? Foundation.log10(v) : .nan
        }
    }

    /// How many finite values of `values` this scale cannot draw (those ≤ 0 on a log axis).
    func undrawable(_ values: [Double]) -> Int {
        guard self == .log else { return 0 }
        return values.reduce(0) { $0 + ($1.isFinite && $1 <= 0 ? 1 : 0) }
    }

    /// Ticks for a domain given in position space (for `log`, exponents: `-3...1` is 0.001 to 10).
    /// Linear: `Axis.linearTicks`. Log: one tick per power of ten inside the domain, labelled `0.01`,
    /// `1`, `100` (`1e-5`, `1e6` beyond four digits); when fewer than three fit, 2× and 5× each power
    /// are added; a domain narrower than that gets linear ticks on the values, placed logarithmically.
    /// Tick values are in position space.
    public func ticks(domain: (lower: Double, upper: Double), count: Int) -> [TickMark] {
        guard self == .log else { return Axis.linearTicks(domain: domain, count: count) }
        let (lo, hi) = domain
        guard lo.isFinite, hi.isFinite, hi > lo, hi - lo < 600 else { return Axis.linearTicks(domain: domain, count: count) }
        let first = Int(lo.rounded(.up))
        let last = Int(hi.rounded(.down))
        var ticks: [TickMark] = []
        if last >= first {
            let stride = max(1, (last - first + 1 + max(count, 2) - 1) / max(count, 2))
            for k in Swift.stride(from: first, through: last, by: stride) {
                ticks.append(TickMark(value: Double(k), label: Self.powerLabel(1, k)))
            }
        }
        if ticks.count < 3 {
            var finer: [TickMark] = []
            for k in (first - 1)...(last + 1) {
                for m in [1, 2, 5] {
                    let v = Foundation.log10(Double(m)) + Double(k)
                    if v >= lo && v <= hi { finer.append(TickMark(value: v, label: Self.powerLabel(m, k))) }
                }
            }
            if finer.count >= 2 { ticks = finer }
        }
        if ticks.count < 2 {
            let values = Axis.linearTicks(domain: (pow(10, lo), pow(10, hi)), count: count)
            ticks = values.filter { $0.value > 0 }.map { TickMark(value: Foundation.log10($0.value), label: $0.label) }
        }
        return ticks
    }

    /// `m × 10^k` written plainly (`0.002`, `50`) for −4 ≤ k ≤ 4, else as `2e-5`, `1e6`.
    static func powerLabel(_ m: Int, _ k: Int) -> String {
        (-4...4).contains(k) ? TickFormat.plain(m, power: k) : "\(m)e" + (k < 0 ? TickFormat.minus + String(-k) : String(k))
    }
}
