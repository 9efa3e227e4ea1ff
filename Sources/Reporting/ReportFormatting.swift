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

    /// Splits text into lines; a final newline does not start an extra empty line.
    static func lines(_ text: String) -> [Substring] {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        if parts.count > 1, parts.last?.isEmpty == true { parts.removeLast() }
        return parts
    }
}
