/// Pairs (x[i], y[i]) for a hexbin density with marginal histograms.
public struct JointplotData: Sendable {
    public var x: [Double]
    public var y: [Double]
    /// Hexagons across the main plot's width (clamped to 1...200).
    public var gridSize: Int

    public init(x: [Double], y: [Double], gridSize: Int = 30) {
        self.x = x
        self.y = y
        self.gridSize = gridSize
    }
}

extension Chart {
    /// seaborn's `jointplot(x, y, kind='hex')`: a hexbin of the pairs with a histogram of x above and
    /// of y on the right, and a count colour bar in the corner between them.
    /// - Hexagons are pointy-top, `gridSize` across the plot (clamped to 1...200; matplotlib's `hexbin`
    ///   defaults to 100, 30 reads better at report size), binned row-first (see `HexGrid.cell`), and
    ///   coloured by count on matplotlib's viridis from 1 to the largest count in 16 steps.
    /// - Marginals: `gridSize` equal-width bins over the plotted range (numpy semantics, `Histogram`).
    /// - Pairs with a NaN or infinite coordinate are left out and noted; extra entries of the longer
    ///   array are dropped and noted.
    public static func jointplotHex(
        x: [Double], y: [Double], gridSize: Int = 30, title: String = "",
        xLabel: String = "", yLabel: String = "", width: Double = 560, height: Double = 560
    ) -> Chart {
        Chart(
            kind: .jointplotHex(JointplotData(x: x, y: y, gridSize: gridSize)),
            title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height)
    }
}

extension JointplotData {
    /// Colour steps of the count scale.
    static let levels = 16

    func draw(_ chart: Chart, into w: inout SVGWriter) {
        let pairs = FinitePairs(x: x, y: y)
        let xs = pairs.indices.map { x[$0] }
        let ys = pairs.indices.map { y[$0] }
        let notes = [Notes.lengthMismatch("x", x.count, "y", y.count), Notes.nonFinite(pairs.nonFinite)]
        ChartFrame.draw(chart, notes: notes, hasData: !xs.isEmpty, into: &w) { frame, w in
            let grid = min(max(gridSize, 1), 200)
            let fullHeight = frame.plotBottom - frame.plotTop
            let marginal = (0.18 * min(frame.width, fullHeight)).rounded()
            let gap = 6.0
            let mainHeight = max(fullHeight - marginal - gap, 20)
            let xDomain = LinearScale.paddedDomain(covering: xs, margin: 0)
            let yDomain = LinearScale.paddedDomain(covering: ys, margin: 0)
            let yTicks = Axis.linearTicks(domain: yDomain, count: ChartFrame.tickCount(length: mainHeight, spacing: 50))
            var rect = frame.plotRect(yTickLabels: yTicks.map(\.label), rightMargin: 12 + marginal + gap)
            rect.y += marginal + gap
            rect.height = mainHeight
            let xTicks = Axis.linearTicks(domain: xDomain, count: ChartFrame.tickCount(length: rect.width, spacing: 80))

            // Inset the data area so no hexagon crosses the axes: a hexagon reaches at most one hexagon
            // width sideways and two radii up or down from any point it holds.
            let radius = rect.width / Double(grid) / 3.0.squareRoot()
            let insetX = min(3.0.squareRoot() * radius, rect.width / 4)
            let insetY = min(2 * radius, rect.height / 4)
            let sx = LinearScale(domain: xDomain, range: (rect.x + insetX, rect.right - insetX))
            let sy = LinearScale(domain: yDomain, range: (rect.bottom - insetY, rect.y + insetY))
            Axis(edge: .left, title: chart.yLabel, ticks: yTicks.map { (sy($0.value), $0.label) }).draw(in: rect, chartWidth: frame.width, into: &w)
            Axis(edge: .bottom, title: chart.xLabel, ticks: xTicks.map { (sx($0.value), $0.label) }).draw(in: rect, chartWidth: frame.width, into: &w)

            // Hexagons, one path per colour step.
            // The grid starts at the smallest x and y, so a lone point sits at a hexagon's centre.
            let hexGrid = HexGrid(origin: (sx(xs.min() ?? 0), sy(ys.min() ?? 0)), radius: radius)
            let cells = hexGrid.counts(zip(xs, ys).map { (sx($0.0), sy($0.1)) })
            let maxCount = cells.map(\.count).max() ?? 1
            let half = hexGrid.hexWidth / 2
            let shape =
                "l\(SVGWriter.number(half)) \(SVGWriter.number(radius / 2))v\(SVGWriter.number(radius))"
                + "l\(SVGWriter.number(-half)) \(SVGWriter.number(radius / 2))l\(SVGWriter.number(-half)) \(SVGWriter.number(-radius / 2))"
                + "v\(SVGWriter.number(-radius))z"
            var paths = Array(repeating: "", count: JointplotData.levels)
            for (cell, count) in cells {
                let c = hexGrid.center(cell)
                paths[level(count, max: maxCount)] += "M\(SVGWriter.number(c.x)) \(SVGWriter.number(c.y - radius))" + shape
            }
            w.open("g", [("stroke-width", .number(0.5))])
            for (k, d) in paths.enumerated() where !d.isEmpty {
                let color = JointplotData.color(level: k)
                w.empty("path", [("d", .text(d)), ("fill", .text(color)), ("stroke", .text(color))])
            }
            w.close()

            // Marginal histograms: x above the main plot, y to its right, on the main plot's scales.
            let barColor = Palette.categorical(0)
            let top = Histogram(xs, bins: grid, range: xDomain)
            let topScale = LinearScale(domain: (0, Double(top.counts.max() ?? 1)), range: (rect.y - gap, rect.y - gap - marginal))
            Bars.vertical(edges: top.edges, counts: top.counts, x: sx, y: topScale, color: barColor, into: &w)
            let right = Histogram(ys, bins: grid, range: yDomain)
            let rightScale = LinearScale(domain: (0, Double(right.counts.max() ?? 1)), range: (rect.right + gap, rect.right + gap + marginal))
            Bars.horizontal(edges: right.edges, counts: right.counts, x: rightScale, y: sy, color: barColor, into: &w)

            drawColorBar(maxCount: maxCount, in: PlotRect(x: rect.right + gap, y: rect.y - gap - marginal, width: marginal, height: marginal), into: &w)
        }
    }

    /// Colour step of a hexagon holding `count` of at most `max` points: 0 for 1 point, `levels − 1` for `max`.
    func level(_ count: Int, max: Int) -> Int {
        guard max > 1 else { return 0 }
        let t = Double(count - 1) / Double(max - 1)
        return min(Swift.max(Int((t * Double(JointplotData.levels - 1)).rounded()), 0), JointplotData.levels - 1)
    }

    static func color(level: Int) -> String {
        Palette.viridis(Double(level) / Double(levels - 1))
    }

    /// A small horizontal colour bar (1 … max count) in the corner square `box`.
    func drawColorBar(maxCount: Int, in box: PlotRect, into w: inout SVGWriter) {
        guard box.width >= 40 else { return }
        let barWidth = box.width - 12
        let step = barWidth / Double(JointplotData.levels)
        let x0 = box.x + 6
        let y0 = box.midY - 5
        for k in 0..<JointplotData.levels {
            w.empty(
                "rect",
                [
                    ("x", .number(x0 + step * Double(k))), ("y", .number(y0)), ("width", .number(step + 0.3)), ("height", .number(10)),
                    ("fill", .text(JointplotData.color(level: k))),
                ])
        }
        w.open("g", [("font-size", .number(10)), ("fill-opacity", .text("0.8"))])
        w.textElement("text", [("x", .number(x0)), ("y", .number(y0 - 5))], "count")
        w.textElement("text", [("x", .number(x0)), ("y", .number(y0 + 22))], "1")
        w.textElement("text", [("x", .number(x0 + barWidth)), ("y", .number(y0 + 22)), ("text-anchor", .text("end"))], String(maxCount))
        w.close()
    }
}
