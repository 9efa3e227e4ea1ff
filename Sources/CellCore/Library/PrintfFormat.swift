// `String(format:)` as Foundation does it on Linux (checked against swiftc): printf conversions
// with flags (`-+ #0`), width and precision (digits or `*`), positional arguments (`%2$@`) and
// length modifiers. Without a length modifier an integer conversion reads 32 bits, as C's does
// (`String(format: "%d", Int.max)` is "-1"); `hh`, `h` read 8 and 16, `l`, `ll`, `q`, `z`, `t`, `j`
// read 64. Numbers are formatted by the C library's `vsnprintf`, one conversion at a time; `%@`,
// `%s` (a Swift String is accepted, as if it were a C string) and `%c` are done here.

import CellSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

enum PrintfFormat {
    /// One argument of `String(format:)`, as its conversion reads it.
    enum Argument {
        case integer(Int64)
        case double(Double)
        case string(String)

        var asInt64: Int64 {
            switch self {
            case .integer(let v): return v
            case .double(let d): return Int64(truncatingIfNeeded: Int(exactly: d.rounded(.towardZero)) ?? 0)
            case .string: return 0
            }
        }
        var asDouble: Double {
            switch self {
            case .integer(let v): return Double(bitPattern: UInt64(bitPattern: v))
            case .double(let d): return d
            case .string: return 0
            }
        }
        var asString: String {
            switch self {
            case .integer(let v): return String(v)
            case .double(let d): return d.description
            case .string(let s): return s
            }
        }
    }

    static func format(_ format: String, _ arguments: [Argument]) -> String {
        var out = ""
        let chars = Array(format.unicodeScalars)
        var i = 0
        var next = 0  // the next sequential argument
        func take(_ position: Int?) -> Argument? {
            if let position { return position - 1 < arguments.count && position >= 1 ? arguments[position - 1] : nil }
            defer { next += 1 }
            return next < arguments.count ? arguments[next] : nil
        }
        func digits() -> Int? {
            var n: Int? = nil
            while i < chars.count, chars[i].isASCII, let d = Int(String(chars[i])) {
                n = (n ?? 0) * 10 + d
                i += 1
            }
            return n
        }
        while i < chars.count {
            let c = chars[i]
            i += 1
            guard c == "%" else {
                out.unicodeScalars.append(c)
                continue
            }
            let start = i
            // `%N$`: a positional argument.
            var position: Int? = nil
            if let n = digits(), i < chars.count, chars[i] == "$" {
                position = n
                i += 1
            } else {
                i = start
            }
            var flags = ""
            while i < chars.count, "-+ #0".unicodeScalars.contains(chars[i]) {
                if !flags.unicodeScalars.contains(chars[i]) { flags.unicodeScalars.append(chars[i]) }
                i += 1
            }
            var width: Int? = nil
            if i < chars.count, chars[i] == "*" {
                i += 1
                let w = Int(take(nil)?.asInt64 ?? 0)
                if w < 0 { flags += "-" }
                width = Swift.abs(w)
            } else {
                width = digits()
            }
            var precision: Int? = nil
            if i < chars.count, chars[i] == "." {
                i += 1
                if i < chars.count, chars[i] == "*" {
                    i += 1
                    let p = Int(take(nil)?.asInt64 ?? 0)
                    precision = p < 0 ? nil : p
                } else {
                    precision = digits() ?? 0
                }
            }
            var length = ""
            while i < chars.count, "hlqLztj".unicodeScalars.contains(chars[i]) {
                length.unicodeScalars.append(chars[i])
                i += 1
            }
            guard i < chars.count else { break }
            let conversion = chars[i]
            i += 1
            switch conversion {
            case "%":
                out += "%"
            case "d", "i", "u", "o", "x", "X":
                let raw = take(position)?.asInt64 ?? 0
                let signed = conversion == "d" || conversion == "i"
                let v: Int64
                switch length {
                case "hh": v = signed ? Int64(Int8(truncatingIfNeeded: raw)) : Int64(UInt8(truncatingIfNeeded: raw))
                case "h": v = signed ? Int64(Int16(truncatingIfNeeded: raw)) : Int64(UInt16(truncatingIfNeeded: raw))
                case "": v = signed ? Int64(Int32(truncatingIfNeeded: raw)) : Int64(UInt32(truncatingIfNeeded: raw))
                default: v = raw
                }
                out += cFormat(flags, width, precision, "ll" + String(conversion), v)
            case "e", "E", "f", "F", "g", "G", "a", "A":
                let v = take(position)?.asDouble ?? 0
                out += cFormat(flags, width, precision, String(conversion), v)
            case "c", "C":
                let v = UInt32(truncatingIfNeeded: take(position)?.asInt64 ?? 0)
                let s = Unicode.Scalar(conversion == "c" ? v & 0xFF : v).map { String(Character($0)) } ?? ""
                out += pad(s, width, left: flags.contains("-"))
            case "@":
                // Foundation ignores a width or precision on `%@`.
                out += take(position)?.asString ?? ""
            case "s", "S":
                var s = take(position)?.asString ?? ""
                if let precision { s = String(s.prefix(precision)) }
                out += pad(s, width, left: flags.contains("-"))
            default:
                // Not a conversion: Foundation drops the `%` and goes on with what follows.
                i = start
            }
        }
        return out
    }

    private static func pad(_ s: String, _ width: Int?, left: Bool) -> String {
        guard let width, s.count < width else { return s }
        let fill = String(repeating: " ", count: width - s.count)
        return left ? s + fill : fill + s
    }

    /// One conversion by the C library.
    private static func cFormat(_ flags: String, _ width: Int?, _ precision: Int?, _ conversion: String, _ value: CVarArg) -> String {
        var spec = "%" + flags
        if let width { spec += String(width) }
        if let precision { spec += "." + String(precision) }
        spec += conversion
        return withVaList([value]) { list -> String in
            var buffer = [CChar](repeating: 0, count: 512)
            let n = Int(vsnprintf(&buffer, buffer.count, spec, list))
            if n >= buffer.count {
                buffer = [CChar](repeating: 0, count: n + 1)
                _ = withVaList([value]) { vsnprintf(&buffer, buffer.count, spec, $0) }
            }
            return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
}

extension Compiler {
    /// `String(format: f, args...)`: each argument read by its static type.
    func formatIntrinsic(_ args: [TExpr], span: SourceSpan) -> Code? {
        let format = expr(args[0]).value
        guard args.count == 2, case .array(let items) = args[1].kind else { return nil }
        let readers: [(Frame) throws -> PrintfFormat.Argument] = items.map { item in
            var inner = item
            if case .toExistential(let e) = item.kind { inner = e }
            let c = expr(inner).value
            let name = concrete(inner.type).symbol?.name ?? ""
            if NumberTypes.integerNames.contains(name) { return { f in .integer(Int64(try c(f).asInt)) } }
            switch name {
            case "Double": return { f in .double(try c(f).asDouble) }
            case "Float": return { f in .double(Double(Float.from(try c(f)))) }
            case "Bool": return { f in .integer(try c(f).asBool ? 1 : 0) }
            case "String", "Substring": return { f in .string(try c(f).asString) }
            default:
                let t = concrete(inner.type)
                let runtime = self.runtime
                return { f in .string(try runtime.describe(try c(f), t)) }
            }
        }
        return .value { f in
            let text = try format(f).asString
            return .string(PrintfFormat.format(text, try readers.map { try $0(f) }))
        }
    }
}
