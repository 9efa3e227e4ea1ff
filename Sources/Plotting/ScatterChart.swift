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
    func draw(_ chart: Chart, into w: inout SVGWriter) {
        let pairs = FinitePairs(x: x, y: y)
        let points = pairs.indices.map { (x: x[$0], y: y[$0], index: $0) }
        let notes = [Notes.lengthMismatch("x", x.count, "y", y.count), Notes.nonFinite(pairs.nonFinite)]
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
}
