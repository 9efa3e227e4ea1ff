/// Points (x[i], y[i]), each with an optional text label and colour, like matplotlib's
/// `plt.scatter(x, y, c=colors)` followed by `plt.text(x[i], y[i], labels[i])` per point.
public struct ScatterData: Sendable {
    public var x: [Double]
    public var y: [Double]
    /// Text drawn beside point i (missing or empty entries: no label). Cut to `maxLabelLength` with "…".
    public var labels: [String]?
    /// CSS colour of point i and its label (missing or invalid entries: the first tab10 colour).
    public var colors: [String]?

    /// Point labels longer than this many characters are cut with "…".
    public static let maxLabelLength = 40

    public init(x: [Double], y: [Double], labels: [String]? = nil, colors: [String]? = nil) {
        self.x = x
        self.y = y
        self.labels = labels
        self.colors = colors
    }
}

extension Chart {
    /// A scatter plot of `x` against `y` (pairs beyond the shorter array are dropped and noted; pairs
    /// with a NaN or infinite coordinate are left out and counted in a note). Points are drawn as dots
    /// 6 px across (3 px above 2,000 points) with coordinates rounded to 0.1 px, one `<path>` per colour.
    public static func scatter(
        x: [Double], y: [Double], labels: [String]? = nil, colors: [String]? = nil,
        title: String = "", xLabel: String = "", yLabel: String = "",
        width: Double = 640, height: Double = 480
    ) -> Chart {
        Chart(
            kind: .scatter(ScatterData(x: x, y: y, labels: labels, colors: colors)),
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
        let pairs = FinitePairs(x: x, y: y)
        let all = pairs.indices.map { (x: x[$0], y: y[$0], index: $0) }
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
        let notes = [Notes.lengthMismatch("x", x.count, "y", y.count), Notes.nonFinite(pairs.nonFinite), thinning]
        ChartFrame.draw(chart, notes: notes, hasData: !points.isEmpty, into: &w) { frame, w in
            let xDomain = LinearScale.paddedDomain(covering: points.map(\.x))
            let yDomain = LinearScale.paddedDomain(covering: points.map(\.y))
            let yTicks = Axis.linearTicks(domain: yDomain, count: ChartFrame.tickCount(length: frame.plotBottom - frame.plotTop, spacing: 50))
            let rect = frame.plotRect(yTickLabels: yTicks.map(\.label))
            let xTicks = Axis.linearTicks(domain: xDomain, count: ChartFrame.tickCount(length: rect.width, spacing: 80))
            let sx = LinearScale(domain: xDomain, range: (rect.x, rect.right))
            let sy = LinearScale(domain: yDomain, range: (rect.bottom, rect.y))
            Axis(edge: .left, title: chart.yLabel, ticks: yTicks.map { (sy($0.value), $0.label) }).draw(in: rect, chartWidth: frame.width, into: &w)
            Axis(edge: .bottom, title: chart.xLabel, ticks: xTicks.map { (sx($0.value), $0.label) }).draw(in: rect, chartWidth: frame.width, into: &w)

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
                paths[c, default: ""] += "M\(SVGWriter.number(sx(p.x))) \(SVGWriter.number(sy(p.y)))h0"
            }
            let dot = points.count > 2000 ? 3.0 : 6.0
            w.open("g", [("fill", .text("none")), ("stroke-linecap", .text("round")), ("stroke-width", .number(dot)), ("stroke-opacity", .text("0.8"))])
            for c in order {
                w.empty("path", [("d", .text(paths[c] ?? "")), ("stroke", .text(c))])
            }
            w.close()

            guard let labels else { return }
            let fontSize = 11.0
            w.open("g", [("font-size", .number(fontSize))])
            for p in points where p.index < labels.count && !labels[p.index].isEmpty {
                // Right of the dot (as `plt.text`), else left of it, else on the roomier side, cut to fit.
                var text = TextFit.truncated(labels[p.index], to: ScatterData.maxLabelLength)
                let px = sx(p.x)
                let roomRight = frame.width - 2 - (px + 6)
                let roomLeft = px - 6 - 2
                let needed = TextFit.width(text, fontSize: fontSize)
                let right = needed <= roomRight || (needed > roomLeft && roomRight >= roomLeft)
                text = TextFit.fitted(text, width: right ? roomRight : roomLeft, fontSize: fontSize)
                guard !text.isEmpty else { continue }
                var attributes: [(String, SVGWriter.Value)] = [("x", .number(right ? px + 6 : px - 6)), ("y", .number(sy(p.y))), ("dy", .text("0.32em"))]
                if !right { attributes.append(("text-anchor", .text("end"))) }
                if colors != nil { attributes.append(("fill", .text(color(p.index)))) }
                w.textElement("text", attributes, text)
            }
            w.close()
        }
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
