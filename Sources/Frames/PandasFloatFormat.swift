#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Number text as pandas prints it.
///
/// Column rule copied from pandas `io/formats/format.py` `FloatArrayFormatter`
/// (`display.precision` = 6): format every shown value with `% .6f`, then strip trailing zeros
/// while every value of the column ends in `0`, keeping one digit after the point
/// (`_trim_zeros_float`). If some value is nonzero with magnitude < 1e-6, or the longest result
/// (with its sign slot) exceeds 12 characters while some magnitude exceeds 1e6, the whole column
/// uses `% .6e` instead. So `[2.5, 3.0]` → `2.5`, `3.0`; `[2.25, 3.0]` → `2.25`, `3.00`;
/// `881250949.0` stays fixed, `1260759144.0` becomes `1.260759e+09`.
enum PandasFloatFormat {
    static let precision = 6

    /// Python `repr` of a float (shortest round-trip text): `3.0`, `2.5`, `1e-07`.
    static func repr(_ value: Double) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return value.description
    }

    /// Texts for the present values of one shown column (nil = missing → empty string).
    static func column(_ values: [Double?]) -> [String] {
        let present = values.compactMap { $0 }
        guard !present.isEmpty else { return values.map { _ in "" } }
        let fixed = trimZeros(values.map { $0.map { cFormat("%.\(precision)f", $0) } })
        let maxLength = zip(values, fixed).compactMap { v, s in v.map { s.count + ($0.sign == .minus ? 0 : 1) } }.max() ?? 0
        let magnitudes = present.map(abs)
        let hasLarge = magnitudes.contains { $0 > 1e6 }
        let hasSmall = magnitudes.contains { $0 > 0 && $0 < 1e-6 }
        if hasSmall || (maxLength > precision + 6 && hasLarge) {
            return values.map { $0.map { cFormat("%.\(precision)e", $0) } ?? "" }
        }
        return fixed
    }

    /// pandas `_trim_zeros_float`: drop a trailing `0` from every number while all end in `0`,
    /// then put back one `0` after a bare decimal point. Missing entries stay empty.
    private static func trimZeros(_ texts: [String?]) -> [String] {
        var t = texts.map { $0.map { Array($0.utf8) } }
        func isDecimal(_ s: [UInt8]) -> Bool { s.contains(0x2E) && !s.contains(0x65) && !s.contains(0x6E) && !s.contains(0x69) }
        while true {
            let numbers = t.compactMap { $0 }.filter(isDecimal)
            guard !numbers.isEmpty, numbers.allSatisfy({ $0.last == 0x30 }) else { break }
            t = t.map { $0.map { isDecimal($0) ? Array($0.dropLast()) : $0 } }
        }
        return t.map { bytes in
            guard var s = bytes else { return "" }
            if isDecimal(s), s.last == 0x2E { s.append(0x30) }
            return String(decoding: s, as: UTF8.self)
        }
    }

    /// C `printf` formatting of one Double.
    static func cFormat(_ format: String, _ value: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let written = withVaList([value]) { args in
            buffer.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, $0.count, format, args) }
        }
        guard written >= 0 else { return repr(value) }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
