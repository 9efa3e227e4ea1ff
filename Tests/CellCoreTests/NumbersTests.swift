// The numeric library (every fixed-width integer type, Double and Float, Foundation's math and
// `String(format:)`) against swiftc. Each program's expected output beside it was printed by the
// real compiler's program (swiftc 6.3.1, `-O -lm` for the valid ones, `-Onone -g` for the traps,
// whose expected text is the output before the trap, run unbuffered with `stdbuf -o0`, and the
// trap's message), copied verbatim.

import CellCore
import Testing

private struct NumbersCase: CustomTestStringConvertible, Sendable {
    let name: String
    let source: String
    let expected: String
    var testDescription: String { name }
}

private struct NumbersTrap: CustomTestStringConvertible, Sendable {
    let name: String
    let source: String
    let output: String
    let trap: String
    var testDescription: String { name }
}

private let programs: [NumbersCase] = [
    NumbersCase(name: "integers", source: #"""
let a: UInt8 = 200
let b: UInt8 = 55
print(a &+ b &+ 1, a + b, UInt8.max, Int8.min, UInt64.max)
let x: Int8 = -5
print(x.magnitude, x.signum(), Int8(truncatingIfNeeded: 300), UInt8(truncatingIfNeeded: -1))
print(Int16(1000) << 3, UInt8(1) << 9, Int32.max.addingReportingOverflow(1))
print(String(255, radix: 16, uppercase: true), UInt8("ff", radix: 16) ?? 0, Int(exactly: 3.5) as Any)
print(Float(0.1) * 3, Double.leastNonzeroMagnitude, (2.5).rounded(.toNearestOrEven), (-0.0).sign, 8.0.exponent)
print(UInt32(7).leadingZeroBitCount, UInt16(0x1234).byteSwapped, Int.max.nonzeroBitCount)
var u: UInt16 = 10
u += 5
u <<= 2
print(u, "\(UInt64.max)", min(3, 1, 2), max(1.5, 2.5, 0.5, 9.0))
print(7.5.truncatingRemainder(dividingBy: 2), 7.5.remainder(dividingBy: 2), Double.minimum(1, 2))
let n: Int = 3
print(UInt8(1) << n, Int64(n) * 4)

"""#, expected: #"""
0 255 255 -128 18446744073709551615
5 -1 44 255
8000 0 (partialValue: -2147483648, overflow: true)
FF 255 nil
0.3 5e-324 2.0 minus 3
29 13330 63
60 18446744073709551615 1 9.0
1.5 -0.5 1.0
8 12

"""#),
    NumbersCase(name: "fixedwidth", source: #"""
let types: [Int] = [Int8.bitWidth, Int16.bitWidth, Int32.bitWidth, Int64.bitWidth, UInt.bitWidth]
print(types, Int16.max, Int16.min, UInt32.max, Int32.min, UInt16.max)
var h: UInt32 = 2166136261
for b in [UInt8(104), 105] { h = (h ^ UInt32(b)) &* 16777619 }
print(h, String(h, radix: 16), String(UInt8(5), radix: 2))
let s: Int16 = -300
print(s >> 2, s << 14, s &<< 17, UInt8(truncatingIfNeeded: s), Int8(clamping: s), UInt16(bitPattern: s))
let w0: Int8 = 1
print(UInt8(200).multipliedReportingOverflow(by: 2), Int8(-128).dividedReportingOverflow(by: Int8(-1) * w0))
print(Int32(-7).quotientAndRemainder(dividingBy: 2), (-7).isMultiple(of: 7), UInt64(1) << 63, Int64(-1).magnitude)
print(UInt8("255") as Any, UInt8("256") as Any, Int8("-128") as Any, Int16("7f", radix: 16) as Any)
print(Int.min.magnitude, (-5).signum(), UInt8(0).leadingZeroBitCount, Int64(1).trailingZeroBitCount, UInt32(0x12345678).byteSwapped)
var w: Int8 = 127
w &+= 1
print(w, "\(UInt.max) \(Int8.min)", UInt16(3) == 3, Int32(5) > Int64(4))

"""#, expected: #"""
[8, 16, 32, 64, 64] 32767 -32768 4294967295 -2147483648 65535
1748694682 683af69a 101
-75 0 -600 212 -128 65236
(partialValue: 144, overflow: true) (partialValue: -128, overflow: true)
(quotient: -3, remainder: -1) true 9223372036854775808 1
Optional(255) nil Optional(-128) Optional(127)
9223372036854775808 -1 8 0 2018915346
-128 18446744073709551615 -128 true true

"""#),
    NumbersCase(name: "floats", source: #"""
let rules: [FloatingPointRoundingRule] = [.toNearestOrAwayFromZero, .toNearestOrEven, .up, .down, .towardZero, .awayFromZero]
for r in rules { print(r, 2.5.rounded(r), (-2.5).rounded(r), Float(1.5).rounded(r)) }
var d = 7.25
d.round(.down)
print(d, Double.ulpOfOne, Float.ulpOfOne, 1.0.ulp, Float.greatestFiniteMagnitude, Double.leastNormalMagnitude)
print(Double.nan.isNaN, Double.infinity.isInfinite, 0.0.isZero, (-3.0).sign, 12.0.exponent, 12.0.significand)
print(Float(0.1) + Float(0.2), 0.1 + 0.2, Float(1) / 3, Double(Float(0.1)), Float(16777217))
print(Double("3.5") as Any, Double("x") as Any, Float("2.25") as Any, Double(exactly: 7) as Any, Int(exactly: 2.5) as Any)
print(5.5.truncatingRemainder(dividingBy: 2), 5.5.remainder(dividingBy: 2), (-7.0).magnitude, 2.0.squareRoot())
print(Double.maximum(1, .nan), Double.minimum(-0.0, 0.0), 1.0.addingProduct(2, 3), (1e300 * 10).isFinite)
let n: UInt8 = 200
print(Double(n), Float(Int64.max), Int(Float(3.99)), Int8(-3.7), UInt16(65535.9))

"""#, expected: #"""
toNearestOrAwayFromZero 3.0 -3.0 2.0
toNearestOrEven 2.0 -2.0 2.0
up 3.0 -2.0 2.0
down 2.0 -3.0 1.0
towardZero 2.0 -2.0 1.0
awayFromZero 3.0 -3.0 2.0
7.0 2.220446049250313e-16 1.1920929e-07 2.220446049250313e-16 3.4028235e+38 2.2250738585072014e-308
true true true minus 3 1.5
0.3 0.30000000000000004 0.33333334 0.10000000149011612 16777216.0
Optional(3.5) nil Optional(2.25) Optional(7.0) nil
1.5 -0.5 7.0 1.4142135623730951
1.0 -0.0 7.0 true
200.0 9.223372e+18 3 -3 65535

"""#),
    NumbersCase(name: "foundation", source: #"""
import Foundation
print(trunc(-3.9), floor(2.7), sqrt(2.0), pow(2.0, 0.5), log(M_E))
print(Int8(bitPattern: 200), UInt8(bitPattern: -1), UInt.max == UInt64.max, Int8(5) < UInt64(6))
let f: Float = 2
print(sqrt(f), sin(Float.pi / 2), pow(f, 3))
print(String(format: "%5.2f|%-8@|%08.3f|%+d|%e|%g|%x|%X|%o|%c|%%|%*d|", 3.14159, "ab", -3.14159, 5, 12345.678, 0.0001, 255, 255, 8, 65, 6, 42))
print(String(format: "%d|%ld|", Int.max, Int.max), String(format: "%2$@ %1$@", "a", "b"), String(format: "%.3f", Float(0.1)))

"""#, expected: #"""
-3.0 2.0 1.4142135623730951 1.4142135623730951 1.0
-56 255 true true
1.4142135 1.0 8.0
 3.14|ab|-003.142|+5|1.234568e+04|0.0001|ff|FF|10|A|%|    42|
-1|9223372036854775807| b a 0.100

"""#),
    NumbersCase(name: "format", source: #"""
import Foundation
print(String(format: "%d|%i|%u|%x|%X|%o|%ld|%lld|%5d|%-5d|%05d|%+d|% d", 42, -42, -1, 255, 255, 8, Int.max, Int.min, 42, 42, 42, 42, 42))
print(String(format: "%.2f|%5.1f|%-8.3f|%08.3f|%+.1f|%f|%.0f|%.0f|%e|%.3E|%g|%G|%.3g", 3.14159, 2.25, 1.5, -3.14159, 2.0, 1.0 / 3, 2.5, 3.5, 12345.678, 0.000123, 0.0001, 1e20, 3.14159))
print(String(format: "%@ has %d items|%@|%c%c|%%|%*d|%-*d|%.*f", "cart", 3, "x", 72, 105, 6, 42, 4, 7, 2, 3.14159))
print(String(format: "%2$@ before %1$@", "a", "b"), String(format: "%hhd %hd %d", 300, 70000, UInt8(200)))
print(String(format: "%lu %llu %zd %d", UInt64.max, UInt.max, -5, true), String(format: "%.3f %5.2f", Float(0.1), Float(2.5)))
print(String(format: "%#x %#o %x %08x", 255, 8, Int8(-1), 48879))

"""#, expected: #"""
42|-42|4294967295|ff|FF|10|9223372036854775807|-9223372036854775808|   42|42   |00042|+42| 42
3.14|  2.2|1.500   |-003.142|+2.0|0.333333|2|4|1.234568e+04|1.230E-04|0.0001|1E+20|3.14
cart has 3 items|x|Hi|%|    42|7   |3.14
b before a 44 4464 200
18446744073709551615 18446744073709551615 -5 1 0.100  2.50
0xff 010 ffffffff 0000beef

"""#),
]

private let traps: [NumbersTrap] = [
    NumbersTrap(name: "narrowing", source: #"""
let x: Int = 300
print("before")
print(Int8(x))

"""#, output: "before\n", trap: "Fatal error: Not enough bits to represent the passed value"),
    NumbersTrap(name: "negative_to_unsigned", source: #"""
let x = -3
print(UInt8(x))

"""#, output: "", trap: "Fatal error: Negative value is not representable"),
    NumbersTrap(name: "uint8_overflow", source: #"""
var a: UInt8 = 250
for _ in 0..<10 { a += 1 }
print(a)

"""#, output: "", trap: "Swift runtime failure: arithmetic overflow"),
    NumbersTrap(name: "int16_negate", source: #"""
let a: Int16 = -32768
print(-a)

"""#, output: "", trap: "Swift runtime failure: arithmetic overflow"),
    NumbersTrap(name: "double_too_big", source: #"""
let d = 1e10
print(Int32(d))

"""#, output: "", trap: "Fatal error: Double value cannot be converted to Int32 because the result would be greater than Int32.max"),
    NumbersTrap(name: "float_nan", source: #"""
let d = Float.nan
print(UInt8(d))

"""#, output: "", trap: "Fatal error: Float value cannot be converted to UInt8 because it is either infinite or NaN"),
]

extension CellCoreTests {
@Suite struct NumbersTests {
@Test("numeric programs print what swiftc's program prints", arguments: programs)
fileprivate func program(_ c: NumbersCase) {
    let result = Session().run(source: c.source)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(result.trap == nil, "\(String(describing: result.trap))")
    #expect(result.output == c.expected)
}

@Test("numeric traps stop with Swift's message", arguments: traps)
fileprivate func trapping(_ c: NumbersTrap) {
    let result = Session().run(source: c.source)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(result.output == c.output)
    #expect(result.trap?.message == c.trap)
}

/// swiftc's first error for each (from `swiftc` on the same line, path stripped).
@Test(arguments: [
    ("let big: Int8 = 300", "1:17: error: integer literal '300' overflows when stored into 'Int8'"),
    ("let x: UInt8 = -1", "1:16: error: negative integer '-1' overflows when stored into unsigned type 'UInt8'"),
    ("let x: Int8 = -129", "1:15: error: integer literal '-129' overflows when stored into 'Int8'"),
    ("let y: UInt64 = 18446744073709551616", "1:17: error: integer literal '18446744073709551616' overflows when stored into 'UInt64'"),
])
func integerLiteralOutOfRange(_ source: String, _ expected: String) {
    let diagnostics = Session().check(source: source)
    #expect(diagnostics.first?.description == expected, "all: \(diagnostics)")
}

@Test func literalsAtTheLimitsAreAccepted() {
    let result = Session().run(source: "let a: Int8 = -128\nlet b: UInt8 = 0xFF\nlet c: Int64 = -9223372036854775808\nprint(a, b, c)")
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    #expect(result.output == "-128 255 -9223372036854775808\n")
}
}
}
