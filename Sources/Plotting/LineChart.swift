extension Chart {
    /// Lines, one per series, like matplotlib's `plt.plot` called once per series. A NaN or infinite
    /// point is left out and breaks its line (matplotlib does the same) and is counted in a note; a
    /// series whose x and y lengths differ is cut to the shorter and noted. Named series are listed in
    /// a legend right of the plot when `showsLegend`.
    public static func line(
        series: [Series], title: String = "", xLabel: String = "", yLabel: String = "",
        width: Double = 640, height: Double = 480
    ) -> Chart {
        Chart(kind: .line(series), title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height)
    }
}

/// Drawing of `Chart.Kind.line`.
enum LineChart {
    static let legendFontSize = 11.0
    static let maxLegendName = 24

    static func draw(_ series: [Series], _ chart: Chart, into w: inout SVGWriter) {
        var notes: [String?] = []
        var xs: [Double] = []
        var ys: [Double] = []
        var dropped = 0
        for s in series {
            if s.x.count != s.y.count {
                let who = s.name.isEmpty ? "a series" : "series \u{201C}\(s.name)\u{201D}"
                notes.append("\(who) has \(s.x.count) x and \(s.y.count) y values: the first \(min(s.x.count, s.y.count)) are drawn")
            }
            let pairs = FinitePairs(x: s.x, y: s.y)
            xs += pairs.indices.map { s.x[$0] }
            ys += pairs.indices.map { s.y[$0] }
            dropped += pairs.nonFinite
        }
        notes.append(Notes.nonFinite(dropped))
        ChartFrame.draw(chart, notes: notes, hasData: !xs.isEmpty, into: &w) { frame, w in
            let legendNames = series.enumerated().compactMap { (i, s) -> (Int, String)? in
                s.name.isEmpty ? nil : (i, TextFit.truncated(s.name, to: maxLegendName))
            }
            let showLegend = chart.showsLegend && !legendNames.isEmpty
            let legendWidth = showLegend ? 28 + (legendNames.map { TextFit.width($0.1, fontSize: legendFontSize) }.max() ?? 0) + 12 : 0

            let xDomain = LinearScale.paddedDomain(covering: xs)
            let yDomain = LinearScale.paddedDomain(covering: ys)
            let yTicks = Axis.linearTicks(domain: yDomain, count: ChartFrame.tickCount(length: frame.plotBottom - frame.plotTop, spacing: 50))
            let rect = frame.plotRect(yTickLabels: yTicks.map(\.label), rightMargin: 16 + legendWidth)
            let xTicks = Axis.linearTicks(domain: xDomain, count: ChartFrame.tickCount(length: rect.width, spacing: 80))
            let sx = LinearScale(domain: xDomain, range: (rect.x, rect.right))
            let sy = LinearScale(domain: yDomain, range: (rect.bottom, rect.y))
            Axis(edge: .left, title: chart.yLabel, ticks: yTicks.map { (sy($0.value), $0.label) }).draw(in: rect, chartWidth: frame.width, into: &w)
            Axis(edge: .bottom, title: chart.xLabel, ticks: xTicks.map { (sx($0.value), $0.label) }).draw(in: rect, chartWidth: frame.width, into: &w)

            w.open("g", [("fill", .text("none")), ("stroke-width", .number(1.5)), ("stroke-linejoin", .text("round")), ("stroke-linecap", .text("round"))])
            for (k, s) in series.enumerated() {
                // Runs of finite points become subpaths; a lone point (a one-point series, or one isolated
                // by NaNs) would be invisible as a line, so it is drawn as a dot instead.
                var lines = ""
                var dots = ""
                var run: [String] = []
                func flush() {
                    if run.count == 1 { dots += "M" + run[0] + "h0" }
                    if run.count > 1 { lines += "M" + run.joined(separator: "L") }
                    run = []
                }
                for i in 0..<min(s.x.count, s.y.count) {
                    guard s.x[i].isFinite && s.y[i].isFinite else { flush(); continue }
                    run.append("\(SVGWriter.number(sx(s.x[i]))) \(SVGWriter.number(sy(s.y[i])))")
                }
                flush()
                let c = color(of: s, at: k)
                if !lines.isEmpty { w.empty("path", [("d", .text(lines)), ("stroke", .text(c))]) }
                if !dots.isEmpty { w.empty("path", [("d", .text(dots)), ("stroke", .text(c)), ("stroke-width", .number(5))]) }
            }
            w.close()

            guard showLegend else { return }
            let x0 = rect.right + 16
            w.open("g", [("font-size", .number(legendFontSize))])
            for (row, (k, name)) in legendNames.enumerated() {
                let y = rect.y + 8 + Double(row) * 18
                guard y < rect.bottom else { break }
                w.empty(
                    "line",
                    [
                        ("x1", .number(x0)), ("y1", .number(y)), ("x2", .number(x0 + 20)), ("y2", .number(y)),
                        ("stroke", .text(color(of: series[k], at: k))), ("stroke-width", .number(2)),
                    ])
                w.textElement("text", [("x", .number(x0 + 26)), ("y", .number(y)), ("dy", .text("0.32em"))], name)
            }
            w.close()
        }
    }

    static func color(of s: Series, at index: Int) -> String {
        Palette.sanitized(s.color, fallback: Palette.categorical(index))
    }
}
