// The fixed-width integer types (Int8 … UInt64, and Int's members beyond its hot operators).
//
// A value of any integer type is `Value.int` holding its bit pattern, sign- or zero-extended to 64
// bits (an Int8 -1 is `.int(-1)`, a UInt8 255 is `.int(255)`, UInt64.max is `.int(-1)`). Each
// operation is the host's own operation on the host type of the same name (`T(truncatingIfNeeded:)`
// in, `Int(truncatingIfNeeded:)` out), so overflow, smart shifts, parsing and printing are Swift's
// by construction; only the trap messages are ours, worded as swiftc's.

import CellSyntax

/// Conversions between a cell's integer value (its 64-bit pattern) and the host type `T`.
enum Bits<T: FixedWidthInteger> {
    @inline(__always) static func get(_ v: Int) -> T { T(truncatingIfNeeded: v) }
    @inline(__always) static func put(_ t: T) -> Int { Int(truncatingIfNeeded: t) }
}

extension Compiler {
    /// The host type of an integer type of the cells (`nil` for any other type).
    func integerHostType(_ type: SwiftType) -> (any FixedWidthInteger.Type)? {
        guard let s = concrete(type).symbol, s.isLibrary else { return nil }
        return NumberTypes.hostType(s.name)
    }

    /// Operators, conversions and methods of the integer types (and `String(x, radix:)`).
    func integerIntrinsic(_ key: String, _ fn: FuncSymbol, base: TExpr?, _ args: [TExpr], span: SourceSpan,
                          resultType: SwiftType) -> Code? {
        let owner = fn.owner?.name ?? ""
        if owner == "String" { return stringFromInteger(key, args) }
        guard let host = NumberTypes.hostType(owner) else { return nil }
        return integerIntrinsic(host, key, fn, base: base, args, span: span, resultType: resultType)
    }

    private func integerIntrinsic<T: FixedWidthInteger>(_: T.Type, _ key: String, _ fn: FuncSymbol, base: TExpr?, _ args: [TExpr],
                                                        span: SourceSpan, resultType: SwiftType) -> Code? {
        let runtime = self.runtime
        let name = fn.name
        let typeName = fn.owner?.name ?? ""
        let overflow = { runtime.trap("Swift runtime failure: arithmetic overflow", span) }
        let pair = { (r: (partialValue: T, overflow: Bool)) in Value.record([.int(Bits<T>.put(r.partialValue)), .bool(r.overflow)]) }

        if fn.kind == .initializer {
            return integerConversion(T.self, key, typeName, args, span: span)
        }
        // Operators: both operands of this type (or a shift by any integer type).
        if fn.isStatic, args.count == 2, base == nil {
            let a = expr(args[0]).int
            if let rhsHost = integerHostType(args[1].type), key.hasSuffix(",RHS)") {
                let b = expr(args[1]).int
                let amount = shiftAmount(rhsHost)
                let left = name == "<<"
                return .int { f in
                    let x = Bits<T>.get(try a(f)), n = amount(try b(f))
                    return Bits<T>.put(left ? x << n : x >> n)
                }
            }
            let b = expr(args[1]).int
            if key.hasSuffix(",Other)"), let otherHost = integerHostType(args[1].type) {
                return .bool(heterogeneousComparison(T.self, otherHost, name, a, b))
            }
            if let op = integerBinary(T.self, name, overflow: overflow, span: span) {
                return .int { f in try op(try a(f), try b(f)) }
            }
            if let test = integerComparison(T.self, name) {
                return .bool { f in test(try a(f), try b(f)) }
            }
            if name == "distance" { return nil }
        }
        if fn.isStatic, args.count == 1, base == nil {
            let a = expr(args[0]).int
            switch name {
            case "-": return .int { f in
                    let (r, o) = T.zero.subtractingReportingOverflow(Bits<T>.get(try a(f)))
                    if o { throw overflow() }
                    return Bits<T>.put(r)
                }
            case "+": return .int(a)
            case "~": return .int { f in Bits<T>.put(~Bits<T>.get(try a(f))) }
            default: return nil
            }
        }
        guard let base else { return nil }
        let v = expr(base).int
        let x = args.first.map { expr($0).int } ?? { _ in 0 }
        switch name {
        case "signum": return .int { f in Bits<T>.put(Bits<T>.get(try v(f)).signum()) }
        case "addingReportingOverflow":
            return .value { f in pair(Bits<T>.get(try v(f)).addingReportingOverflow(Bits<T>.get(try x(f)))) }
        case "subtractingReportingOverflow":
            return .value { f in pair(Bits<T>.get(try v(f)).subtractingReportingOverflow(Bits<T>.get(try x(f)))) }
        case "multipliedReportingOverflow":
            return .value { f in pair(Bits<T>.get(try v(f)).multipliedReportingOverflow(by: Bits<T>.get(try x(f)))) }
        case "dividedReportingOverflow":
            return .value { f in pair(Bits<T>.get(try v(f)).dividedReportingOverflow(by: Bits<T>.get(try x(f)))) }
        case "remainderReportingOverflow":
            return .value { f in pair(Bits<T>.get(try v(f)).remainderReportingOverflow(dividingBy: Bits<T>.get(try x(f)))) }
        case "isMultiple":
            return .bool { f in Bits<T>.get(try v(f)).isMultiple(of: Bits<T>.get(try x(f))) }
        case "quotientAndRemainder":
            return .value { f in
                let l = Bits<T>.get(try v(f)), r = Bits<T>.get(try x(f))
                if r == 0 { throw runtime.trap("Fatal error: Division by zero", span) }
                let (q, o) = l.dividedReportingOverflow(by: r)
                if o { throw overflow() }
                return .record([.int(Bits<T>.put(q)), .int(Bits<T>.put(l % r))])
            }
        case "distance":
            return .int { f in
                let l = Bits<T>.get(try v(f)), r = Bits<T>.get(try x(f))
                guard let d = Int(exactly: Int64(truncatingIfNeeded: r) &- Int64(truncatingIfNeeded: l)) else { throw overflow() }
                return d
            }
        case "advanced":
            return .int { f in
                let l = Bits<T>.get(try v(f)), n = try x(f)
                guard let r = T(exactly: Int64(truncatingIfNeeded: l).addingReportingOverflow(Int64(n)).partialValue) else { throw overflow() }
                return Bits<T>.put(r)
            }
        default: return nil
        }
    }

    /// `x == y`, `x < y`, … between two integer types (Swift compares the values, not the bits).
    private func heterogeneousComparison<T: FixedWidthInteger>(_: T.Type, _ other: any FixedWidthInteger.Type, _ name: String,
                                                               _ a: @escaping IntCode, _ b: @escaping IntCode) -> BoolCode {
        func make<U: FixedWidthInteger>(_: U.Type) -> BoolCode {
            let test: (T, U) -> Bool
            switch name {
            case "==": test = { $0 == $1 }
            case "!=": test = { $0 != $1 }
            case "<": test = { $0 < $1 }
            case "<=": test = { $0 <= $1 }
            case ">": test = { $0 > $1 }
            default: test = { $0 >= $1 }
            }
            return { f in test(Bits<T>.get(try a(f)), Bits<U>.get(try b(f))) }
        }
        return make(other)
    }

    /// The shift amount, as an Int, of a right operand of any integer type (a UInt64 too large
    /// for Int shifts everything out, as any amount ≥ the bit width does).
    private func shiftAmount(_ rhs: any FixedWidthInteger.Type) -> (Int) -> Int {
        if rhs == UInt.self || rhs == UInt64.self { return { $0 < 0 ? Int.max : $0 } }
        return { $0 }
    }

    /// `+ - * / % &+ &- &* & | ^ << >> &<< &>>` of `T`, with Swift's traps.
    func integerBinary<T: FixedWidthInteger>(_: T.Type, _ name: String, overflow: @escaping () -> Error,
                                             span: SourceSpan) -> ((Int, Int) throws -> Int)? {
        let runtime = self.runtime
        typealias B = Bits<T>
        switch name {
        case "+": return { a, b in
                let (r, o) = B.get(a).addingReportingOverflow(B.get(b))
                if o { throw overflow() }
                return B.put(r)
            }
        case "-": return { a, b in
                let (r, o) = B.get(a).subtractingReportingOverflow(B.get(b))
                if o { throw overflow() }
                return B.put(r)
            }
        case "*": return { a, b in
                let (r, o) = B.get(a).multipliedReportingOverflow(by: B.get(b))
                if o { throw overflow() }
                return B.put(r)
            }
        case "/": return { a, b in
                if b == 0 { throw runtime.trap("Fatal error: Division by zero", span) }
                let (r, o) = B.get(a).dividedReportingOverflow(by: B.get(b))
                if o { throw overflow() }
                return B.put(r)
            }
        case "%": return { a, b in
                if b == 0 { throw runtime.trap("Fatal error: Division by zero in remainder operation", span) }
                let (r, o) = B.get(a).remainderReportingOverflow(dividingBy: B.get(b))
                if o { throw overflow() }
                return B.put(r)
            }
        case "&+": return { a, b in B.put(B.get(a) &+ B.get(b)) }
        case "&-": return { a, b in B.put(B.get(a) &- B.get(b)) }
        case "&*": return { a, b in B.put(B.get(a) &* B.get(b)) }
        case "&": return { a, b in B.put(B.get(a) & B.get(b)) }
        case "|": return { a, b in B.put(B.get(a) | B.get(b)) }
        case "^": return { a, b in B.put(B.get(a) ^ B.get(b)) }
        case "<<": return { a, b in B.put(B.get(a) << B.get(b)) }
        case ">>": return { a, b in B.put(B.get(a) >> B.get(b)) }
        case "&<<": return { a, b in B.put(B.get(a) &<< B.get(b)) }
        case "&>>": return { a, b in B.put(B.get(a) &>> B.get(b)) }
        default: return nil
        }
    }

    func integerComparison<T: FixedWidthInteger>(_: T.Type, _ name: String) -> ((Int, Int) -> Bool)? {
        typealias B = Bits<T>
        switch name {
        case "==": return { $0 == $1 }
        case "!=": return { $0 != $1 }
        case "<": return { B.get($0) < B.get($1) }
        case "<=": return { B.get($0) <= B.get($1) }
        case ">": return { B.get($0) > B.get($1) }
        case ">=": return { B.get($0) >= B.get($1) }
        default: return nil
        }
    }

    /// `T.op=(inout T,T)` for every integer type (Int's plain ones are in `intCompound`).
    func fixedIntegerCompound(_ key: String, span: SourceSpan) -> ((Int, Int) throws -> Int)? {
        guard let dot = key.firstIndex(of: "."), let paren = key.firstIndex(of: "("),
              let host = NumberTypes.hostType(String(key[..<dot])) else { return nil }
        let op = key[key.index(after: dot)..<paren]
        guard op.hasSuffix("=") else { return nil }
        let runtime = self.runtime
        func make<T: FixedWidthInteger>(_ t: T.Type) -> ((Int, Int) throws -> Int)? {
            integerBinary(t, String(op.dropLast()), overflow: { runtime.trap("Swift runtime failure: arithmetic overflow", span) }, span: span)
        }
        return make(host)
    }

    /// `T(x)` (trapping), `T(truncatingIfNeeded:)`, `T(clamping:)`, `T(exactly:)`, `T("42")`, `T("ff", radix: 16)`.
    private func integerConversion<T: FixedWidthInteger>(_: T.Type, _ key: String, _ typeName: String, _ args: [TExpr],
                                                         span: SourceSpan) -> Code? {
        let runtime = self.runtime
        if args.isEmpty { return .int { _ in 0 } }
        let label = key.split(separator: "(", maxSplits: 1).last.map { $0.split(separator: ":").count > 1 ? String($0.split(separator: ":")[0]) : "" } ?? ""
        let source = concrete(args[0].type)
        let sourceName = source.symbol?.name ?? ""
        if let sourceHost = integerHostType(source) {
            let a = expr(args[0]).int
            func from<S: FixedWidthInteger>(_: S.Type) -> Code {
                switch label {
                case "truncatingIfNeeded", "bitPattern": return .int { f in Bits<T>.put(T(truncatingIfNeeded: Bits<S>.get(try a(f)))) }
                case "clamping": return .int { f in Bits<T>.put(T(clamping: Bits<S>.get(try a(f)))) }
                case "exactly": return .value { f in T(exactly: Bits<S>.get(try a(f))).map { .int(Bits<T>.put($0)) } ?? .none }
                default:
                    return .int { f in
                        let s = Bits<S>.get(try a(f))
                        guard let t = T(exactly: s) else {
                            let negative = s < 0 && !T.isSigned
                            throw runtime.trap(negative ? "Fatal error: Negative value is not representable"
                                                        : "Fatal error: Not enough bits to represent the passed value", span)
                        }
                        return Bits<T>.put(t)
                    }
                }
            }
            return from(sourceHost)
        }
        if sourceName == "Double" || sourceName == "Float" {
            let a = expr(args[0]).value
            let isFloat = sourceName == "Float"
            func read(_ v: Value) -> Double {
                if case .float(let x) = v { return Double(x) }
                return v.asDouble
            }
            if label == "exactly" {
                return .value { f in
                    let v = try a(f)
                    if case .float(let x) = v { return T(exactly: x).map { .int(Bits<T>.put($0)) } ?? .none }
                    return T(exactly: v.asDouble).map { .int(Bits<T>.put($0)) } ?? .none
                }
            }
            return .int { f in
                let x = read(try a(f))
                if !x.isFinite {
                    throw runtime.trap("Fatal error: \(sourceName) value cannot be converted to \(typeName) because it is either infinite or NaN", span)
                }
                // A Float converts through Double exactly; the range test is on the rounded value.
                guard let t = T(exactly: x.rounded(.towardZero)) else {
                    throw runtime.trap("Fatal error: \(sourceName) value cannot be converted to \(typeName) because the result would be \(x < 0 ? "less than \(typeName).min" : "greater than \(typeName).max")", span)
                }
                _ = isFloat
                return Bits<T>.put(t)
            }
        }
        if sourceName == "String" || sourceName == "Substring" {
            let a = expr(args[0]).value
            if args.count == 2 {
                let r = expr(args[1]).int
                return .value { f in
                    let radix = try r(f)
                    if !(2...36).contains(radix) { throw runtime.trap("Fatal error: Radix must be between 2 and 36", span) }
                    return T(try a(f).asString, radix: radix).map { .int(Bits<T>.put($0)) } ?? .none
                }
            }
            return .value { f in T(try a(f).asString).map { .int(Bits<T>.put($0)) } ?? .none }
        }
        return nil
    }

    /// `String(x, radix: 16, uppercase: true)` for every integer type.
    private func stringFromInteger(_ key: String, _ args: [TExpr]) -> Code? {
        guard key == "String.init(T,radix:Int,uppercase:Bool)", let host = integerHostType(args[0].type) else { return nil }
        let a = expr(args[0]).int, r = expr(args[1]).int, u = expr(args[2]).value
        func make<T: FixedWidthInteger>(_: T.Type) -> Code {
            .value { f in .string(String(Bits<T>.get(try a(f)), radix: try r(f), uppercase: try u(f).asBool)) }
        }
        return make(host)
    }

    /// The integer types' properties: `max`, `min`, `bitWidth`, `magnitude`, bit counts, `description`.
    func integerProperty(_ key: String, _ v: VarSymbol, base: TExpr?, type: SwiftType) -> Code? {
        guard let dot = key.firstIndex(of: "."), let host = NumberTypes.hostType(String(key[..<dot])) else { return nil }
        let name = String(key[key.index(after: dot)...])
        let b = base.map { expr($0).int } ?? { _ in 0 }
        func make<T: FixedWidthInteger>(_: T.Type) -> Code? {
            typealias B = Bits<T>
            switch name {
            case "max": return .int { _ in B.put(T.max) }
            case "min": return .int { _ in B.put(T.min) }
            case "zero": return .int { _ in 0 }
            case "bitWidth": return .int { _ in T.bitWidth }
            case "magnitude": return .int { f in Int(truncatingIfNeeded: B.get(try b(f)).magnitude) }
            case "leadingZeroBitCount": return .int { f in B.get(try b(f)).leadingZeroBitCount }
            case "trailingZeroBitCount": return .int { f in B.get(try b(f)).trailingZeroBitCount }
            case "nonzeroBitCount": return .int { f in B.get(try b(f)).nonzeroBitCount }
            case "byteSwapped": return .int { f in B.put(B.get(try b(f)).byteSwapped) }
            case "bigEndian": return .int { f in B.put(B.get(try b(f)).bigEndian) }
            case "littleEndian": return .int { f in B.put(B.get(try b(f)).littleEndian) }
            case "description": return .value { f in .string(String(B.get(try b(f)))) }
            default: return nil
            }
        }
        return make(host)
    }
}
