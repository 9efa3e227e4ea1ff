import Foundation

/// Number, duration and date texts used in the report, in one place.
enum ReportFormatting {
    /// A duration in seconds: `3.2 ms`, `0.12 s`, `12.3 s`, `2 min 05 s`, `1 h 02 min`;
    /// `—` if not finite.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "—" }
        let s = max(0, seconds)
        if s < 0.01 { return String(format: "%.1f ms", s * 1000) }
        if s < 10 { return String(format: "%.2f s", s) }
        if s < 60 { return String(format: "%.1f s", s) }
        if s < 3600 {
            let whole = Int(s.rounded())
            return String(format: "%d min %02d s", whole / 60, whole % 60)
        }
        guard s < 1e15 else { return String(format: "%.3g s", s) }
        let minutes = Int((s / 60).rounded())
        return String(format: "%d h %02d min", minutes / 60, minutes % 60)
    }

    /// An integer with thousands separators: `100000` → `100,000`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { result.append(",") }
            result.append(ch)
        }
        return value < 0 ? "-" + result : result
    }

    /// `1 row`, `2 rows`, with the count grouped.
    static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(grouped(value)) \(value == 1 ? singular : plural)"
    }

    /// ISO 8601 in UTC with seconds, e.g. `2026-11-29T10:41:12Z`.
    static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// Whether a table cell's text reads as a number (`3`, `-0.25`, `1e-3`, `1,234`, `nan`,
    /// `inf`, `12%`), so its column is right-aligned like pandas.
    static func looksNumeric(_ text: String) -> Bool {
        var t = text.trimmingCharacters(in: .whitespaces)
        if t.hasSuffix("%") { t.removeLast() }
        t.removeAll { $0 == "," || $0 == "_" }
        guard !t.isEmpty else { return false }
        return Double(t) != nil
    }

    /// A column's cells with every plain decimal number written to the same number of decimals (the
    /// most any of them has, at most 6), so a column reads `0.910, 0.913, 0.880` and not `0.91,
    /// 0.913, 0.88`. Only when every non-empty cell is a plain number (`-12`, `0.5`, no exponent,
    /// grouping or unit) and at least one has decimals; otherwise the cells are returned unchanged.
    /// Padding only appends zeros, so no value changes.
    static func alignedDecimals(_ cells: [String]) -> [String] {
        var most = 0
        var sawDecimal = false
        for cell in cells where !cell.isEmpty {
            var digits = cell.unicodeScalars[...]
            if digits.first == "-" || digits.first == "\u{2212}" { digits = digits.dropFirst() }
            let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } }) else { return cells }
            if parts.count == 2 {
                sawDecimal = true
                most = max(most, parts[1].count)
            }
        }
        guard sawDecimal, most <= 6 else { return cells }
        return cells.map { cell in
            guard !cell.isEmpty else { return cell }
            let decimals = cell.firstIndex(of: ".").map { cell.distance(from: $0, to: cell.endIndex) - 1 }
            switch decimals {
            case nil: return cell + "." + String(repeating: "0", count: most)
            case let d?: return cell + String(repeating: "0", count: most - d)
            }
        }
    }

    /// Splits text into lines; a final newline does not start an extra empty line.
    static func lines(_ text: String) -> [Substring] {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        if parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
        return parts
    }
}
