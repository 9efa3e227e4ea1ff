/// Values to bin and draw as a histogram.
public struct HistogramData: Sendable {
    public var values: [Double]
    /// Number of equal-width bins (see `Histogram`).
    public var bins: Int

    public init(values: [Double], bins: Int = 10) {
        self.values = values
        self.bins = bins
    }
}

extension Chart {
    /// A histogram of `values` in `bins` equal-width bins over [min, max] (numpy's `np.histogram(values,
    /// bins=bins)`, see `Histogram`), drawn as adjacent bars like `plt.hist`. NaN and infinite values are
    /// left out and counted in a note; a bin count outside 1...10,000 is clamped and noted.
    public static func histogram(
        _ values: [Double], bins: Int = 10, title: String = "", xLabel: String = "",
        yLabel: String = "count", width: Double = 640, height: Double = 480
    ) -> Chart {
        Chart(
            kind: .histogram(HistogramData(values: values, bins: bins)),
            title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height)
    }
}

extension HistogramData {
    func draw(_ chart: Chart, into w: inout SVGWriter) {
        let histogram = Histogram(values, bins: bins)
        var notes: [String?] = []
        if histogram.counts.count != bins {
            notes.append("bins must be 1…\(Histogram.maxBins), got \(bins): used \(histogram.counts.count)")
        }
        notes.append(Notes.nonFinite(histogram.nonFinite, noun: "value", plural: "values"))
        ChartFrame.draw(chart, notes: notes, hasData: !histogram.edges.isEmpty, into: &w) { frame, w in
            let (lo, hi) = (histogram.edges[0], histogram.edges[histogram.edges.count - 1])
            let maxCount = Double(histogram.counts.max() ?? 0)
            let xDomain = LinearScale.paddedDomain(lower: lo, upper: hi)
            let yDomain = LinearScale.paddedDomain(lower: 0, upper: maxCount, stickyZero: true)
            let yTicks = Axis.linearTicks(
                domain: yDomain, count: ChartFrame.tickCount(length: frame.plotBottom - frame.plotTop, spacing: 50),
                integerOnly: true)
            let rect = frame.plotRect(yTickLabels: yTicks.map(\.label))
            let xTicks = Axis.linearTicks(domain: xDomain, count: ChartFrame.tickCount(length: rect.width, spacing: 80))
            let sx = LinearScale(domain: xDomain, range: (rect.x, rect.right))
            let sy = LinearScale(domain: yDomain, range: (rect.bottom, rect.y))
            Axis(edge: .left, title: chart.yLabel, ticks: yTicks.map { (sy($0.value), $0.label) }).draw(in: rect, chartWidth: frame.width, into: &w)
            Axis(edge: .bottom, title: chart.xLabel, ticks: xTicks.map { (sx($0.value), $0.label) }, showsGrid: false)
                .draw(in: rect, chartWidth: frame.width, into: &w)
            Bars.vertical(edges: histogram.edges, counts: histogram.counts, x: sx, y: sy, color: Palette.categorical(0), into: &w)
        }
    }
}

/// Histogram bars shared by the histogram chart and the joint plot's marginals.
enum Bars {
    /// One `<path>` of rectangles from `y(0)` up to `y(count)` over each bin [edges[i], edges[i+1]];
    /// empty bins are skipped; bars wider than 4 px keep a 1 px gap.
    static func vertical(edges: [Double], counts: [Int], x: LinearScale, y: LinearScale, color: String, into w: inout SVGWriter) {
        var d = ""
        for (i, c) in counts.enumerated() where c > 0 && i + 1 < edges.count {
            var x0 = x(edges[i])
            var x1 = x(edges[i + 1])
            if x1 - x0 > 4 { x0 += 0.5; x1 -= 0.5 }
            let top = y(Double(c))
            let base = y(0)
            d += "M\(SVGWriter.number(x0)) \(SVGWriter.number(base))V\(SVGWriter.number(top))H\(SVGWriter.number(x1))V\(SVGWriter.number(base))Z"
        }
        guard !d.isEmpty else { return }
        w.empty("path", [("d", .text(d)), ("fill", .text(color)), ("fill-opacity", .text("0.85"))])
    }

    /// As `vertical`, lying on their side: bins along `y`, counts along `x` (the joint plot's right marginal).
    static func horizontal(edges: [Double], counts: [Int], x: LinearScale, y: LinearScale, color: String, into w: inout SVGWriter) {
        var d = ""
        for (i, c) in counts.enumerated() where c > 0 && i + 1 < edges.count {
            var y0 = y(edges[i])
            var y1 = y(edges[i + 1])
            if abs(y1 - y0) > 4 { y0 += y0 < y1 ? 0.5 : -0.5; y1 += y0 < y1 ? -0.5 : 0.5 }
            let base = x(0)
            let end = x(Double(c))
            d += "M\(SVGWriter.number(base)) \(SVGWriter.number(y0))H\(SVGWriter.number(end))V\(SVGWriter.number(y1))H\(SVGWriter.number(base))Z"
        }
        guard !d.isEmpty else { return }
        w.empty("path", [("d", .text(d)), ("fill", .text(color)), ("fill-opacity", .text("0.85"))])
    }
}
