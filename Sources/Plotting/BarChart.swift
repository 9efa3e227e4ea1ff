/// One bar per category, like matplotlib's `plt.bar(categories, values)`.
public struct BarData: Sendable {
    public var categories: [String]
    public var values: [Double]
    /// CSS colour of every bar (nil or invalid: the first tab10 colour).
    public var color: String?

    public init(categories: [String], values: [Double], color: String? = nil) {
        self.categories = categories
        self.values = values
        self.color = color
    }
}

extension Chart {
    /// A bar chart: bar i rises (or, for a negative value, falls) from 0 to `values[i]` above
    /// `categories[i]`, in the order given. Extra entries of the longer array are dropped and noted;
    /// a NaN or infinite value keeps its category slot but draws no bar and is counted in a note.
    /// Category labels are cut with "…" to the bar's width.
    public static func bar(
        categories: [String], values: [Double], color: String? = nil, title: String = "",
        xLabel: String = "", yLabel: String = "", width: Double = 640, height: Double = 480
    ) -> Chart {
        Chart(
            kind: .bar(BarData(categories: categories, values: values, color: color)),
            title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height)
    }
}

extension BarData {
    /// What both orientations draw: the pairs kept (the shorter array's length), their finite
    /// values, and the notes on what was left out.
    var drawable: (count: Int, finite: [Double], notes: [String?]) {
        let n = min(categories.count, values.count)
        let finite = values.prefix(n).filter(\.isFinite)
        let notes = [
            Notes.lengthMismatch("categories", categories.count, "values", values.count),
            Notes.nonFinite(n - finite.count, noun: "bar", plural: "bars"),
        ]
        return (n, finite, notes)
    }

    func draw(_ chart: Chart, into w: inout SVGWriter) {
        let (n, finite, notes) = drawable
        ChartFrame.draw(chart, notes: notes, hasData: n > 0, into: &w) { frame, w in
            // Bars start at 0, so the domain always holds 0 (all-zero values get −1...1).
            let lowest = min(finite.min() ?? 0, 0)
            let highest = max(finite.max() ?? 0, 0)
            let yDomain = LinearScale.paddedDomain(lower: lowest, upper: highest, stickyZero: true)
            let yTicks = Axis.linearTicks(domain: yDomain, count: ChartFrame.tickCount(length: frame.plotBottom - frame.plotTop, spacing: 50))
            let rect = frame.plotRect(yTickLabels: yTicks.map(\.label))
            let band = BandScale(count: n, range: (rect.x, rect.right))
            let sy = LinearScale(domain: yDomain, range: (rect.bottom, rect.y))
            Axis(edge: .left, title: chart.yLabel, ticks: yTicks.map { (sy($0.value), $0.label) }).draw(in: rect, chartWidth: frame.width, into: &w)
            let capacity = TextFit.capacity(width: band.step, fontSize: Axis.tickFontSize)
            let xTicks = (0..<n).map { (band.center($0), TextFit.truncated(categories[$0], to: capacity)) }
            Axis(edge: .bottom, title: chart.xLabel, ticks: xTicks, showsGrid: false).draw(in: rect, chartWidth: frame.width, into: &w)

            var d = ""
            let zero = sy(0)
            for i in 0..<n where values[i].isFinite {
                let top = sy(values[i])
                let x0 = band.start(i)
                d += "M\(SVGWriter.number(x0)) \(SVGWriter.number(zero))V\(SVGWriter.number(top))"
                d += "H\(SVGWriter.number(x0 + band.bandwidth))V\(SVGWriter.number(zero))Z"
            }
            if !d.isEmpty {
                w.empty("path", [("d", .text(d)), ("fill", .text(Palette.sanitized(color, fallback: Palette.categorical(0))))])
            }
            if lowest < 0 {
                w.empty(
                    "line",
                    [
                        ("x1", .number(rect.x)), ("y1", .number(zero)), ("x2", .number(rect.right)), ("y2", .number(zero)),
                        ("stroke", .text("currentColor")), ("stroke-opacity", .text("0.5")),
                    ])
            }
        }
    }
}

extension Chart {
    /// A horizontal bar chart, like matplotlib's `plt.barh(categories, values)`: one bar per
    /// category from 0 to `values[i]` along x, the first category at the top, the names left of
    /// the bars, where long names (movie titles, genres) have room: the name column takes up to 55%
    /// of the width, and only names longer than that are cut with "…". NaN and extra entries as in
    /// `bar`. `xLabel` names the values, `yLabel` the categories.
    public static func horizontalBar(
        categories: [String], values: [Double], color: String? = nil, title: String = "",
        xLabel: String = "", yLabel: String = "", width: Double = 640, height: Double = 480
    ) -> Chart {
        Chart(
            kind: .horizontalBar(BarData(categories: categories, values: values, color: color)),
            title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height)
    }
}

extension BarData {
    /// Share of the chart's width the category names may take.
    static let maxNameShare = 0.55

    func drawHorizontal(_ chart: Chart, into w: inout SVGWriter) {
        let (n, finite, notes) = drawable
        ChartFrame.draw(chart, notes: notes, hasData: n > 0, into: &w) { frame, w in
            let lowest = min(finite.min() ?? 0, 0)
            let highest = max(finite.max() ?? 0, 0)
            let xDomain = LinearScale.paddedDomain(lower: lowest, upper: highest, stickyZero: true)
            let maxName = frame.width * BarData.maxNameShare
            let names = categories.prefix(n).map { TextFit.fitted($0, width: maxName, fontSize: Axis.tickFontSize) }
            // The frame sizes its left margin from the widest "tick label": here the names.
            let rect = frame.plotRect(yTickLabels: names)
            let band = BandScale(count: n, range: (rect.y, rect.bottom))
            let sx = LinearScale(domain: xDomain, range: (rect.x, rect.right))
            let xTicks = Axis.linearTicks(domain: xDomain, count: ChartFrame.tickCount(length: rect.width, spacing: 80))
            Axis(edge: .bottom, title: chart.xLabel, ticks: xTicks.map { (sx($0.value), $0.label) }).draw(in: rect, chartWidth: frame.width, into: &w)
            Axis(edge: .left, title: chart.yLabel, ticks: (0..<n).map { (band.center($0), names[$0]) }, showsGrid: false)
                .draw(in: rect, chartWidth: frame.width, into: &w)

            var d = ""
            let zero = sx(0)
            for i in 0..<n where values[i].isFinite {
                let end = sx(values[i])
                let y0 = band.start(i)
                d += "M\(SVGWriter.number(zero)) \(SVGWriter.number(y0))H\(SVGWriter.number(end))"
                d += "V\(SVGWriter.number(y0 + band.bandwidth))H\(SVGWriter.number(zero))Z"
            }
            if !d.isEmpty {
                w.empty("path", [("d", .text(d)), ("fill", .text(Palette.sanitized(color, fallback: Palette.categorical(0))))])
            }
            if lowest < 0 {
                w.empty(
                    "line",
                    [
                        ("x1", .number(zero)), ("y1", .number(rect.y)), ("x2", .number(zero)), ("y2", .number(rect.bottom)),
                        ("stroke", .text("currentColor")), ("stroke-opacity", .text("0.5")),
                    ])
            }
        }
    }
}
