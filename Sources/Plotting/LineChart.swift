extension Chart {
    /// Lines, one per series, like matplotlib's `plt.plot` called once per series. A NaN or infinite
    /// point is left out and breaks its line (matplotlib does the same) and is counted in a note; a
    /// series whose x and y lengths differ is cut to the shorter and noted. Named series are listed in
    /// a legend right of the plot when `showsLegend`. With `xScale`/`yScale` `.log`, values ≤ 0 are
    /// left out like NaN and counted in their own note.
    public static func line(
        series: [Series], title: String = "", xLabel: String = "", yLabel: String = "",
        width: Double = 640, height: Double = 480
    ) -> Chart {
        Chart(kind: .line(series), title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height)
    }
}

/// Drawing of `Chart.Kind.line`, and of the lines a scatter plot carries.
enum LineChart {
    static let legendFontSize = 11.0
    static let maxLegendName = 24

    static func draw(_ series: [Series], _ chart: Chart, into w: inout SVGWriter) {
        var notes: [String?] = []
        var xs: [Double] = []
        var ys: [Double] = []
        var dropped = 0
        var undrawable = 0
        for s in series {
            if s.x.count != s.y.count {
                let who = s.name.isEmpty ? "a series" : "series \u{201C}\(s.name)\u{201D}"
                notes.append("\(who) has \(s.x.count) x and \(s.y.count) y values: the first \(min(s.x.count, s.y.count)) are drawn")
            }
            let raw = FinitePairs(x: s.x, y: s.y)
            let pairs = FinitePairs(x: s.x.map(chart.xScale.transform), y: s.y.map(chart.yScale.transform))
            xs += pairs.indices.map { s.x[$0] }
            ys += pairs.indices.map { s.y[$0] }
            dropped += raw.nonFinite
            undrawable += raw.indices.count - pairs.indices.count
        }
        notes.append(Notes.nonFinite(dropped))
        if undrawable > 0 { notes.append("\(undrawable) point\(undrawable == 1 ? "" : "s") not shown (≤ 0 on a log axis)") }
        ChartFrame.draw(chart, notes: notes, hasData: !xs.isEmpty, into: &w) { frame, w in
            let legend = legendEntries(series, chart)
            let axes = XYAxes.draw(chart, frame: frame, xs: xs, ys: ys, rightMargin: 16 + legendWidth(legend), into: &w)
            drawLines(series, axes: axes, firstColor: 0, into: &w)
            if chart.showsLegend && !legend.isEmpty {
                drawLegend(legend, series, at: axes.rect.right + 16, rect: axes.rect, firstColor: 0, into: &w)
            }
        }
    }

    /// The legend's rows: (series position, name cut to `maxLegendName`) of the named series.
    static func legendEntries(_ series: [Series], _ chart: Chart) -> [(Int, String)] {
        guard chart.showsLegend else { return [] }
        return series.enumerated().compactMap { (i, s) -> (Int, String)? in
            s.name.isEmpty ? nil : (i, TextFit.truncated(s.name, to: maxLegendName))
        }
    }

    /// The width in px the legend takes right of the plot (0 without one).
    static func legendWidth(_ entries: [(Int, String)]) -> Double {
        entries.isEmpty ? 0 : 28 + (entries.map { TextFit.width($0.1, fontSize: legendFontSize) }.max() ?? 0) + 12
    }

    /// Draws each series as a path through its drawable points (runs split at NaN, infinite or, on a
    /// log axis, non-positive values), a lone point as a dot, and markers where the series asks.
    /// Series k without a colour takes tab10 colour `firstColor + k`.
    static func drawLines(_ series: [Series], axes: XYAxes, firstColor: Int, into w: inout SVGWriter) {
        w.open("g", [("fill", .text("none")), ("stroke-width", .number(1.5)), ("stroke-linejoin", .text("round")), ("stroke-linecap", .text("round"))])
        for (k, s) in series.enumerated() {
            var lines = ""
            var dots = ""
            var marks = ""
            var run: [String] = []
            func flush() {
                if run.count == 1 && !s.markers { dots += "M" + run[0] + "h0" }
                if run.count > 1 { lines += "M" + run.joined(separator: "L") }
                run = []
            }
            for i in 0..<min(s.x.count, s.y.count) {
                let px = axes.x(s.x[i]), py = axes.y(s.y[i])
                guard px.isFinite && py.isFinite else { flush(); continue }
                let point = "\(SVGWriter.number(px)) \(SVGWriter.number(py))"
                run.append(point)
                if s.markers { marks += "M" + point + "h0" }
            }
            flush()
            let c = color(of: s, at: firstColor + k)
            if !lines.isEmpty { w.empty("path", [("d", .text(lines)), ("stroke", .text(c))]) }
            if !dots.isEmpty { w.empty("path", [("d", .text(dots)), ("stroke", .text(c)), ("stroke-width", .number(5))]) }
            if !marks.isEmpty { w.empty("path", [("d", .text(marks)), ("stroke", .text(c)), ("stroke-width", .number(6)), ("class", .text("markers"))]) }
        }
        w.close()
    }

    /// Draws the legend rows from `x0`, top-aligned in `rect` (rows that would pass its bottom are
    /// left out): a short line in the series' colour, with a dot when it has markers, then its name.
    static func drawLegend(
        _ entries: [(Int, String)], _ series: [Series], at x0: Double, rect: PlotRect, firstColor: Int, into w: inout SVGWriter
    ) {
        w.open("g", [("font-size", .number(legendFontSize))])
        for (row, (k, name)) in entries.enumerated() {
            let y = rect.y + 8 + Double(row) * 18
            guard y < rect.bottom else { break }
            let c = color(of: series[k], at: firstColor + k)
            w.empty(
                "line",
                [
                    ("x1", .number(x0)), ("y1", .number(y)), ("x2", .number(x0 + 20)), ("y2", .number(y)),
                    ("stroke", .text(c)), ("stroke-width", .number(2)),
                ])
            if series[k].markers {
                w.empty(
                    "path",
                    [
                        ("d", .text("M\(SVGWriter.number(x0 + 10)) \(SVGWriter.number(y))h0")), ("stroke", .text(c)), ("stroke-width", .number(6)),
                        ("stroke-linecap", .text("round")),
                    ])
            }
            w.textElement("text", [("x", .number(x0 + 26)), ("y", .number(y)), ("dy", .text("0.32em"))], name)
        }
        w.close()
    }

    static func color(of s: Series, at index: Int) -> String {
        Palette.sanitized(s.color, fallback: Palette.categorical(index))
    }
}
