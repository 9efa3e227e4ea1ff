// `String(format:)`: printf's conversions as Foundation applies them to Swift values, one
// conversion at a time through the C library's `snprintf` (so the digits are the C library's).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Formats `values` by the printf-style `format` (`%d`, `%5.2f`, `%e`, `%g`, `%x`, `%s`, `%@`, `%%`).
func formatted(_ format: String, _ values: [Value]) -> String {
    var out = ""
    var next = 0
    var chars = Array(format.unicodeScalars)[...]
    while let c = chars.first {
        chars = chars.dropFirst()
        guard c == "%" else {
            out.unicodeScalars.append(c)
            continue
        }
        // Flags, width, precision, length modifiers, then the conversion.
        var spec = "%"
        while let d = chars.first, "-+ #0123456789.*lhqLzjt'".unicodeScalars.contains(d) {
            if d != "l" && d != "h" && d != "q" && d != "L" && d != "z" && d != "j" && d != "t" { spec.unicodeScalars.append(d) }
            chars = chars.dropFirst()
        }
        guard let conversion = chars.first else { break }
        chars = chars.dropFirst()
        if conversion == "%" {
            out += "%"
            continue
        }
        let value = next < values.count ? values[next] : .int(0)
        next += 1
        switch conversion {
        case "d", "i", "u", "x", "X", "o", "c":
            var n = 0
            switch value {
            case .int(let i): n = i
            case .double(let d): n = Int(d)
            case .bool(let b): n = b ? 1 : 0
            default: break
            }
            out += cFormat(spec + "l" + String(conversion)) { buffer, size, fmt in withVaList([n]) { vsnprintf(buffer, size, fmt, $0) } }
        case "f", "F", "e", "E", "g", "G", "a", "A":
            var x = 0.0
            switch value {
            case .double(let d): x = d
            case .float(let f): x = Double(f)
            case .int(let i): x = Double(i)
            default: break
            }
            out += cFormat(spec + String(conversion)) { buffer, size, fmt in withVaList([x]) { vsnprintf(buffer, size, fmt, $0) } }
        default:
            // `%@` and `%s`: the value's description.
            var text = ""
            switch value {
            case .string(let s): text = s
            case .character(let ch): text = String(ch)
            case .int(let i): text = String(i)
            case .double(let d): text = d.description
            case .bool(let b): text = b ? "true" : "false"
            default: text = "\(value)"
            }
            out += text.withCString { cs in cFormat(spec + "s") { buffer, size, fmt in withVaList([cs]) { vsnprintf(buffer, size, fmt, $0) } } }
        }
    }
    return out
}

private func cFormat(_ spec: String, _ body: (UnsafeMutablePointer<CChar>, Int, UnsafePointer<CChar>) -> Int32) -> String {
    var buffer = [CChar](repeating: 0, count: 512)
    let n = spec.withCString { fmt in buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, 512, fmt) } }
    if n >= 512 {
        buffer = [CChar](repeating: 0, count: Int(n) + 1)
        _ = spec.withCString { fmt in buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int(n) + 1, fmt) } }
    }
    return String(cString: buffer)
}
