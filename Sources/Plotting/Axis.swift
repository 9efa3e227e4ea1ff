/// One tick: a data value and its label.
public struct TickMark: Sendable, Equatable {
    public var value: Double
    public var label: String

    public init(value: Double, label: String) {
        self.value = value
        self.label = label
    }
}

/// An axis along the bottom or left edge of a plot rectangle: tick labels, light grid lines across
/// the plot, a spine, and a title. Positions are in px, already mapped through the chart's scale.
public struct Axis: Sendable {
    public enum Edge: Sendable { case bottom, left }

    /// Font sizes in px shared by all charts.
    public static let tickFontSize = 11.0
    public static let titleFontSize = 12.0

    public var edge: Edge
    public var title: String
    /// Tick positions in px along the axis, with their labels.
    public var ticks: [(position: Double, label: String)]
    /// Draw grid lines across the plot at each tick.
    public var showsGrid: Bool

    public init(edge: Edge, title: String, ticks: [(position: Double, label: String)], showsGrid: Bool = true) {
        self.edge = edge
        self.title = title
        self.ticks = ticks
        self.showsGrid = showsGrid
    }

    /// Readable ticks for a linear `domain` (see `Ticks` and `TickFormat`): about `count` of them.
    /// With `integerOnly` (counts) a step below 1 becomes 1. A domain with no readable step gets its
    /// two ends, labelled compactly.
    public static func linearTicks(domain: (lower: Double, upper: Double), count: Int, integerOnly: Bool = false) -> [TickMark] {
        let (lo, hi) = domain
        guard var spec = Ticks.spec(lo, hi, count: max(count, 1)) else {
            let ends = lo == hi ? [lo] : [lo, hi]
            return ends.filter(\.isFinite).map { TickMark(value: $0, label: TickFormat.compact($0)) }
        }
        if integerOnly && spec.power < 0 {
            let first = lo.rounded(.up)
            let last = hi.rounded(.down)
            guard abs(first) <= Double(Ticks.maxIndex), abs(last) <= Double(Ticks.maxIndex) else { return [] }
            spec = TickSpec(first: Int(first), last: Int(last), mantissa: 1, power: 0)
        }
        return zip(spec.values, TickFormat.labels(spec)).map { TickMark(value: $0.0, label: $0.1) }
    }

    /// Writes grid lines, spine, tick labels and title for `rect`. `chartSize` bounds the title.
    func draw(in rect: PlotRect, chartWidth: Double, into w: inout SVGWriter) {
        let inside = ticks.filter { $0.position.isFinite }
        if showsGrid && !inside.isEmpty {
            var d = ""
            for t in inside {
                let p = SVGWriter.number(t.position)
                switch edge {
                case .bottom: d += "M\(p) \(SVGWriter.number(rect.y))V\(SVGWriter.number(rect.bottom))"
                case .left: d += "M\(SVGWriter.number(rect.x)) \(p)H\(SVGWriter.number(rect.right))"
                }
            }
            w.empty("path", [("d", .text(d)), ("stroke", .text("currentColor")), ("stroke-opacity", .text("0.12")), ("fill", .text("none"))])
        }
        switch edge {
        case .bottom:
            w.empty(
                "line",
                [
                    ("x1", .number(rect.x)), ("y1", .number(rect.bottom)), ("x2", .number(rect.right)), ("y2", .number(rect.bottom)),
                    ("stroke", .text("currentColor")), ("stroke-opacity", .text("0.5")),
                ])
            if !inside.isEmpty {
                w.open("g", [("font-size", .number(Axis.tickFontSize)), ("text-anchor", .text("middle")), ("fill-opacity", .text("0.8"))])
                for t in inside {
                    w.textElement("text", [("x", .number(t.position)), ("y", .number(rect.bottom + 16))], t.label)
                }
                w.close()
            }
            if !title.isEmpty {
                let text = TextFit.fitted(title, width: chartWidth - 16, fontSize: Axis.titleFontSize)
                w.textElement(
                    "text",
                    [
                        ("x", .number(rect.midX)), ("y", .number(rect.bottom + 36)), ("text-anchor", .text("middle")),
                        ("font-size", .number(Axis.titleFontSize)),
                    ], text)
            }
        case .left:
            w.empty(
                "line",
                [
                    ("x1", .number(rect.x)), ("y1", .number(rect.y)), ("x2", .number(rect.x)), ("y2", .number(rect.bottom)),
                    ("stroke", .text("currentColor")), ("stroke-opacity", .text("0.5")),
                ])
            if !inside.isEmpty {
                w.open("g", [("font-size", .number(Axis.tickFontSize)), ("text-anchor", .text("end")), ("fill-opacity", .text("0.8"))])
                for t in inside {
                    w.textElement("text", [("x", .number(rect.x - 6)), ("y", .number(t.position)), ("dy", .text("0.32em"))], t.label)
                }
                w.close()
            }
            if !title.isEmpty {
                let text = TextFit.fitted(title, width: rect.height, fontSize: Axis.titleFontSize)
                w.textElement(
                    "text",
                    [
                        ("transform", .text("translate(14 \(SVGWriter.number(rect.midY))) rotate(-90)")),
                        ("text-anchor", .text("middle")), ("font-size", .number(Axis.titleFontSize)),
                    ], text)
            }
        }
    }
}
