/// Estimating text width and shortening text to fit, without a font engine.
///
/// Policy (documented for every chart): text never overflows the chart's viewBox by design. Titles,
/// axis labels, legend names, category labels and point labels are cut to an estimated width and end
/// with "…". Widths are estimated as 0.6 × font size per character (a sans-serif average), counting
/// user-perceived characters, so "é" counts as one; wide characters (CJK ideographs, kana, Hangul,
/// full-width forms and emoji, Unicode's East Asian Width W/F) count as 1.0 × font size, since a
/// browser draws them about twice as wide as Latin letters.
public enum TextFit {
    /// Average advance of one character, as a fraction of the font size.
    public static let averageCharacterWidth = 0.6
    /// Advance of one wide (East Asian W/F or emoji) character, as a fraction of the font size.
    public static let wideCharacterWidth = 1.0

    /// Estimated width in px of `text` at `fontSize` px.
    public static func width(_ text: String, fontSize: Double) -> Double {
        var units = 0.0
        for character in text {
            units += isWide(character) ? wideCharacterWidth : averageCharacterWidth
        }
        return units * fontSize
    }

    /// Whether a character is drawn about one em wide: its first scalar is in a block of Unicode's
    /// East Asian Width W or F (UAX #11), approximated by block ranges, or an emoji.
    static func isWide(_ character: Character) -> Bool {
        guard let v = character.unicodeScalars.first?.value, v >= 0x1100 else { return false }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
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

    /// `text` cut to fit `width` px at `fontSize` px (wide characters counted as such, see `width`).
    public static func fitted(_ text: String, width: Double, fontSize: Double) -> String {
        guard TextFit.width(text, fontSize: fontSize) > width else { return text }
        var limit = min(capacity(width: width, fontSize: fontSize), text.count)
        var cut = truncated(text, to: limit)
        while limit > 0, TextFit.width(cut, fontSize: fontSize) > width {
            limit -= 1
            cut = truncated(text, to: limit)
        }
        return cut
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
