/// Evenly spaced bands for categories along a pixel interval, like d3's `scaleBand` with
/// `paddingInner = paddingOuter = padding`: `count` bands of width `bandwidth`, gaps of
/// `padding × step` between and around them.
public struct BandScale: Sendable, Equatable {
    /// Number of categories (≥ 0).
    public var count: Int
    /// Pixel interval the bands share.
    public var range: (start: Double, end: Double)
    /// Fraction of each step left empty (0 ≤ padding < 1).
    public var padding: Double

    public init(count: Int, range: (start: Double, end: Double), padding: Double = 0.2) {
        self.count = max(count, 0)
        self.range = range
        self.padding = min(max(padding, 0), 0.95)
    }

    public static func == (a: BandScale, b: BandScale) -> Bool {
        a.count == b.count && a.range == b.range && a.padding == b.padding
    }

    /// Distance between the starts of consecutive bands, in px.
    public var step: Double {
        let n = Double(count)
        return (range.end - range.start) / max(n - padding + 2 * padding, 1)
    }

    /// Width of one band, in px.
    public var bandwidth: Double { step * (1 - padding) }

    /// Left edge of band `index`, in px.
    public func start(_ index: Int) -> Double {
        range.start + step * padding + step * Double(index)
    }

    /// Centre of band `index`, in px.
    public func center(_ index: Int) -> Double {
        start(index) + bandwidth / 2
    }
}
