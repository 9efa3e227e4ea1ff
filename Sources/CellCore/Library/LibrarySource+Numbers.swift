// The numeric part of the library beyond the operator templates: every fixed-width integer type,
// the floating-point types' properties and rounding, the free numeric functions, and what
// `import Foundation` brings (the C math functions for Double and Float, `M_PI`, `String(format:)`).
// Host implementations: Intrinsics+Integers.swift, Intrinsics+Floating.swift, PrintfFormat.swift.

import CellSyntax

enum NumberTypes {
    /// The fixed-width integer types, each with its signedness and the type of its `magnitude`.
    static let integers: [(name: String, signed: Bool, magnitude: String)] = [
        ("Int", true, "UInt"), ("Int8", true, "UInt8"), ("Int16", true, "UInt16"), ("Int32", true, "UInt32"),
        ("Int64", true, "UInt64"), ("UInt", false, "UInt"), ("UInt8", false, "UInt8"), ("UInt16", false, "UInt16"),
        ("UInt32", false, "UInt32"), ("UInt64", false, "UInt64"),
    ]
    static let integerNames: Set<String> = Set(integers.map(\.name))
    static let floatingNames: Set<String> = ["Double", "Float"]

    /// The host type of an integer type of the cells, by name.
    static func hostType(_ name: String) -> (any FixedWidthInteger.Type)? {
        switch name {
        case "Int": return Int.self
        case "Int8": return Int8.self
        case "Int16": return Int16.self
        case "Int32": return Int32.self
        case "Int64": return Int64.self
        case "UInt": return UInt.self
        case "UInt8": return UInt8.self
        case "UInt16": return UInt16.self
        case "UInt32": return UInt32.self
        case "UInt64": return UInt64.self
        default: return nil
        }
    }

    /// Whether values of this type are printed from their bit pattern as unsigned 64-bit numbers.
    static func isUnsigned64(_ name: String) -> Bool { name == "UInt" || name == "UInt64" }
}

extension LibrarySource {
    /// Members every integer type has beyond the operator template (`NUM` is the type, `MAG` its
    /// magnitude's type).
    static let integerExtras = """
        extension NUM: CVarArg {
            init<T: BinaryInteger>(_ source: T)
            init<T: BinaryInteger>(truncatingIfNeeded source: T)
            init<T: BinaryInteger>(clamping source: T)
            init?(exactly source: Int)
            init?(exactly source: Double)
            init?(exactly source: Float)
            init?(_ text: String, radix: Int)
            static var bitWidth: Int { get }
            static var zero: NUM { get }
            var bitWidth: Int { get }
            var leadingZeroBitCount: Int { get }
            var trailingZeroBitCount: Int { get }
            var nonzeroBitCount: Int { get }
            var byteSwapped: NUM { get }
            var bigEndian: NUM { get }
            var littleEndian: NUM { get }
            var magnitude: MAG { get }
            func signum() -> NUM
            func addingReportingOverflow(_ rhs: NUM) -> (partialValue: NUM, overflow: Bool)
            func subtractingReportingOverflow(_ rhs: NUM) -> (partialValue: NUM, overflow: Bool)
            func multipliedReportingOverflow(by rhs: NUM) -> (partialValue: NUM, overflow: Bool)
            func dividedReportingOverflow(by rhs: NUM) -> (partialValue: NUM, overflow: Bool)
            func remainderReportingOverflow(dividingBy rhs: NUM) -> (partialValue: NUM, overflow: Bool)
            func distance(to other: NUM) -> Int
            func advanced(by n: Int) -> NUM
            static func &<< (lhs: NUM, rhs: NUM) -> NUM
            static func &>> (lhs: NUM, rhs: NUM) -> NUM
            static func << <RHS: BinaryInteger>(lhs: NUM, rhs: RHS) -> NUM
            static func >> <RHS: BinaryInteger>(lhs: NUM, rhs: RHS) -> NUM
            static func &+= (lhs: inout NUM, rhs: NUM)
            static func &-= (lhs: inout NUM, rhs: NUM)
            static func &*= (lhs: inout NUM, rhs: NUM)
        }
        """

    /// Members of Double and Float beyond the operator template.
    static let floatExtras = """
        extension NUM: CVarArg {
            init<T: BinaryInteger>(_ v: T)
            init?(exactly source: Int)
            init?(exactly source: Double)
            init?(exactly source: Float)
            init?(_ text: Substring)
            static var nan: NUM { get }
            static var signalingNaN: NUM { get }
            static var leastNormalMagnitude: NUM { get }
            static var leastNonzeroMagnitude: NUM { get }
            static var ulpOfOne: NUM { get }
            static var zero: NUM { get }
            static var radix: Int { get }
            var ulp: NUM { get }
            var isZero: Bool { get }
            var isNormal: Bool { get }
            var isSubnormal: Bool { get }
            var isSignalingNaN: Bool { get }
            var isCanonical: Bool { get }
            var sign: FloatingPointSign { get }
            var exponent: Int { get }
            var significand: NUM { get }
            var nextUp: NUM { get }
            var nextDown: NUM { get }
            var debugDescription: String { get }
            mutating func round()
            mutating func round(_ rule: FloatingPointRoundingRule)
            func truncatingRemainder(dividingBy other: NUM) -> NUM
            func remainder(dividingBy other: NUM) -> NUM
            func addingProduct(_ lhs: NUM, _ rhs: NUM) -> NUM
            mutating func addProduct(_ lhs: NUM, _ rhs: NUM)
            mutating func formSquareRoot()
            mutating func negate()
            func isEqual(to other: NUM) -> Bool
            func isLess(than other: NUM) -> Bool
            func isLessThanOrEqualTo(_ other: NUM) -> Bool
            static func minimum(_ x: NUM, _ y: NUM) -> NUM
            static func maximum(_ x: NUM, _ y: NUM) -> NUM
        }
        """

    /// The types and free functions of the numeric library that need no template.
    static let numbers = """
        protocol UnsignedInteger: BinaryInteger {}
        protocol CVarArg {}
        extension String: CVarArg {
            init(_ v: Float)
            init<T: BinaryInteger>(_ value: T, radix: Int = 10, uppercase: Bool = false)
            func padding(toLength newLength: Int, withPad padString: String, startingAt padIndex: Int) -> String
        }
        extension Bool: CVarArg {}
        enum FloatingPointSign {
            case plus
            case minus
        }
        struct UnicodeScalar: Equatable, Comparable, Hashable, CustomStringConvertible {
            init(_ v: UInt8)
            init?(_ v: UInt32)
            var value: UInt32 { get }
            var description: String { get }
            var isASCII: Bool { get }
            static func == (lhs: UnicodeScalar, rhs: UnicodeScalar) -> Bool
            static func < (lhs: UnicodeScalar, rhs: UnicodeScalar) -> Bool
        }
        extension Character {
            init(_ s: UnicodeScalar)
            var asciiValue: UInt8? { get }
        }
        extension String {
            init(_ s: UnicodeScalar)
        }
        extension UInt8 {
            init(ascii v: UnicodeScalar)
        }
        func min<T: Comparable>(_ x: T, _ y: T, _ z: T, _ rest: T...) -> T
        func max<T: Comparable>(_ x: T, _ y: T, _ z: T, _ rest: T...) -> T
        """

    /// What `import Foundation` brings: C math on Double and Float (`FP` is each type).
    static let foundationTemplate = """
        func sqrt(_ x: FP) -> FP
        func cbrt(_ x: FP) -> FP
        func sin(_ x: FP) -> FP
        func cos(_ x: FP) -> FP
        func tan(_ x: FP) -> FP
        func asin(_ x: FP) -> FP
        func acos(_ x: FP) -> FP
        func atan(_ x: FP) -> FP
        func sinh(_ x: FP) -> FP
        func cosh(_ x: FP) -> FP
        func tanh(_ x: FP) -> FP
        func asinh(_ x: FP) -> FP
        func acosh(_ x: FP) -> FP
        func atanh(_ x: FP) -> FP
        func exp(_ x: FP) -> FP
        func exp2(_ x: FP) -> FP
        func expm1(_ x: FP) -> FP
        func log(_ x: FP) -> FP
        func log2(_ x: FP) -> FP
        func log10(_ x: FP) -> FP
        func log1p(_ x: FP) -> FP
        func floor(_ x: FP) -> FP
        func ceil(_ x: FP) -> FP
        func round(_ x: FP) -> FP
        func trunc(_ x: FP) -> FP
        func fabs(_ x: FP) -> FP
        func pow(_ x: FP, _ y: FP) -> FP
        func atan2(_ y: FP, _ x: FP) -> FP
        func hypot(_ x: FP, _ y: FP) -> FP
        func fmod(_ x: FP, _ y: FP) -> FP
        func remainder(_ x: FP, _ y: FP) -> FP
        func copysign(_ x: FP, _ y: FP) -> FP
        func fmin(_ x: FP, _ y: FP) -> FP
        func fmax(_ x: FP, _ y: FP) -> FP
        """

    static let foundationConstants = """
        let M_PI: Double = 3.141592653589793
        let M_E: Double = 2.718281828459045
        """

    /// The integer types, Double/Float extras, and Foundation's math, instantiated.
    static var numericLibrary: String {
        var parts: [String] = []
        for t in NumberTypes.integers where t.name != "Int" {
            var decl = integerTemplate.replacing("NUM", with: t.name)
            if !t.signed { decl = decl.replacing("SignedInteger", with: "UnsignedInteger") }
            decl = decl.replacing("    var magnitude: \(t.name) { get }\n", with: "")
            parts.append(decl)
        }
        for t in NumberTypes.integers {
            parts.append(integerExtras.replacing("NUM", with: t.name).replacing("MAG", with: t.magnitude))
        }
        for t in NumberTypes.integers {
            let counterpart = t.signed ? t.magnitude : (t.name == "UInt" ? "Int" : String(t.name.dropFirst()))
            parts.append("""
                extension \(t.name) {
                    init(bitPattern x: \(counterpart))
                    static func == <Other: BinaryInteger>(lhs: \(t.name), rhs: Other) -> Bool
                    static func != <Other: BinaryInteger>(lhs: \(t.name), rhs: Other) -> Bool
                    static func < <Other: BinaryInteger>(lhs: \(t.name), rhs: Other) -> Bool
                    static func <= <Other: BinaryInteger>(lhs: \(t.name), rhs: Other) -> Bool
                    static func > <Other: BinaryInteger>(lhs: \(t.name), rhs: Other) -> Bool
                    static func >= <Other: BinaryInteger>(lhs: \(t.name), rhs: Other) -> Bool
                }
                """)
        }
        for t in ["Double", "Float"] { parts.append(floatExtras.replacing("NUM", with: t)) }
        parts.append(numbers)
        // Double's first: an unconstrained literal argument (`trunc(-3.9)`) picks the first overload.
        parts.append(foundationTemplate.replacing("FP", with: "Double")
            .split(separator: "\n").filter { !core.contains($0) }.joined(separator: "\n"))
        parts.append(foundationTemplate.replacing("FP", with: "Float"))
        parts.append(foundationConstants)
        return parts.joined(separator: "\n")
    }
}

extension Library {
    /// The library's global constants (`M_PI`, `M_E`): their declarations are checked, never run,
    /// so each gets a global box holding its value here.
    static func initializeConstants(_ env: Environment) {
        let constants: [String: Value] = ["M_PI": .double(Double.pi), "M_E": .double(2.718281828459045)]
        for (name, value) in constants {
            for symbol in env.libraryScope.lookup(name) ?? env.globalScope.lookup(name) ?? [] {
                // Declared at the library's top level, which is not a cell's global scope.
                if case .variable(let v) = symbol { v.storage = .global(Box(value)) }
            }
        }
    }
}

extension Checker {
    /// swiftc's diagnostics for an integer literal out of its (already known) type's range:
    /// `let b: Int8 = 300`, `let u: UInt8 = -1`.
    func checkIntegerLiteralFits(_ text: String, negative: Bool, _ type: SwiftType, _ span: SourceSpan) {
        guard let s = type.resolved.symbol, s.isLibrary, let host = NumberTypes.hostType(s.name) else { return }
        var digits = Substring(text.replacing("_", with: ""))
        var radix = 10
        for (prefix, r) in [("0x", 16), ("0b", 2), ("0o", 8)] where digits.hasPrefix(prefix) {
            radix = r
            digits = digits.dropFirst(2)
        }
        func fits<T: FixedWidthInteger>(_: T.Type) -> Bool {
            // The magnitude parsed in the next wider unsigned form, then negated if need be.
            guard let m = UInt64(digits, radix: radix) else { return false }
            if negative { return T.isSigned ? m <= UInt64(T.max) + 1 : m == 0 }
            return m <= UInt64(T.max)
        }
        if fits(host) { return }
        if negative && !host.isSigned {
            error("negative integer '-\(text)' overflows when stored into unsigned type '\(s.name)'", at: span)
        } else {
            error("integer literal '\(negative ? "-" : "")\(text)' overflows when stored into '\(s.name)'", at: span)
        }
    }
}
