import Foundation

/// A run of evenly spaced, readable tick values `i × step` for `i` in `first...last`, where
/// `step = mantissa × 10^power` and `mantissa` is 1, 2 or 5 (the "1-2-5" steps of d3's `ticks` and
/// matplotlib's `MaxNLocator`). Keeping the integer form lets labels be written exactly
/// (`0.3`, never `0.30000000000000004`).
public struct TickSpec: Sendable, Equatable {
    /// Index of the first and last tick: the ticks are `first × step … last × step`.
    public var first: Int
    public var last: Int
    /// 1, 2 or 5.
    public var mantissa: Int
    /// Decimal exponent of the step.
    public var power: Int

    /// The step as a Double (`mantissa × 10^power`).
    public var step: Double { Ticks.scaled(mantissa, power: power) }

    /// The `i`-th tick value, computed as d3 does (`i / (10^-power / mantissa)` for negative powers,
    /// `i × mantissa × 10^power` otherwise) so common values are the nearest Double to the decimal.
    public func value(_ i: Int) -> Double {
        if power < 0 {
            return Double(i) / (Ticks.powerOfTen(-power) / Double(mantissa))
        }
        return Double(i) * Ticks.scaled(mantissa, power: power)
    }

    /// All tick values, ascending (empty when `last < first`).
    public var values: [Double] {
        last < first ? [] : (first...last).map(value)
    }
}

/// Tick generation, following d3-array's `tickSpec`/`ticks` and d3-scale's `linear.nice`
/// (github.com/d3/d3-array/blob/main/src/ticks.js): the raw step `(stop − start) / count` is rounded to
/// 1, 2, 5 or 10 × 10^k using the thresholds √50, √10, √2 on its mantissa.
public enum Ticks {
    /// Largest tick index accepted; beyond it Doubles no longer hold `i × step` exactly.
    static let maxIndex = 1 << 50
    /// Largest `count` honoured (larger requests are clamped), so a tick list stays small.
    public static let maxCount = 1000

    /// The d3 tick spec for `start...stop` aiming at about `count` intervals, or nil when no finite
    /// readable step exists (non-finite bounds, `stop <= start`, `count < 1`, spans so small or large
    /// that the step under- or overflows). `count` is clamped to `maxCount`.
    public static func spec(_ start: Double, _ stop: Double, count: Int) -> TickSpec? {
        guard start.isFinite, stop.isFinite, stop > start, count >= 1 else { return nil }
        let count = min(count, maxCount)
        var spec = rawSpec(start, stop, count: Double(count))
        if let s = spec, s.last < s.first, count < 2 {
            spec = rawSpec(start, stop, count: Double(count) * 2)
        }
        return spec
    }

    private static func rawSpec(_ start: Double, _ stop: Double, count: Double) -> TickSpec? {
        let rawStep = (stop - start) / count
        guard rawStep.isFinite, rawStep >= Double.leastNormalMagnitude else { return nil }
        var power = Int(log10(rawStep).rounded(.down))
        let error = rawStep / powerOfTen(power)
        var mantissa: Int
        if error >= 50.0.squareRoot() {
            mantissa = 10
        } else if error >= 10.0.squareRoot() {
            mantissa = 5
        } else if error >= 2.0.squareRoot() {
            mantissa = 2
        } else {
            mantissa = 1
        }
        if mantissa == 10 { mantissa = 1; power += 1 }
        var first: Double
        var last: Double
        if power < 0 {
            let inc = powerOfTen(-power) / Double(mantissa)
            guard inc.isFinite else { return nil }
            first = jsRound(start * inc)
            last = jsRound(stop * inc)
            if first / inc < start { first += 1 }
            if last / inc > stop { last -= 1 }
        } else {
            let inc = scaled(mantissa, power: power)
            guard inc.isFinite else { return nil }
            first = jsRound(start / inc)
            last = jsRound(stop / inc)
            if first * inc < start { first += 1 }
            if last * inc > stop { last -= 1 }
        }
        let limit = Double(maxIndex)
        guard abs(first) <= limit, abs(last) <= limit else { return nil }
        return TickSpec(first: Int(first), last: Int(last), mantissa: mantissa, power: power)
    }

    /// About `count` readable values inside `start...stop` (both ends included when they fall on a
    /// step). `ticks(0, 1, count: 5)` = 0, 0.2, 0.4, 0.6, 0.8, 1. A zero-width range gives `[start]`;
    /// a range with no readable step gives its two ends; non-finite bounds give `[]`.
    public static func values(_ start: Double, _ stop: Double, count: Int = 5) -> [Double] {
        guard start.isFinite, stop.isFinite else { return [] }
        if start == stop { return [start] }
        let (lo, hi) = start < stop ? (start, stop) : (stop, start)
        guard let spec = spec(lo, hi, count: count) else { return [lo, hi] }
        return spec.values
    }

    /// Extends `start...stop` outward to multiples of the tick step, like d3's `linear.nice(count)`:
    /// `nice(0, 97, count: 5)` = `(0, 100)`. Returns the input unchanged when it cannot be made nice
    /// (non-finite result, empty or inverted range).
    public static func nice(_ start: Double, _ stop: Double, count: Int = 5) -> (Double, Double) {
        var lo = start
        var hi = stop
        var previous: TickSpec?
        for _ in 0..<10 {
            guard let spec = spec(lo, hi, count: count) else { break }
            let sameStep = previous.map { $0.mantissa == spec.mantissa && $0.power == spec.power } ?? false
            if sameStep { break }
            var newLo: Double
            var newHi: Double
            if spec.power < 0 {
                let inc = powerOfTen(-spec.power) / Double(spec.mantissa)
                newLo = (lo * inc).rounded(.down) / inc
                newHi = (hi * inc).rounded(.up) / inc
            } else {
                let step = spec.step
                newLo = (lo / step).rounded(.down) * step
                newHi = (hi / step).rounded(.up) * step
            }
            guard newLo.isFinite, newHi.isFinite else { break }
            lo = newLo
            hi = newHi
            previous = spec
        }
        return (lo, hi)
    }

    /// JavaScript's `Math.round`: halves round up (toward +∞).
    static func jsRound(_ x: Double) -> Double {
        (x + 0.5).rounded(.down)
    }

    /// 10^k, exact for |k| ≤ 22 (k ≥ 0 by repeated multiplication), `pow` beyond.
    static func powerOfTen(_ k: Int) -> Double {
        if k >= 0 && k <= 22 {
            var p = 1.0
            for _ in 0..<k { p *= 10 }
            return p
        }
        return pow(10, Double(k))
    }

    /// `m × 10^k`.
    static func scaled(_ m: Int, power k: Int) -> Double {
        k >= 0 ? Double(m) * powerOfTen(k) : Double(m) / powerOfTen(-k)
    }
}
