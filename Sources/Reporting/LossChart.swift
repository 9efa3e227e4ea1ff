import Foundation

/// A small inline SVG line chart of a training progress table's loss columns (every column
/// whose name contains `loss`) against its `epoch` column (or the row number), like the plot
/// fast.ai's recorder draws. Only numbers and escaped column names are written into the SVG.
enum LossChart {
    static let width = 360.0
    static let height = 150.0
    static let left = 46.0, right = 10.0, top = 10.0, bottom = 26.0

    /// The chart's SVG, or an empty string when no loss column has two finite values.
    static func svg(for table: ReportTable) -> String {
        let columns = table.columns
        let epochColumn = columns.firstIndex { $0.lowercased() == "epoch" }
        func value(_ row: [String], _ c: Int) -> Double? {
            guard c < row.count else { return nil }
            let text = row[c].trimmingCharacters(in: .whitespaces)
            guard let v = Double(text), v.isFinite else { return nil }
            return v
        }
        var series: [(name: String, points: [(Double, Double)])] = []
        for (c, name) in columns.enumerated() where name.lowercased().contains("loss") {
            var points: [(Double, Double)] = []
            for (r, row) in table.rows.enumerated() {
                let x = epochColumn.flatMap { value(row, $0) } ?? Double(r)
                if let y = value(row, c) { points.append((x, y)) }
            }
            if points.count >= 2 { series.append((name, points)) }
        }
        guard !series.isEmpty else { return "" }
        let xs = series.flatMap { $0.points.map(\.0) }
        let ys = series.flatMap { $0.points.map(\.1) }
        guard let x0 = xs.min(), let x1 = xs.max(), var y0 = ys.min(), var y1 = ys.max() else { return "" }
        if y1 - y0 < 1e-12 { y0 -= 0.5; y1 += 0.5 }
        let pad = (y1 - y0) * 0.05
        y0 -= pad; y1 += pad
        let xSpan = x1 - x0 < 1e-12 ? 1 : x1 - x0
        let plotW = width - left - right, plotH = height - top - bottom
        func px(_ x: Double) -> String { fmt(left + (x - x0) / xSpan * plotW) }
        func py(_ y: Double) -> String { fmt(top + (1 - (y - y0) / (y1 - y0)) * plotH) }

        var svg = "<figure class=\"loss-chart\"><svg viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" "
        svg += "width=\"\(fmt(width))\" height=\"\(fmt(height))\" role=\"img\" aria-label=\"loss by epoch\">"
        svg += "<rect class=\"frame\" x=\"\(fmt(left))\" y=\"\(fmt(top))\" width=\"\(fmt(plotW))\" height=\"\(fmt(plotH))\"/>"
        for y in [y0 + pad, y1 - pad] {
            svg += "<line class=\"grid\" x1=\"\(fmt(left))\" x2=\"\(fmt(left + plotW))\" y1=\"\(py(y))\" y2=\"\(py(y))\"/>"
            svg += "<text class=\"tick\" x=\"\(fmt(left - 4))\" y=\"\(py(y))\" text-anchor=\"end\" dominant-baseline=\"middle\">\(fmt3(y))</text>"
        }
        svg += "<text class=\"tick\" x=\"\(fmt(left))\" y=\"\(fmt(height - 8))\">\(fmt3(x0))</text>"
        svg += "<text class=\"tick\" x=\"\(fmt(left + plotW))\" y=\"\(fmt(height - 8))\" text-anchor=\"end\">\(fmt3(x1))</text>"
        svg += "<text class=\"tick\" x=\"\(fmt(left + plotW / 2))\" y=\"\(fmt(height - 8))\" text-anchor=\"middle\">\(epochColumn == nil ? "row" : "epoch")</text>"
        for (k, s) in series.enumerated() {
            let points = s.points.map { "\(px($0.0)),\(py($0.1))" }.joined(separator: " ")
            svg += "<polyline class=\"series series-\(k % 4)\" points=\"\(points)\"/>"
        }
        svg += "</svg><figcaption>"
        for (k, s) in series.enumerated() {
            svg += "<span class=\"key series-\(k % 4)\">\(HTMLEscaping.escape(s.name))</span> "
        }
        svg += "</figcaption></figure>\n"
        return svg
    }

    private static func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
    private static func fmt3(_ v: Double) -> String { String(format: "%.3g", v) }
}
