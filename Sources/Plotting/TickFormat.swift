import Foundation

/// Tick labels written exactly from a `TickSpec`'s integer form, so they carry no float noise.
///
/// Style (like matplotlib's `ScalarFormatter` and d3's `tickFormat`): every label on an axis has the
/// same number of decimals, the step's (`0.0, 0.2, … 1.0`); negatives use the minus sign U+2212.
/// When the largest |tick| is ≥ 1e6 or below 1e-3 the axis switches to short scientific notation
/// for every non-zero label (`1e-5`, `1.5e-5`, `2e6`); zero stays `0`.
public enum TickFormat {
    /// The minus sign used in labels (U+2212, as matplotlib and d3 do).
    public static let minus = "\u{2212}"

    /// Labels for every tick of `spec`, in order.
    public static func labels(_ spec: TickSpec) -> [String] {
        guard spec.last >= spec.first else { return [] }
        let indices = Array(spec.first...spec.last)
        let largest = indices.map { abs($0) }.max() ?? 0
        let largestValue = abs(spec.value(largest))
        let scientific = largestValue >= 1e6 || (largestValue > 0 && largestValue < 1e-3)
        return indices.map { i in
            let n = i * spec.mantissa
            return scientific ? self.scientific(n, power: spec.power) : plain(n, power: spec.power)
        }
    }

    /// `n × 10^power` in positional notation with `max(0, −power)` decimals: `plain(3, power: -1)` = `"0.3"`.
    public static func plain(_ n: Int, power: Int) -> String {
        let sign = n < 0 ? minus : ""
        let digits = String(n.magnitude)
        if power >= 0 {
            return sign + digits + (n == 0 ? "" : String(repeating: "0", count: power))
        }
        let decimals = -power
        let padded =
            digits.count <= decimals
            ? String(repeating: "0", count: decimals - digits.count + 1) + digits
            : digits
        let body = padded.dropLast(decimals) + "." + padded.suffix(decimals)
        return (n == 0 ? "" : sign) + body
    }

    /// `n × 10^power` as `d[.ddd]e±k` with no trailing zeros: `scientific(15, power: -6)` = `"1.5e-5"`.
    public static func scientific(_ n: Int, power: Int) -> String {
        if n == 0 { return "0" }
        var digits = String(n.magnitude)
        var exponent = power
        while digits.count > 1, digits.last == "0" {
            digits.removeLast()
            exponent += 1
        }
        exponent += digits.count - 1
        let head = String(digits.prefix(1))
        let tail = String(digits.dropFirst())
        let mantissa = tail.isEmpty ? head : head + "." + tail
        return (n < 0 ? minus : "") + mantissa + "e" + (exponent < 0 ? "-" : "") + String(exponent.magnitude)
    }

    /// A compact label for a value that is not on a tick grid (single values, degenerate ranges):
    /// at most 6 significant digits, `%g`-style, exponent without padding (`1e-05` → `1e-5`).
    public static func compact(_ x: Double) -> String {
        guard x.isFinite else { return x.isNaN ? "NaN" : (x < 0 ? minus + "∞" : "∞") }
        if x == 0 { return "0" }
        var s = String(format: "%.6g", x)
        if let e = s.firstIndex(of: "e") {
            var mantissa = String(s[..<e])
            var exponent = String(s[s.index(after: e)...])
            if mantissa.contains(".") {
                while mantissa.last == "0" { mantissa.removeLast() }
                if mantissa.last == "." { mantissa.removeLast() }
            }
            let negative = exponent.hasPrefix("-")
            exponent = String(exponent.drop { $0 == "+" || $0 == "-" || $0 == "0" })
            s = mantissa + "e" + (negative ? "-" : "") + (exponent.isEmpty ? "0" : exponent)
        } else if s.contains(".") {
            while s.last == "0" { s.removeLast() }
            if s.last == "." { s.removeLast() }
        }
        return s.replacingOccurrences(of: "-", with: minus, options: .anchored)
    }
}
