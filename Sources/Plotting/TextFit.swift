/// Estimating text width and shortening text to fit, without a font engine.
///
/// Policy (documented for every chart): text never overflows the chart's viewBox by design. Titles,
/// axis labels, legend names, category labels and point labels are cut to an estimated width and end
/// with "…". Widths are estimated as 0.6 × font size per character (a sans-serif average), counting
/// user-perceived characters, so "😀" or "é" counts as one.
public enum TextFit {
    /// Average advance of one character, as a fraction of the font size.
    public static let averageCharacterWidth = 0.6

    /// Estimated width in px of `text` at `fontSize` px.
    public static func width(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * averageCharacterWidth
    }

    /// How many characters fit in `width` px at `fontSize` px (0 ... 1,000,000).
    public static func capacity(width: Double, fontSize: Double) -> Int {
        guard width.isFinite, width > 0, fontSize.isFinite, fontSize > 0 else { return 0 }
        return Int(min(width / (fontSize * averageCharacterWidth), 1_000_000))
    }

    /// `text` cut to at most `maxCharacters` characters, the last being "…" when cut
    /// (`truncated("Silence of the Lambs", to: 8)` = `"Silence…"`). `maxCharacters ≤ 0` gives `""`.
    public static func truncated(_ text: String, to maxCharacters: Int) -> String {
        guard maxCharacters > 0 else { return "" }
        guard text.count > maxCharacters else { return text }
        var cut = String(text.prefix(maxCharacters - 1))
        while let last = cut.last, last.isWhitespace { cut.removeLast() }
        return cut + "…"
    }

    /// `text` cut to fit `width` px at `fontSize` px.
    public static func fitted(_ text: String, width: Double, fontSize: Double) -> String {
        truncated(text, to: capacity(width: width, fontSize: fontSize))
    }

    /// `text` broken at spaces into lines of at most `capacity(width:fontSize:)` characters (greedy);
    /// a single word longer than a line is cut with "…". Empty text gives no lines.
    public static func wrapped(_ text: String, width: Double, fontSize: Double) -> [String] {
        let limit = max(capacity(width: width, fontSize: fontSize), 1)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let w = truncated(String(word), to: limit)
            if line.isEmpty {
                line = w
            } else if line.count + 1 + w.count <= limit {
                line += " " + w
            } else {
                lines.append(line)
                line = w
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
