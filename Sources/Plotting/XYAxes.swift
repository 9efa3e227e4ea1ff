/// The two continuous axes of a scatter plot or line chart: domains padded around the drawn values
/// in position space (see `AxisScale`), ticks, the plot rectangle, and the maps from data to px.
struct XYAxes {
    let rect: PlotRect
    /// Position-space scales (a log axis maps `log10(v)`).
    let sx: LinearScale
    let sy: LinearScale
    let xScale: AxisScale
    let yScale: AxisScale

    /// The px position of data value `v` along x (NaN when the scale cannot draw it).
    func x(_ v: Double) -> Double { sx(xScale.transform(v)) }
    /// The px position of data value `v` along y (NaN when the scale cannot draw it).
    func y(_ v: Double) -> Double { sy(yScale.transform(v)) }

    /// Lays out and draws both axes for the data values `xs` and `ys` (those the scales cannot draw,
    /// NaN, infinite or ≤ 0 on a log axis, are ignored), keeping `rightMargin` px free on the right.
    static func draw(
        _ chart: Chart, frame: ChartFrame, xs: [Double], ys: [Double], rightMargin: Double = 16, into w: inout SVGWriter
    ) -> XYAxes {
        let xDomain = LinearScale.paddedDomain(covering: xs.map(chart.xScale.transform))
        let yDomain = LinearScale.paddedDomain(covering: ys.map(chart.yScale.transform))
        let yTicks = chart.yScale.ticks(domain: yDomain, count: ChartFrame.tickCount(length: frame.plotBottom - frame.plotTop, spacing: 50))
        let rect = frame.plotRect(yTickLabels: yTicks.map(\.label), rightMargin: rightMargin)
        let xTicks = chart.xScale.ticks(domain: xDomain, count: ChartFrame.tickCount(length: rect.width, spacing: 80))
        let sx = LinearScale(domain: xDomain, range: (rect.x, rect.right))
        let sy = LinearScale(domain: yDomain, range: (rect.bottom, rect.y))
        Axis(edge: .left, title: chart.yLabel, ticks: yTicks.map { (sy($0.value), $0.label) }).draw(in: rect, chartWidth: frame.width, into: &w)
        Axis(edge: .bottom, title: chart.xLabel, ticks: xTicks.map { (sx($0.value), $0.label) }).draw(in: rect, chartWidth: frame.width, into: &w)
        return XYAxes(rect: rect, sx: sx, sy: sy, xScale: chart.xScale, yScale: chart.yScale)
    }

    /// "2 points not shown (≤ 0 on a log axis)", or nil when every value can be drawn.
    static func logNote(_ chart: Chart, xs: [Double], ys: [Double], noun: String = "point", plural: String = "points") -> String? {
        var count = 0
        for i in 0..<min(xs.count, ys.count) {
            let x = xs[i], y = ys[i]
            guard x.isFinite, y.isFinite else { continue }
            if (chart.xScale == .log && x <= 0) || (chart.yScale == .log && y <= 0) { count += 1 }
        }
        guard count > 0 else { return nil }
        return "\(count) \(count == 1 ? noun : plural) not shown (≤ 0 on a log axis)"
    }
}
