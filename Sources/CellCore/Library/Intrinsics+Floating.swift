// Double and Float beyond their hot operators: constants, classification, rounding rules,
// remainders, conversions from every integer type, and the C math functions of
// `import Foundation` for both types. Double is `Value.double`, Float `Value.float` (computed in
// Float, so `Float(0.1) * 3` prints 0.3 as Swift's Float does).

import CellSyntax

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Double and Float as the cells hold them.
protocol CellFloatingPoint: BinaryFloatingPoint, LosslessStringConvertible, CustomDebugStringConvertible where RawSignificand: FixedWidthInteger {
    static func from(_ v: Value) -> Self
    var value: Value { get }
}

extension Double: CellFloatingPoint {
    @inline(__always) static func from(_ v: Value) -> Double { v.asDouble }
    var value: Value { .double(self) }
}

extension Float: CellFloatingPoint {
    @inline(__always) static func from(_ v: Value) -> Float {
        if case .float(let x) = v { return x }
        wrongValue("Float", v)
    }
    var value: Value { .float(self) }
}

/// The order of `FloatingPointRoundingRule`'s cases in LibrarySource.swift.
private let roundingRules: [FloatingPointRoundingRule] = [
    .toNearestOrAwayFromZero, .toNearestOrEven, .up, .down, .towardZero, .awayFromZero,
]

extension Compiler {
    /// The library's numeric host functions not handled by the hot paths in Intrinsics+Numbers.swift.
    func numberIntrinsic(_ key: String, _ fn: FuncSymbol, base: TExpr?, _ args: [TExpr], span: SourceSpan,
                         resultType: SwiftType) -> Code? {
        let owner = fn.owner?.name ?? ""
        if let c = integerIntrinsic(key, fn, base: base, args, span: span, resultType: resultType) { return c }
        if key == "String.padding(toLength:Int,withPad:String,startingAt:Int)", let base {
            // Foundation's: cut to `newLength` characters, or pad with `padString` cycled from `padIndex`.
            let b = expr(base).value
            let a = args.map { expr($0).value }
            return .value { f in
                let s = try b(f).asString, n = try a[0](f).asInt, pad = Array(try a[1](f).asString), start = try a[2](f).asInt
                if s.count >= n { return .string(String(s.prefix(Swift.max(n, 0)))) }
                var out = s
                var i = start
                while out.count < n, !pad.isEmpty {
                    out.append(pad[i % pad.count])
                    i += 1
                }
                return .string(out)
            }
        }
        if owner == "String", key == "String.init(Float)" {
            let a = expr(args[0]).value
            return .value { f in .string(Float.from(try a(f)).description) }
        }
        if owner == "UnicodeScalar" || key == "Character.init(UnicodeScalar)" || key == "String.init(UnicodeScalar)"
            || key == "UInt8.init(ascii:UnicodeScalar)" {
            return unicodeScalarIntrinsic(key, args, span: span)
        }
        if owner == "Double" { return floatingIntrinsic(Double.self, key, fn, base: base, args, span: span) }
        if owner == "Float" { return floatingIntrinsic(Float.self, key, fn, base: base, args, span: span) }
        if owner.isEmpty { return freeNumericFunction(key, fn, args, span: span, resultType: resultType) }
        return nil
    }

    /// Properties of the numeric types.
    func numberProperty(_ key: String, _ v: VarSymbol, base: TExpr?, span: SourceSpan, type: SwiftType) -> Code? {
        if let c = integerProperty(key, v, base: base, type: type) { return c }
        if key.hasPrefix("UnicodeScalar.") || key == "Character.asciiValue" { return unicodeScalarProperty(key, base: base) }
        if key.hasPrefix("Double.") { return floatingProperty(Double.self, String(key.dropFirst(7)), base: base) }
        if key.hasPrefix("Float.") { return floatingProperty(Float.self, String(key.dropFirst(6)), base: base) }
        return nil
    }

    private func floatingCode<F: CellFloatingPoint>(_: F.Type, _ body: @escaping (Frame) throws -> F) -> Code {
        if F.self == Double.self { return .double { f in try body(f) as! Double } }
        return .value { f in try body(f).value }
    }

    private func floatingProperty<F: CellFloatingPoint>(_: F.Type, _ name: String, base: TExpr?) -> Code? {
        let b = base.map { expr($0).value } ?? { _ in .none }
        let x = { (f: Frame) throws -> F in F.from(try b(f)) }
        let constant = { (c: F) in self.floatingCode(F.self) { _ in c } }
        switch name {
        case "pi": return constant(F.pi)
        case "infinity": return constant(F.infinity)
        case "nan": return constant(F.nan)
        case "signalingNaN": return constant(F.signalingNaN)
        case "greatestFiniteMagnitude": return constant(F.greatestFiniteMagnitude)
        case "leastNormalMagnitude": return constant(F.leastNormalMagnitude)
        case "leastNonzeroMagnitude": return constant(F.leastNonzeroMagnitude)
        case "ulpOfOne": return constant(F.ulpOfOne)
        case "zero": return constant(0)
        case "radix": return .int { _ in F.radix }
        case "ulp": return floatingCode(F.self) { f in try x(f).ulp }
        case "magnitude": return floatingCode(F.self) { f in try x(f).magnitude }
        case "significand": return floatingCode(F.self) { f in try x(f).significand }
        case "nextUp": return floatingCode(F.self) { f in try x(f).nextUp }
        case "nextDown": return floatingCode(F.self) { f in try x(f).nextDown }
        case "isNaN": return .bool { f in try x(f).isNaN }
        case "isFinite": return .bool { f in try x(f).isFinite }
        case "isInfinite": return .bool { f in try x(f).isInfinite }
        case "isZero": return .bool { f in try x(f).isZero }
        case "isNormal": return .bool { f in try x(f).isNormal }
        case "isSubnormal": return .bool { f in try x(f).isSubnormal }
        case "isSignalingNaN": return .bool { f in try x(f).isSignalingNaN }
        case "isCanonical": return .bool { f in try x(f).isCanonical }
        case "sign": return .value { f in .enumCase(try x(f).sign == .minus ? 1 : 0, []) }
        case "exponent": return .int { f in Int(try x(f).exponent) }
        case "description": return .value { f in .string(try x(f).description) }
        case "debugDescription": return .value { f in .string(try x(f).debugDescription) }
        default: return nil
        }
    }

    private func floatingIntrinsic<F: CellFloatingPoint>(_: F.Type, _ key: String, _ fn: FuncSymbol, base: TExpr?, _ args: [TExpr],
                                                         span: SourceSpan) -> Code? {
        let a = args.map { expr($0).value }
        let arg = { (i: Int, f: Frame) throws -> F in F.from(try a[i](f)) }
        if fn.kind == .initializer {
            guard let first = args.first else { return nil }
            let exactly = key.contains("exactly:")
            if let host = integerHostType(first.type) {
                let i = expr(first).int
                func from<S: FixedWidthInteger>(_: S.Type) -> Code {
                    if exactly { return .value { f in F(exactly: Bits<S>.get(try i(f)))?.value ?? .none } }
                    return floatingCode(F.self) { f in F(Bits<S>.get(try i(f))) }
                }
                return from(host)
            }
            switch concrete(first.type).symbol?.name {
            case "Double":
                if exactly { return .value { f in F(exactly: try a[0](f).asDouble)?.value ?? .none } }
                return floatingCode(F.self) { f in F(try a[0](f).asDouble) }
            case "Float":
                if exactly { return .value { f in F(exactly: Float.from(try a[0](f)))?.value ?? .none } }
                return floatingCode(F.self) { f in F(Float.from(try a[0](f))) }
            case "String", "Substring":
                return .value { f in F(try a[0](f).asString)?.value ?? .none }
            default: return nil
            }
        }
        if fn.isStatic, base == nil {
            switch fn.name {
            case "minimum": return floatingCode(F.self) { f in F.minimum(try arg(0, f), try arg(1, f)) }
            case "maximum": return floatingCode(F.self) { f in F.maximum(try arg(0, f), try arg(1, f)) }
            default: return nil
            }
        }
        guard let base else { return nil }
        let rule = { (i: Int, f: Frame) throws -> FloatingPointRoundingRule in
            guard case .enumCase(let index, _) = try a[i](f) else { return .toNearestOrAwayFromZero }
            return roundingRules[index]
        }
        // Mutating methods: `x.round()`, `x.round(.down)`, `x.formSquareRoot()`, `x.negate()`, `x.addProduct(a, b)`.
        if fn.isMutating {
            let target = lvalue(base)
            let name = fn.name
            return .value { f in
                let r = args.isEmpty ? nil : try rule(0, f)
                let p = name == "addProduct" ? (try arg(0, f), try arg(1, f)) : (0, 0)
                try target(f) { v in
                    var x = F.from(v)
                    switch name {
                    case "round": x.round(r ?? .toNearestOrAwayFromZero)
                    case "formSquareRoot": x.formSquareRoot()
                    case "negate": x.negate()
                    case "addProduct": x.addProduct(p.0, p.1)
                    default: break
                    }
                    v = x.value
                }
                return .void
            }
        }
        let b = expr(base).value
        let x = { (f: Frame) throws -> F in F.from(try b(f)) }
        switch fn.name {
        case "squareRoot": return floatingCode(F.self) { f in try x(f).squareRoot() }
        case "rounded":
            if args.isEmpty { return floatingCode(F.self) { f in try x(f).rounded() } }
            return floatingCode(F.self) { f in try x(f).rounded(try rule(0, f)) }
        case "truncatingRemainder": return floatingCode(F.self) { f in try x(f).truncatingRemainder(dividingBy: try arg(0, f)) }
        case "remainder": return floatingCode(F.self) { f in try x(f).remainder(dividingBy: try arg(0, f)) }
        case "addingProduct": return floatingCode(F.self) { f in try x(f).addingProduct(try arg(0, f), try arg(1, f)) }
        case "isEqual": return .bool { f in try x(f).isEqual(to: try arg(0, f)) }
        case "isLess": return .bool { f in try x(f).isLess(than: try arg(0, f)) }
        case "isLessThanOrEqualTo": return .bool { f in try x(f).isLessThanOrEqualTo(try arg(0, f)) }
        default: return nil
        }
    }

    /// Free functions: variadic `min`/`max`, and Foundation's math on Double and Float.
    private func freeNumericFunction(_ key: String, _ fn: FuncSymbol, _ args: [TExpr], span: SourceSpan,
                                     resultType: SwiftType) -> Code? {
        if key == "abs(T)", let host = integerHostType(args[0].type) {
            // `abs(Int8.min)` overflows as `-Int8.min` does.
            let a = expr(args[0]).int
            let runtime = self.runtime
            func make<T: FixedWidthInteger>(_: T.Type) -> Code {
                .int { f in
                    let x = Bits<T>.get(try a(f))
                    if x < 0 {
                        let (r, o) = T.zero.subtractingReportingOverflow(x)
                        if o { throw runtime.trap("Swift runtime failure: arithmetic overflow", span) }
                        return Bits<T>.put(r)
                    }
                    return Bits<T>.put(x)
                }
            }
            return make(host)
        }
        if key == "min(T,T,T,T...)" || key == "max(T,T,T,T...)" {
            let less = lessThan(args[0].type)
            let isMin = fn.name == "min"
            let a = args.map { expr($0).value }
            return typed(resultType) { f in
                var values = [try a[0](f), try a[1](f), try a[2](f)]
                values += try a[3](f).asArray
                var best = values[0]
                for v in values.dropFirst() {
                    if isMin ? try less(v, best) : try less(best, v) { best = v }
                }
                return best
            }
        }
        guard let type = args.first.flatMap({ concrete($0.type).symbol?.name }), NumberTypes.floatingNames.contains(type),
              args.allSatisfy({ concrete($0.type).symbol?.name == type }) else { return nil }
        if type == "Double" {
            guard let op = cMath(Double.self, fn.name, arity: args.count) else { return nil }
            let a = args.map { expr($0).double }
            if a.count == 1 { let x = a[0]; return .double { f in op(try x(f), 0) } }
            let x = a[0], y = a[1]
            return .double { f in op(try x(f), try y(f)) }
        }
        guard let op = cMath(Float.self, fn.name, arity: args.count) else { return nil }
        let a = args.map { expr($0).value }
        if a.count == 1 { let x = a[0]; return .value { f in .float(op(Float.from(try x(f)), 0)) } }
        let x = a[0], y = a[1]
        return .value { f in .float(op(Float.from(try x(f)), Float.from(try y(f)))) }
    }

    /// The C math function `name` (Glibc's `sin`, `sinf`, …) of one or two arguments.
    private func cMath<F: CellFloatingPoint>(_: F.Type, _ name: String, arity: Int) -> ((F, F) -> F)? {
        if F.self == Float.self {
            let op: ((Float, Float) -> Float)?
            switch name {
            case "sqrt": op = { x, _ in x.squareRoot() }
            case "cbrt": op = { x, _ in cbrtf(x) }
            case "sin": op = { x, _ in sinf(x) }
            case "cos": op = { x, _ in cosf(x) }
            case "tan": op = { x, _ in tanf(x) }
            case "asin": op = { x, _ in asinf(x) }
            case "acos": op = { x, _ in acosf(x) }
            case "atan": op = { x, _ in atanf(x) }
            case "sinh": op = { x, _ in sinhf(x) }
            case "cosh": op = { x, _ in coshf(x) }
            case "tanh": op = { x, _ in tanhf(x) }
            case "asinh": op = { x, _ in asinhf(x) }
            case "acosh": op = { x, _ in acoshf(x) }
            case "atanh": op = { x, _ in atanhf(x) }
            case "exp": op = { x, _ in expf(x) }
            case "exp2": op = { x, _ in exp2f(x) }
            case "expm1": op = { x, _ in expm1f(x) }
            case "log": op = { x, _ in logf(x) }
            case "log2": op = { x, _ in log2f(x) }
            case "log10": op = { x, _ in log10f(x) }
            case "log1p": op = { x, _ in log1pf(x) }
            case "floor": op = { x, _ in x.rounded(.down) }
            case "ceil": op = { x, _ in x.rounded(.up) }
            case "round": op = { x, _ in x.rounded(.toNearestOrAwayFromZero) }
            case "trunc": op = { x, _ in x.rounded(.towardZero) }
            case "fabs": op = { x, _ in x.magnitude }
            case "pow": op = { powf($0, $1) }
            case "atan2": op = { atan2f($0, $1) }
            case "hypot": op = { hypotf($0, $1) }
            case "fmod": op = { fmodf($0, $1) }
            case "remainder": op = { remainderf($0, $1) }
            case "copysign": op = { copysignf($0, $1) }
            case "fmin": op = { fminf($0, $1) }
            case "fmax": op = { fmaxf($0, $1) }
            default: op = nil
            }
            return op.map { o in { o($0 as! Float, $1 as! Float) as! F } }
        }
        let op: ((Double, Double) -> Double)?
        switch name {
        case "sqrt": op = { x, _ in x.squareRoot() }
        case "cbrt": op = { x, _ in cbrt(x) }
        case "sin": op = { x, _ in sin(x) }
        case "cos": op = { x, _ in cos(x) }
        case "tan": op = { x, _ in tan(x) }
        case "asin": op = { x, _ in asin(x) }
        case "acos": op = { x, _ in acos(x) }
        case "atan": op = { x, _ in atan(x) }
        case "sinh": op = { x, _ in sinh(x) }
        case "cosh": op = { x, _ in cosh(x) }
        case "tanh": op = { x, _ in tanh(x) }
        case "asinh": op = { x, _ in asinh(x) }
        case "acosh": op = { x, _ in acosh(x) }
        case "atanh": op = { x, _ in atanh(x) }
        case "exp": op = { x, _ in exp(x) }
        case "exp2": op = { x, _ in exp2(x) }
        case "expm1": op = { x, _ in expm1(x) }
        case "log": op = { x, _ in log(x) }
        case "log2": op = { x, _ in log2(x) }
        case "log10": op = { x, _ in log10(x) }
        case "log1p": op = { x, _ in log1p(x) }
        case "floor": op = { x, _ in x.rounded(.down) }
        case "ceil": op = { x, _ in x.rounded(.up) }
        case "round": op = { x, _ in x.rounded(.toNearestOrAwayFromZero) }
        case "trunc": op = { x, _ in x.rounded(.towardZero) }
        case "fabs": op = { x, _ in x.magnitude }
        case "pow": op = { pow($0, $1) }
        case "atan2": op = { atan2($0, $1) }
        case "hypot": op = { hypot($0, $1) }
        case "fmod": op = { fmod($0, $1) }
        case "remainder": op = { remainder($0, $1) }
        case "copysign": op = { copysign($0, $1) }
        case "fmin": op = { fmin($0, $1) }
        case "fmax": op = { fmax($0, $1) }
        default: op = nil
        }
        return op.map { o in { o($0 as! Double, $1 as! Double) as! F } }
    }
}

// MARK: Unicode scalars (a scalar is held as the Character it makes)

extension Compiler {
    fileprivate func unicodeScalarIntrinsic(_ key: String, _ args: [TExpr], span: SourceSpan) -> Code? {
        let a = args.map { expr($0).value }
        let runtime = self.runtime
        func character(_ v: UInt32) -> Value {
            Unicode.Scalar(v).map { .character(Character($0)) } ?? .none
        }
        switch key {
        case "UnicodeScalar.init(UInt8)": return .value { f in character(UInt32(UInt8(truncatingIfNeeded: try a[0](f).asInt))) }
        case "UnicodeScalar.init(UInt32)", "UnicodeScalar.init(Int)":
            return .value { f in
                let v = try a[0](f).asInt
                guard let u = UInt32(exactly: v) else { return .none }
                return character(u)
            }
        case "Character.init(UnicodeScalar)": return .value { f in try a[0](f) }
        case "String.init(UnicodeScalar)":
            return .value { f in
                if case .character(let c) = try a[0](f) { return .string(String(c)) }
                return .string("")
            }
        case "UInt8.init(ascii:UnicodeScalar)":
            return .int { f in
                guard case .character(let c) = try a[0](f), let v = c.unicodeScalars.first?.value, v < 128 else {
                    throw runtime.trap("Fatal error: Code point value does not fit into ASCII", span)
                }
                return Int(v)
            }
        case "UnicodeScalar.==(UnicodeScalar,UnicodeScalar)": return .bool { f in try a[0](f) == a[1](f) }
        case "UnicodeScalar.<(UnicodeScalar,UnicodeScalar)":
            return .bool { f in
                guard case .character(let x) = try a[0](f), case .character(let y) = try a[1](f) else { return false }
                return (x.unicodeScalars.first?.value ?? 0) < (y.unicodeScalars.first?.value ?? 0)
            }
        default: return nil
        }
    }

    fileprivate func unicodeScalarProperty(_ key: String, base: TExpr?) -> Code? {
        guard let base else { return nil }
        let b = expr(base).value
        let scalar = { (f: Frame) throws -> Unicode.Scalar? in
            if case .character(let c) = try b(f) { return c.unicodeScalars.first }
            return nil
        }
        switch key {
        case "UnicodeScalar.value": return .int { f in Int(try scalar(f)?.value ?? 0) }
        case "UnicodeScalar.isASCII": return .bool { f in try scalar(f)?.isASCII ?? false }
        case "UnicodeScalar.description": return .value { f in .string(try scalar(f).map { String($0) } ?? "") }
        case "Character.asciiValue":
            return .value { f in
                guard case .character(let c) = try b(f), let v = c.asciiValue else { return .none }
                return .int(Int(v))
            }
        default: return nil
        }
    }
}
