/// A chart: pure data plus presentation settings, turned into SVG text by `svg()`.
///
/// The module's entry point. Make one with a kind's factory — `Chart.scatter`, `Chart.line`,
/// `Chart.histogram`, `Chart.bar`, `Chart.horizontalBar`, `Chart.jointplotHex` — adjust `title`, labels or size if needed, and
/// call `svg()`. Rendering is a pure, deterministic function of the chart's value: the same chart
/// always gives byte-identical SVG.
///
/// Degenerate data is drawn, never trapped on: empty data says "no data", NaN and infinite values are
/// left out and counted in a note under the chart, mismatched lengths are cut to the shorter and
/// noted, all-equal values get a non-zero domain around the value, and long text is cut with "…"
/// (see `TextFit`).
public struct Chart: Sendable {
    /// What is drawn.
    public enum Kind: Sendable {
        case scatter(ScatterData)
        case line([Series])
        case histogram(HistogramData)
        case bar(BarData)
        case horizontalBar(BarData)
        case jointplotHex(JointplotData)
    }

    public var kind: Kind
    /// Visible heading and the SVG's accessible `<title>` (empty: no heading, the kind's name as `<title>`).
    public var title: String
    /// Horizontal axis title (empty: none).
    public var xLabel: String
    /// Vertical axis title (empty: none).
    public var yLabel: String
    /// Size in px; values outside 120...4096 (or non-finite) are clamped when drawing.
    public var width: Double
    public var height: Double
    /// Draw a legend where the kind has one (line charts with named series, scatters with named lines).
    public var showsLegend: Bool
    /// How the horizontal and vertical axes of scatter plots and line charts map values (`.log`:
    /// powers of ten equally spaced; values ≤ 0 left out and noted). Other kinds ignore them.
    public var xScale: AxisScale = .linear
    public var yScale: AxisScale = .linear

    public init(
        kind: Kind, title: String = "", xLabel: String = "", yLabel: String = "",
        width: Double = 640, height: Double = 480, showsLegend: Bool = true
    ) {
        self.kind = kind
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.width = width
        self.height = height
        self.showsLegend = showsLegend
    }

    /// Width actually drawn: `width` rounded and clamped to 120...4096 (640 when not finite).
    public var pixelWidth: Double { Chart.clampedSize(width, fallback: 640) }
    /// Height actually drawn: `height` rounded and clamped to 120...4096 (480 when not finite).
    public var pixelHeight: Double { Chart.clampedSize(height, fallback: 480) }

    static func clampedSize(_ v: Double, fallback: Double) -> Double {
        guard v.isFinite else { return fallback }
        return min(max(v.rounded(), 120), 4096)
    }

    /// The name used as `<title>` when `title` is empty.
    public var kindName: String {
        switch kind {
        case .scatter: "scatter plot"
        case .line: "line chart"
        case .histogram: "histogram"
        case .bar: "bar chart"
        case .horizontalBar: "horizontal bar chart"
        case .jointplotHex: "hexbin joint plot"
        }
    }

    /// The chart as one `<svg>` element: `viewBox`, `width`, `height`, `role="img"`, then `<title>`.
    /// Text and lines use `currentColor`, so the chart follows the page's text colour (light or dark
    /// themes). No `xmlns` unless `standalone` (inline SVG in HTML does not need it; a `.svg` file does).
    /// Coordinates are rounded to 0.1 px.
    public func svg(standalone: Bool = false) -> String {
        let w = pixelWidth
        let h = pixelHeight
        var writer = SVGWriter(decimals: 1)
        var root: [(String, SVGWriter.Value)] = []
        if standalone { root.append(("xmlns", .text("http://www.w3.org/2000/svg"))) }
        root += [
            ("viewBox", .text("0 0 \(SVGWriter.number(w)) \(SVGWriter.number(h))")),
            ("width", .number(w)), ("height", .number(h)), ("role", .text("img")),
            ("font-family", .text("sans-serif")), ("fill", .text("currentColor")),
            ("style", .text("max-width:100%;height:auto")),
        ]
        writer.open("svg", root)
        writer.textElement("title", [], title.isEmpty ? kindName : title)
        switch kind {
        case .scatter(let data): data.draw(self, into: &writer)
        case .line(let series): LineChart.draw(series, self, into: &writer)
        case .histogram(let data): data.draw(self, into: &writer)
        case .bar(let data): data.draw(self, into: &writer)
        case .horizontalBar(let data): data.drawHorizontal(self, into: &writer)
        case .jointplotHex(let data): data.draw(self, into: &writer)
        }
        return writer.finish()
    }
}
