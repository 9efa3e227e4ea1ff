/// Colours used by every chart.
public enum Palette {
    /// matplotlib's default colour cycle, "tab10" (matplotlib/_cm.py `_tab10_data`).
    public static let tab10 = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ]

    /// The `index`-th colour of the cycle (wraps around; negative indices are taken modulo 10).
    public static func categorical(_ index: Int) -> String {
        let n = tab10.count
        return tab10[((index % n) + n) % n]
    }

    /// matplotlib's "viridis" (its default colour map, used by `hexbin`) sampled at t = 0, 0.1, … 1.
    public static let viridisStops: [(r: Double, g: Double, b: Double)] = [
        (0x44, 0x01, 0x54), (0x48, 0x24, 0x75), (0x41, 0x44, 0x87), (0x35, 0x5f, 0x8d),
        (0x2a, 0x78, 0x8e), (0x21, 0x91, 0x8c), (0x22, 0xa8, 0x84), (0x44, 0xbf, 0x70),
        (0x7a, 0xd1, 0x51), (0xbd, 0xdf, 0x26), (0xfd, 0xe7, 0x25),
    ]

    /// Viridis at `t` in 0...1 (clamped; NaN counts as 0), interpolated linearly between the stops,
    /// as `#rrggbb`.
    public static func viridis(_ t: Double) -> String {
        let clamped = t.isNaN ? 0 : min(max(t, 0), 1)
        let position = clamped * Double(viridisStops.count - 1)
        let i = min(Int(position), viridisStops.count - 2)
        let f = position - Double(i)
        let a = viridisStops[i]
        let b = viridisStops[i + 1]
        func channel(_ x: Double, _ y: Double) -> String {
            let v = Int((x + (y - x) * f).rounded())
            let hex = String(min(max(v, 0), 255), radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(a.r, b.r) + channel(a.g, b.g) + channel(a.b, b.b)
    }

    /// `color` when it is a plain CSS colour (`#rgb`, `#rrggbb`, `#rrggbbaa`, a name of letters, or
    /// `rgb(…)`/`rgba(…)`/`hsl(…)`/`hsla(…)` of digits, `.`, `,`, `%` and spaces), otherwise `fallback`.
    /// This keeps user strings from smuggling `url(…)` or markup into attributes.
    public static func sanitized(_ color: String?, fallback: String) -> String {
        guard let c = color?.trimmingWhitespace(), !c.isEmpty, c.count <= 40 else { return fallback }
        let scalars = c.unicodeScalars
        if c.hasPrefix("#") {
            let hex = scalars.dropFirst()
            let isHex = hex.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
            return isHex && [3, 4, 6, 8].contains(hex.count) ? c : fallback
        }
        if scalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) {
            return c.lowercased()
        }
        for function in ["rgb(", "rgba(", "hsl(", "hsla("] where c.lowercased().hasPrefix(function) && c.hasSuffix(")") {
            let inner = scalars.dropFirst(function.count).dropLast()
            let ok = inner.allSatisfy { ("0"..."9").contains($0) || ".,% ".unicodeScalars.contains($0) }
            return ok ? c : fallback
        }
        return fallback
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
