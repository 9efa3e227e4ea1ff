/// Byte-level number recognition for CSV type inference.
///
/// Accepted forms (ASCII, optional surrounding spaces or tabs):
/// - Int: `[+-]?[0-9]+` that fits in 64 bits;
/// - Double: `[+-]?` digits with an optional `.` and fraction (at least one digit in all),
///   optional exponent `[eE][+-]?[0-9]+`. `inf`, `nan` and hex floats are not numbers here
///   (pandas would read `inf` as a float and `nan`/`NA`/`null` as missing).
enum NumberParsing {
    private static let space: UInt8 = 0x20, tab: UInt8 = 0x09
    private static let plus: UInt8 = 0x2B, minus: UInt8 = 0x2D, dot: UInt8 = 0x2E
    private static let zero: UInt8 = 0x30, lowerE: UInt8 = 0x65, upperE: UInt8 = 0x45

    /// Exact powers of ten representable as Doubles (10^0 … 10^22).
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var p = 1.0
        for _ in 0..<exponent { p *= 10 }
        return p
    }

    /// The field without leading and trailing spaces and tabs.
    @inline(__always)
    static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var s = b.startIndex, e = b.endIndex
        while s < e, b[s] == space || b[s] == tab { s += 1 }
        while e > s, b[e - 1] == space || b[e - 1] == tab { e -= 1 }
        return UnsafeBufferPointer(rebasing: b[s..<e])
    }

    /// The trimmed field and the position after its optional sign, or nil when it is empty.
    @inline(__always)
    static func signed(_ field: UnsafeBufferPointer<UInt8>) -> (b: UnsafeBufferPointer<UInt8>, start: Int, negative: Bool)? {
        let b = trimmed(field)
        guard b.startIndex < b.endIndex else { return nil }
        let sign = b[b.startIndex] == minus || b[b.startIndex] == plus
        return (b, b.startIndex + (sign ? 1 : 0), b[b.startIndex] == minus)
    }

    /// The Int spelled by `field`, or nil.
    @inline(__always)
    static func parseInt(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let (b, start, negative) = signed(field) else { return nil }
        var i = start
        let e = b.endIndex
        guard i < e else { return nil }
        var value = 0
        while i < e {
            let d = b[i] &- zero
            guard d < 10 else { return nil }
            // Accumulate negatively so Int.min parses too.
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.subtractingReportingOverflow(Int(d))
            guard !o1, !o2 else { return nil }
            value = s
            i += 1
        }
        if negative { return value }
        let (positive, overflow) = (0).subtractingReportingOverflow(value)
        return overflow ? nil : positive
    }

    /// The Double spelled by `field`, or nil. Correctly rounded: a fast exact path
    /// (Clinger: mantissa < 2^53 and |power of ten| ≤ 22), else the standard library's parser.
    @inline(__always)
    static func parseDouble(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
        guard let (b, start, negative) = signed(field) else { return nil }
        var i = start
        let e = b.endIndex
        var mantissa: UInt64 = 0
        var digits = 0  // significant digits accumulated into mantissa
        var sawDigit = false
        var dropped = false  // digits beyond what mantissa can hold exactly
        var exponent10 = 0
        while i < e, b[i] &- zero < 10 {
            sawDigit = true
            accumulate(b[i] &- zero, &mantissa, &digits, &dropped, &exponent10, fraction: false)
            i += 1
        }
        if i < e, b[i] == dot {
            i += 1
            while i < e, b[i] &- zero < 10 {
                sawDigit = true
                accumulate(b[i] &- zero, &mantissa, &digits, &dropped, &exponent10, fraction: true)
                i += 1
            }
        }
        guard sawDigit else { return nil }
        if i < e, b[i] == lowerE || b[i] == upperE {
            i += 1
            var expNegative = false
            if i < e, b[i] == minus || b[i] == plus { expNegative = b[i] == minus; i += 1 }
            guard i < e else { return nil }
            var exp = 0
            while i < e, b[i] &- zero < 10 {
                if exp < 100_000 { exp = exp * 10 + Int(b[i] &- zero) }
                i += 1
            }
            exponent10 += expNegative ? -exp : exp
        }
        guard i == e else { return nil }
        if !dropped, mantissa < (1 << 53), abs(exponent10) <= 22 {
            var v = Double(mantissa)
            v = exponent10 < 0 ? v / powersOfTen[-exponent10] : v * powersOfTen[exponent10]
            return negative ? -v : v
        }
        return Double(String(decoding: b, as: UTF8.self))
    }

    @inline(__always)
    private static func accumulate(
        _ d: UInt8, _ mantissa: inout UInt64, _ digits: inout Int,
        _ dropped: inout Bool, _ exponent10: inout Int, fraction: Bool
    ) {
        if mantissa == 0 && d == 0 {
            if fraction { exponent10 -= 1 }  // leading zeros carry no significance
            return
        }
        if digits < 19 {
            mantissa = mantissa &* 10 &+ UInt64(d)
            digits += 1
            if fraction { exponent10 -= 1 }
        } else {
            if d != 0 { dropped = true }
            if !fraction { exponent10 += 1 }
        }
    }
}
