/// Builds SVG text element by element. This is the ONLY place in `Plotting` that turns strings and
/// numbers into markup: every attribute value and every text node passes through `escapeText` /
/// `escapeAttribute`, and every coordinate through `number(_:decimals:)`.
///
/// Output is deterministic: attributes are written in the order given, numbers are rounded to a fixed
/// number of decimals with trailing zeros removed (`12.30` → `12.3`, `-0.0` → `0`), and no hashing or
/// randomness is involved. Elements are written one per line so goldens diff readably.
public struct SVGWriter: Sendable {
    /// An attribute value: text (escaped), a number (rounded to `decimals`) or a pre-built number list.
    public enum Value: Sendable {
        case text(String)
        case number(Double)
    }

    /// The markup written so far.
    public private(set) var text = ""
    /// Decimals kept for `.number` attribute values (coordinates in px): 1 keeps 20,000-point scatters small.
    public var decimals: Int
    private var openTags: [String] = []

    public init(decimals: Int = 1) {
        self.decimals = decimals
    }

    /// Opens `<tag a="v" …>`; pair with `close()`.
    public mutating func open(_ tag: String, _ attributes: [(String, Value)] = []) {
        text += "<\(tag)\(render(attributes))>\n"
        openTags.append(tag)
    }

    /// Closes the most recently opened element (no-op when none is open).
    public mutating func close() {
        guard let tag = openTags.popLast() else { return }
        text += "</\(tag)>\n"
    }

    /// Writes a childless element `<tag … />`.
    public mutating func empty(_ tag: String, _ attributes: [(String, Value)]) {
        text += "<\(tag)\(render(attributes))/>\n"
    }

    /// Writes `<tag …>escaped content</tag>`.
    public mutating func textElement(_ tag: String, _ attributes: [(String, Value)], _ content: String) {
        text += "<\(tag)\(render(attributes))>\(SVGWriter.escapeText(content))</\(tag)>\n"
    }

    /// Closes every element still open and returns the document.
    public mutating func finish() -> String {
        while !openTags.isEmpty { close() }
        return text
    }

    private func render(_ attributes: [(String, Value)]) -> String {
        var out = ""
        for (name, value) in attributes {
            switch value {
            case .text(let s): out += " \(name)=\"\(SVGWriter.escapeAttribute(s))\""
            case .number(let x): out += " \(name)=\"\(SVGWriter.number(x, decimals: decimals))\""
            }
        }
        return out
    }

    // MARK: - Escaping (the one place)

    /// Escapes a text node: `&` `<` `>` become entities; characters XML 1.0 forbids (C0 controls other
    /// than tab, newline and carriage return, lone surrogates cannot occur in Swift strings, U+FFFE/U+FFFF)
    /// become U+FFFD so the result is always well-formed. Non-ASCII text (é, 😀) is kept as UTF-8.
    public static func escapeText(_ s: String) -> String {
        escape(s, quotes: false)
    }

    /// Escapes an attribute value for use between double quotes: as `escapeText`, plus `"` → `&quot;`,
    /// `'` → `&#39;`, and tab/newline/CR → numeric references (so attribute normalisation keeps them).
    public static func escapeAttribute(_ s: String) -> String {
        escape(s, quotes: true)
    }

    private static func escape(_ s: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            case "\t" where quotes: out += "&#9;"
            case "\n" where quotes: out += "&#10;"
            case "\r" where quotes: out += "&#13;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    // MARK: - Numbers

    /// Formats `x` rounded half away from zero to `decimals` places (0…6), without trailing zeros or
    /// exponent: `number(3.14159)` = `"3.1"`, `number(2.0)` = `"2"`, `number(-0.04)` = `"0"`.
    /// Non-finite values and magnitudes beyond 1e12 (never valid pixel coordinates) are written as `"0"`.
    public static func number(_ x: Double, decimals: Int = 1) -> String {
        let d = min(max(decimals, 0), 6)
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        let scaled = (x * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled.isFinite, abs(x) <= 1e12 else { return "0" }
        let n = Int(scaled)
        if n == 0 { return "0" }
        let digits = String(abs(n))
        var whole: Substring
        var frac: Substring
        if d == 0 {
            whole = Substring(digits)
            frac = ""
        } else {
            let padded = digits.count <= d ? String(repeating: "0", count: d - digits.count + 1) + digits : digits
            whole = padded.dropLast(d)
            frac = padded.suffix(d)
            while frac.last == "0" { frac = frac.dropLast() }
        }
        if whole.isEmpty { whole = "0" }
        return (n < 0 ? "-" : "") + whole + (frac.isEmpty ? "" : "." + frac)
    }
}
