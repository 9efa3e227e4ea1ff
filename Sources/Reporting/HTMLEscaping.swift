/// The one place where plain text becomes HTML. Every piece of untrusted text in the report
/// (code, printed output, table cells, captions, error messages, titles, paths) goes through
/// `escape`; only `.prose`/`.heading` HTML, `.html` and `.svg` outputs bypass it as trusted.
enum HTMLEscaping {
    /// Escapes `&`, `<`, `>`, `"` and `'` (safe both in element content and in quoted attribute
    /// values) and replaces U+0000, which HTML does not allow, with U+FFFD.
    static func escape(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\u{0}": result += "\u{FFFD}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
