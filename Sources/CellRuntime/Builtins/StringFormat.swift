import Foundation

/// `String(format:_:)` for cells, with C's `printf` conversions checked against the arguments
/// (Foundation's own formatter would read garbage, or crash, on a mismatched argument).
///
/// Supported: `%d %i` (Int), `%f %F %e %E %g %G` (Double; an Int promotes), `%s %@` (any value, as
/// `print` writes it), `%%`, with flags `-+ 0#`, a width and a precision (`%8.3f`, `%-10s`).
enum StringFormat {
    static func format(_ template: String, _ arguments: [Value]) throws -> String {
        var out = ""
        var remaining = arguments[...]
        var chars = template[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            guard c == "%" else { out.append(c); continue }
            var spec = "%"
            while let f = chars.first, "-+ 0#".contains(f) { spec.append(f); chars = chars.dropFirst() }
            while let d = chars.first, d.isASCII, d.isNumber { spec.append(d); chars = chars.dropFirst() }
            if chars.first == "." {
                spec.append("."); chars = chars.dropFirst()
                while let d = chars.first, d.isASCII, d.isNumber { spec.append(d); chars = chars.dropFirst() }
            }
            guard let conversion = chars.first else {
                throw BuiltinError("format ends inside a conversion '\(spec)'; expected a letter such as d, f or s")
            }
            chars = chars.dropFirst()
            if conversion == "%" { out.append("%"); continue }
            guard let arg = remaining.first else {
                throw BuiltinError("format has more conversions than arguments (\(arguments.count) given)")
            }
            remaining = remaining.dropFirst()
            switch conversion {
            case "d", "i":
                guard case let .int(i) = arg else {
                    throw BuiltinError("conversion '\(spec)\(conversion)' expects an Int, not \(arg.typeName)")
                }
                out += String(format: spec + "ld", i)
            case "f", "F", "e", "E", "g", "G":
                guard let d = arg.asDouble else {
                    throw BuiltinError("conversion '\(spec)\(conversion)' expects a Double, not \(arg.typeName)")
                }
                out += String(format: spec + String(conversion), d)
            case "s", "@":
                out += pad(Display.text(arg), spec: spec)
            default:
                throw BuiltinError("unsupported conversion '%\(conversion)'; expected one of d i f e g s @ %")
            }
        }
        if !remaining.isEmpty {
            throw BuiltinError("format has fewer conversions than arguments (\(arguments.count) given)")
        }
        return out
    }

    /// Applies a `%s` width (right-aligned, or left with `-`) and precision (maximum length).
    private static func pad(_ text: String, spec: String) -> String {
        let body = spec.dropFirst()
        let left = body.contains("-")
        let parts = body.filter { $0.isNumber || $0 == "." }.split(separator: ".", omittingEmptySubsequences: false)
        var s = text
        if parts.count > 1, let p = Int(parts[1]) { s = String(s.prefix(p)) }
        if let w = parts.first.flatMap({ Int($0) }), s.count < w {
            let fill = String(repeating: " ", count: w - s.count)
            s = left ? s + fill : fill + s
        }
        return s
    }
}
