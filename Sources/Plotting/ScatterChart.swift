import Foundation

/// Points (x[i], y[i]), each with an optional text label and colour, like matplotlib's
/// `plt.scatter(x, y, c=colors)` followed by `plt.text(x[i], y[i], labels[i])` per point.
public struct ScatterData: Sendable {
    public var x: [Double]
    public var y: [Double]
    /// Text drawn beside point i (missing or empty entries: no label). Cut with "…" to
    /// `maxLabelLength` characters, and further only when wider than 60% of the plot.
    /// Labels are placed so that none overlaps another or a dot (`LabelPlacement`): beside their
    /// point, else farther out with a leader line, else left out and counted in a note; earlier
    /// labels are placed first.
    public var labels: [String]?
    /// CSS colour of point i and its label (missing or invalid entries: the first tab10 colour).
    public var colors: [String]?
    /// Lines drawn over the points (a fitted line, a trend), as in a line chart; named ones are
    /// listed in a legend right of the plot.
    public var lines: [Series]

    /// Point labels longer than this many characters are cut with "…".
    public static let maxLabelLength = 80

    public init(x: [Double], y: [Double], labels: [String]? = nil, colors: [String]? = nil, lines: [Series] = []) {
        self.x = x
        self.y = y
        self.labels = labels
        self.colors = colors
        self.lines = lines
    }
}

extension Chart {
    /// A scatter plot of `x` against `y` (pairs beyond the shorter array are dropped and noted; pairs
    /// with a NaN or infinite coordinate are left out and counted in a note). Points are drawn as dots
    /// 6 px across (3 px above 2,000 points) with coordinates rounded to 0.1 px, one `<path>` per colour.
    /// `lines` are drawn over the points (data and a fitted line in one chart).
    public static func scatter(
        x: [Double], y: [Double], labels: [String]? = nil, colors: [String]? = nil, lines: [Series] = [],
        title: String = "", xLabel: String = "", yLabel: String = "",
        width: Double = 640, height: Double = 480
    ) -> Chart {
        Chart(
            kind: .scatter(ScatterData(x: x, y: y, labels: labels, colors: colors, lines: lines)),
            title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height)
    }
}

extension ScatterData {
    /// The most dots a scatter draws. Above it, points are thinned on a grid (see `thinned`), so a
    /// chart of a million points stays about 300 KB of SVG, well inside the report's size limit.
    public static let maxDrawnPoints = 20_000

    /// The points to draw when there are more than `maxDrawnPoints`: the plot is cut into square
    /// cells (1 px of a `width`×`height` chart, then 2, 3, … px until at most `maxDrawnPoints` cells
    /// hold a point), and each cell keeps its first point of each colour, which the others in it
    /// would only overdraw (datashader and matplotlib's rasterised scatter reduce the same way).
    /// Returns the points kept, in input order, and the cell size in px (1 when nothing was thinned).
    static func thinned(
        _ points: [(x: Double, y: Double, index: Int)], width: Double, height: Double, color: (Int) -> String
    ) -> (points: [(x: Double, y: Double, index: Int)], cell: Int) {
        guard points.count > maxDrawnPoints else { return (points, 1) }
        let xDomain = LinearScale.paddedDomain(covering: points.map(\.x))
        let yDomain = LinearScale.paddedDomain(covering: points.map(\.y))
        let spanX = max(xDomain.1 - xDomain.0, .leastNonzeroMagnitude)
        let spanY = max(yDomain.1 - yDomain.0, .leastNonzeroMagnitude)
        var colorIDs: [String: Int] = [:]
        let colorOf = points.map { p in
            let c = color(p.index)
            if let id = colorIDs[c] { return id }
            colorIDs[c] = colorIDs.count
            return colorIDs.count - 1
        }
        var cell = 1
        while true {
            let columns = max(Int(width) / cell, 1), rows = max(Int(height) / cell, 1)
            var seen = Set<Int>()
            var kept: [(x: Double, y: Double, index: Int)] = []
            for (k, p) in points.enumerated() {
                let cx = min(Int((p.x - xDomain.0) / spanX * Double(columns)), columns - 1)
                let cy = min(Int((p.y - yDomain.0) / spanY * Double(rows)), rows - 1)
                if seen.insert((colorOf[k] * rows + cy) * columns + cx).inserted { kept.append(p) }
            }
            if kept.count <= maxDrawnPoints || (columns == 1 && rows == 1) { return (kept, cell) }
            cell += 1
        }
    }

    func draw(_ chart: Chart, into w: inout SVGWriter) {
        let tx = x.map(chart.xScale.transform), ty = y.map(chart.yScale.transform)
        let raw = FinitePairs(x: x, y: y)
        let pairs = FinitePairs(x: tx, y: ty)
        let all = pairs.indices.map { (x: tx[$0], y: ty[$0], index: $0) }
        let fallbackColor = Palette.categorical(0)
        let (points, cell) = Self.thinned(all, width: chart.width, height: chart.height) { i in
            guard let colors, i < colors.count else { return fallbackColor }
            return Palette.sanitized(colors[i], fallback: fallbackColor)
        }
        let thinning: String? =
            points.count == all.count
            ? nil
            : "\(Self.grouped(all.count)) points drawn as \(Self.grouped(points.count)) dots: one per \(cell)×\(cell) px cell "
                + "and colour that holds any point (the others would overlap it)"
                + (labels == nil ? "" : "; labels not drawn")
        let labels = points.count == all.count ? self.labels : nil
        let lineXs = lines.flatMap { s in s.x.prefix(min(s.x.count, s.y.count)) }
        let lineYs = lines.flatMap { s in s.y.prefix(min(s.x.count, s.y.count)) }
        var notes = [
            Notes.lengthMismatch("x", x.count, "y", y.count), Notes.nonFinite(raw.nonFinite), XYAxes.logNote(chart, xs: x, ys: y), thinning,
        ]
        let legend = LineChart.legendEntries(lines, chart)
        let legendWidth = LineChart.legendWidth(legend)
        var placement: (placed: [LabelPlacement.Placed], leftOut: Int)?
        var texts: [String] = []
        let drawnXs = points.map { x[$0.index] } + lineXs
        let drawnYs = points.map { y[$0.index] } + lineYs
        if let labels {
            // The note about left-out labels changes the plot's height, so the layout is repeated
            // until the note it needs is the note it was laid out with.
            texts = points.map { p in p.index < labels.count ? TextFit.truncated(labels[p.index], to: ScatterData.maxLabelLength) : "" }
            func note(_ n: Int) -> [String] {
                n == 0 ? [] : ["\(n) label\(n == 1 ? "" : "s") left out where \(n == 1 ? "it" : "they") would overlap others"]
            }
            var extra: [String] = []
            var result = (placed: [LabelPlacement.Placed](), leftOut: 0)
            for _ in 0..<3 {
                result = Self.placeLabels(
                    chart, notes: notes.compactMap { $0 } + extra, xs: drawnXs, ys: drawnYs, points: points, texts: texts, legendWidth: legendWidth)
                if note(result.leftOut) == extra { break }
                extra = note(result.leftOut)
            }
            if note(result.leftOut) != extra {
                result = Self.placeLabels(
                    chart, notes: notes.compactMap { $0 } + extra, xs: drawnXs, ys: drawnYs, points: points, texts: texts, legendWidth: legendWidth)
            }
            placement = result
            notes += extra.map { Optional($0) }
        }
        ChartFrame.draw(chart, notes: notes, hasData: !points.isEmpty || !lineXs.isEmpty, into: &w) { frame, w in
            let axes = XYAxes.draw(chart, frame: frame, xs: drawnXs, ys: drawnYs, rightMargin: 16 + legendWidth, into: &w)

            let fallback = Palette.categorical(0)
            func color(_ i: Int) -> String {
                guard let colors, i < colors.count else { return fallback }
                return Palette.sanitized(colors[i], fallback: fallback)
            }
            // One path per colour, in order of first appearance; each dot is a zero-length round-capped segment.
            var order: [String] = []
            var paths: [String: String] = [:]
            for p in points {
                let c = color(p.index)
                if paths[c] == nil { order.append(c); paths[c] = "" }
                paths[c, default: ""] += "M\(SVGWriter.number(axes.sx(p.x))) \(SVGWriter.number(axes.sy(p.y)))h0"
            }
            let dot = points.count > 2000 ? 3.0 : 6.0
            w.open("g", [("fill", .text("none")), ("stroke-linecap", .text("round")), ("stroke-width", .number(dot)), ("stroke-opacity", .text("0.8"))])
            for c in order {
                w.empty("path", [("d", .text(paths[c] ?? "")), ("stroke", .text(c))])
            }
            w.close()
            if !lines.isEmpty {
                LineChart.drawLines(lines, axes: axes, firstColor: 1, into: &w)
            }
            if chart.showsLegend && !legend.isEmpty {
                LineChart.drawLegend(legend, lines, at: axes.rect.right + 16, rect: axes.rect, firstColor: 1, into: &w)
            }

            guard let placement, !placement.placed.isEmpty else { return }
            let fontSize = ScatterData.labelFontSize
            let leaders = placement.placed.compactMap { p -> String? in
                guard let end = p.leaderEnd else { return nil }
                let dot = points[p.index]
                return "M\(SVGWriter.number(axes.sx(dot.x))) \(SVGWriter.number(axes.sy(dot.y)))L\(SVGWriter.number(end.x)) \(SVGWriter.number(end.y))"
            }
            if !leaders.isEmpty {
                w.empty(
                    "path",
                    [
                        ("d", .text(leaders.joined())), ("stroke", .text("currentColor")), ("stroke-opacity", .text("0.45")), ("stroke-width", .number(0.75)),
                        ("fill", .text("none")),
                    ])
            }
            w.open("g", [("font-size", .number(fontSize)), ("class", .text("point-labels"))])
            for p in placement.placed {
                var attributes: [(String, SVGWriter.Value)] = [("x", .number(p.x)), ("y", .number(p.y)), ("dy", .text("0.32em"))]
                if p.anchorsEnd { attributes.append(("text-anchor", .text("end"))) }
                if colors != nil { attributes.append(("fill", .text(color(points[p.index].index)))) }
                w.textElement("text", attributes, p.text)
            }
            w.close()
        }
    }

    /// Font size of point labels, in px.
    public static let labelFontSize = 11.0

    /// The label layout for the frame that `notes` give: the plot rectangle of the real drawing
    /// (computed the same way), the points in px, and `LabelPlacement` inside the chart's area
    /// right of the y axis labels.
    /// `xs`/`ys` are every drawn data value (points and lines), as the real drawing's axes take them.
    static func placeLabels(
        _ chart: Chart, notes: [String], xs: [Double], ys: [Double], points: [(x: Double, y: Double, index: Int)], texts: [String],
        legendWidth: Double
    ) -> (placed: [LabelPlacement.Placed], leftOut: Int) {
        let frame = ChartFrame(chart: chart, notes: notes)
        var scratch = SVGWriter(decimals: 1)
        let axes = XYAxes.draw(chart, frame: frame, xs: xs, ys: ys, rightMargin: 16 + legendWidth, into: &scratch)
        let px = points.map { (x: axes.sx($0.x), y: axes.sy($0.y)) }
        let bounds = LabelPlacement.Box(left: axes.rect.x + 2, top: frame.plotTop, right: axes.rect.right + 14, bottom: axes.rect.bottom - 2)
        return LabelPlacement.place(points: px, labels: texts, fontSize: labelFontSize, bounds: bounds)
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return out
    }
}
