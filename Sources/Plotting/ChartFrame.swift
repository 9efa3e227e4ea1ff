/// The parts every chart shares: the margins around the plot rectangle, the visible title, the notes
/// line(s) at the bottom and the "no data" message. Every kind draws through `ChartFrame.draw`; kinds
/// compute their y tick labels first (the left margin depends on their width), then ask for the
/// plot rectangle.
struct ChartFrame {
    static let titleFontSize = 15.0
    static let noteFontSize = 11.0
    static let noteLineHeight = 15.0

    let width: Double
    let height: Double
    let title: String
    let xLabel: String
    let yLabel: String
    /// The notes, wrapped to the chart's width: one entry per drawn line.
    let noteLines: [String]

    init(chart: Chart, notes: [String]) {
        width = chart.pixelWidth
        height = chart.pixelHeight
        title = chart.title
        xLabel = chart.xLabel
        yLabel = chart.yLabel
        noteLines = notes.flatMap { TextFit.wrapped($0, width: chart.pixelWidth - 16, fontSize: ChartFrame.noteFontSize) }
    }

    /// Every kind's frame, in drawing order: the visible title; then `body` with the frame when there
    /// is data, else the "no data" outline; then the notes (the nil entries of `notes` are skipped).
    static func draw(
        _ chart: Chart, notes: [String?], hasData: Bool, into w: inout SVGWriter,
        _ body: (ChartFrame, inout SVGWriter) -> Void
    ) {
        let frame = ChartFrame(chart: chart, notes: notes.compactMap { $0 })
        frame.drawTitle(into: &w)
        if hasData {
            body(frame, &w)
        } else {
            frame.drawNoData(into: &w)
        }
        frame.drawNotes(into: &w)
    }

    /// Top of the plot rectangle.
    var plotTop: Double { title.isEmpty ? 14 : 38 }

    /// Bottom of the plot rectangle: room for tick labels, the x title and the notes.
    var plotBottom: Double {
        let margin = 26 + (xLabel.isEmpty ? 0 : 18) + ChartFrame.noteLineHeight * Double(noteLines.count) + 4
        return max(height - margin, plotTop + 20)
    }

    /// The plot rectangle, given the y tick labels drawn left of it and `rightMargin` px (legend,
    /// marginal plots) to keep free on the right.
    func plotRect(yTickLabels: [String], rightMargin: Double = 16) -> PlotRect {
        let labelWidth = yTickLabels.map { TextFit.width($0, fontSize: Axis.tickFontSize) }.max() ?? 0
        let left = 8 + (yLabel.isEmpty ? 0 : 20) + labelWidth + 8
        let plotWidth = max(width - left - rightMargin, 20)
        return PlotRect(x: left, y: plotTop, width: plotWidth, height: plotBottom - plotTop)
    }

    /// About how many ticks fit along `length` px, one per `spacing` px (at least 2).
    static func tickCount(length: Double, spacing: Double) -> Int {
        guard length.isFinite, length > 0 else { return 2 }
        return max(2, Int(length / spacing))
    }

    /// Writes the visible title (the `<title>` element is written by `Chart.svg`).
    func drawTitle(into w: inout SVGWriter) {
        guard !title.isEmpty else { return }
        let text = TextFit.fitted(title, width: width - 16, fontSize: ChartFrame.titleFontSize)
        w.textElement(
            "text",
            [
                ("x", .number(width / 2)), ("y", .number(24)), ("text-anchor", .text("middle")),
                ("font-size", .number(ChartFrame.titleFontSize)), ("font-weight", .text("600")),
            ], text)
    }

    /// Writes the notes at the bottom left, muted, each wrapped onto as many lines as it needs.
    func drawNotes(into w: inout SVGWriter) {
        guard !noteLines.isEmpty else { return }
        w.open("g", [("font-size", .number(ChartFrame.noteFontSize)), ("fill-opacity", .text("0.7"))])
        for (i, line) in noteLines.enumerated() {
            let y = height - 6 - ChartFrame.noteLineHeight * Double(noteLines.count - 1 - i)
            w.textElement("text", [("x", .number(8)), ("y", .number(y))], line)
        }
        w.close()
    }

    /// Writes "no data" centred in the space below the title, inside a faint dashed outline of the
    /// plot area, so an empty chart reads as a chart and not as a gap in the page.
    func drawNoData(into w: inout SVGWriter) {
        w.empty(
            "rect",
            [
                ("x", .number(8)), ("y", .number(plotTop)), ("width", .number(max(width - 16, 1))),
                ("height", .number(max(plotBottom - plotTop, 1))), ("fill", .text("none")),
                ("stroke", .text("currentColor")), ("stroke-opacity", .text("0.3")),
                ("stroke-dasharray", .text("4 4")),
            ])
        w.textElement(
            "text",
            [
                ("x", .number(width / 2)), ("y", .number((plotTop + plotBottom) / 2)), ("text-anchor", .text("middle")),
                ("font-size", .number(13)), ("fill-opacity", .text("0.6")),
            ], "no data")
    }
}

/// The pairs (x[i], y[i]) a two-variable chart draws: the positions below the shorter length where
/// both coordinates are finite. NaN and infinite values are left out and counted for a note.
struct FinitePairs {
    let indices: [Int]
    /// Positions below the shorter length left out for a NaN or infinite coordinate.
    let nonFinite: Int

    init(x: [Double], y: [Double]) {
        let n = min(x.count, y.count)
        indices = (0..<n).filter { x[$0].isFinite && y[$0].isFinite }
        nonFinite = n - indices.count
    }
}

/// Counting what a chart leaves out, phrased for the visible notes line.
enum Notes {
    /// "3 points not shown (NaN or infinite)" (singular for 1), or nil for 0.
    static func nonFinite(_ count: Int, noun: String = "point", plural: String = "points") -> String? {
        guard count > 0 else { return nil }
        return "\(count) \(count == 1 ? noun : plural) not shown (NaN or infinite)"
    }

    /// "x has 5 values but y has 4: the first 4 pairs are drawn", or nil when the counts agree.
    static func lengthMismatch(_ a: String, _ aCount: Int, _ b: String, _ bCount: Int) -> String? {
        guard aCount != bCount else { return nil }
        return "\(a) has \(aCount) values but \(b) has \(bCount): the first \(min(aCount, bCount)) are drawn"
    }
}
