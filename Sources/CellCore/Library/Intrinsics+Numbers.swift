// Int, Double and Float operators and conversions, unboxed. Int arithmetic traps on overflow as
// Swift does (`Swift runtime failure: arithmetic overflow`); `&+` wraps.

import CellSyntax

extension Compiler {
    func intOperation(_ name: String, _ args: [TExpr], key: String, span: SourceSpan) -> Code? {
        let runtime = self.runtime
        let overflow = { runtime.trap("Swift runtime failure: arithmetic overflow", span) }
        if args.count == 1, key.hasSuffix("(Int)") && !key.contains("init") {
            let a = expr(args[0]).int
            switch name {
            case "-":
                return .int { f in
                    let (r, o) = 0.subtractingReportingOverflow(try a(f))
                    if o { throw overflow() }
                    return r
                }
            case "+": return .int(a)
            case "~": return .int { f in ~(try a(f)) }
            default: return nil
            }
        }
        guard args.count == 2, key.hasSuffix("(Int,Int)") else { return nil }
        if let c = intOperationOnOperands(name, args, overflow: overflow) { return c }
        let a = expr(args[0]).int
        let b = expr(args[1]).int
        // A constant right operand (`i % 13`, `n - 1`) is folded into the closure.
        if let k = intConstant(args[1]) {
            switch name {
            case "+":
                return .int { f in
                    let (r, o) = try a(f).addingReportingOverflow(k)
                    if o { throw overflow() }
                    return r
                }
            case "-":
                return .int { f in
                    let (r, o) = try a(f).subtractingReportingOverflow(k)
                    if o { throw overflow() }
                    return r
                }
            case "*":
                return .int { f in
                    let (r, o) = try a(f).multipliedReportingOverflow(by: k)
                    if o { throw overflow() }
                    return r
                }
            case "%" where k != 0 && k != -1: return .int { f in try a(f) % k }
            case "/" where k != 0 && k != -1: return .int { f in try a(f) / k }
            case "<": return .bool { f in try a(f) < k }
            case "<=": return .bool { f in try a(f) <= k }
            case ">": return .bool { f in try a(f) > k }
            case ">=": return .bool { f in try a(f) >= k }
            case "==": return .bool { f in try a(f) == k }
            case "!=": return .bool { f in try a(f) != k }
            default: break
            }
        }
        switch name {
        case "+":
            return .int { f in
                let (r, o) = try a(f).addingReportingOverflow(try b(f))
                if o { throw overflow() }
                return r
            }
        case "-":
            return .int { f in
                let (r, o) = try a(f).subtractingReportingOverflow(try b(f))
                if o { throw overflow() }
                return r
            }
        case "*":
            return .int { f in
                let (r, o) = try a(f).multipliedReportingOverflow(by: try b(f))
                if o { throw overflow() }
                return r
            }
        case "/":
            return .int { f in
                let x = try a(f)
                let y = try b(f)
                if y == 0 { throw runtime.trap("Fatal error: Division by zero", span) }
                let (r, o) = x.dividedReportingOverflow(by: y)
                if o { throw overflow() }
                return r
            }
        case "%":
            return .int { f in
                let x = try a(f)
                let y = try b(f)
                if y == 0 {
                    throw runtime.trap("Fatal error: Division by zero in remainder operation", span)
                }
                let (r, o) = x.remainderReportingOverflow(dividingBy: y)
                if o { throw overflow() }
                return r
            }
        case "&+": return .int { f in try a(f) &+ b(f) }
        case "&-": return .int { f in try a(f) &- b(f) }
        case "&*": return .int { f in try a(f) &* b(f) }
        case "&": return .int { f in try a(f) & b(f) }
        case "|": return .int { f in try a(f) | b(f) }
        case "^": return .int { f in try a(f) ^ b(f) }
        case "<<": return .int { f in try a(f) << b(f) }
        case ">>": return .int { f in try a(f) >> b(f) }
        case "==": return .bool { f in try a(f) == b(f) }
        case "!=": return .bool { f in try a(f) != b(f) }
        case "<": return .bool { f in try a(f) < b(f) }
        case "<=": return .bool { f in try a(f) <= b(f) }
        case ">": return .bool { f in try a(f) > b(f) }
        case ">=": return .bool { f in try a(f) >= b(f) }
        default: return nil
        }
    }

    func doubleOperation(_ name: String, _ args: [TExpr], key: String, span: SourceSpan) -> Code? {
        if args.count == 1, key.hasSuffix("(Double)") && !key.contains("init") {
            let a = expr(args[0]).double
            switch name {
            case "-": return .double { f in -(try a(f)) }
            case "+": return .double(a)
            default: return nil
            }
        }
        guard args.count == 2, key.hasSuffix("(Double,Double)") else { return nil }
        if let c = doubleOperationOnOperands(name, args) { return c }
        let a = expr(args[0]).double
        let b = expr(args[1]).double
        switch name {
        case "+": return .double { f in try a(f) + b(f) }
        case "-": return .double { f in try a(f) - b(f) }
        case "*": return .double { f in try a(f) * b(f) }
        case "/": return .double { f in try a(f) / b(f) }
        case "==": return .bool { f in try a(f) == b(f) }
        case "!=": return .bool { f in try a(f) != b(f) }
        case "<": return .bool { f in try a(f) < b(f) }
        case "<=": return .bool { f in try a(f) <= b(f) }
        case ">": return .bool { f in try a(f) > b(f) }
        case ">=": return .bool { f in try a(f) >= b(f) }
        default: return nil
        }
    }

    func floatOperation(_ name: String, _ args: [TExpr], key: String, span: SourceSpan) -> Code? {
        func float(_ c: @escaping ValueCode) -> (Frame) throws -> Float {
            { f in
                if case .float(let x) = try c(f) { return x }
                preconditionFailure("interpreter bug: expected a Float")
            }
        }
        if args.count == 1, key.hasSuffix("(Float)") && !key.contains("init") {
            let a = float(expr(args[0]).value)
            if name == "-" { return .value { f in .float(-(try a(f))) } }
            return nil
        }
        guard args.count == 2, key.hasSuffix("(Float,Float)") else { return nil }
        let a = float(expr(args[0]).value)
        let b = float(expr(args[1]).value)
        switch name {
        case "+": return .value { f in .float(try a(f) + b(f)) }
        case "-": return .value { f in .float(try a(f) - b(f)) }
        case "*": return .value { f in .float(try a(f) * b(f)) }
        case "/": return .value { f in .float(try a(f) / b(f)) }
        case "==": return .bool { f in try a(f) == b(f) }
        case "!=": return .bool { f in try a(f) != b(f) }
        case "<": return .bool { f in try a(f) < b(f) }
        case "<=": return .bool { f in try a(f) <= b(f) }
        case ">": return .bool { f in try a(f) > b(f) }
        case ">=": return .bool { f in try a(f) >= b(f) }
        default: return nil
        }
    }

    /// `Int(x)`, `Double(x)`, `Float(x)`, `String(x)`, `Int("42")`, `Character("a")`, …
    func conversion(_ key: String, _ args: [TExpr], span: SourceSpan, resultType: SwiftType) -> Code? {
        let runtime = self.runtime
        let a = args.map { expr($0).value }
        switch key {
        case "Int.init(Int)", "Double.init(Double)", "Float.init(Float)": return expr(args[0])
        case "Int.init()": return .int { _ in 0 }
        case "Double.init()": return .double { _ in 0 }
        case "Float.init()": return .value { _ in .float(0) }
        case "String.init()": return .value { _ in .string("") }
        case "Int.init(Double)":
            let d = expr(args[0]).double
            return .int { f in
                let x = try d(f)
                if !x.isFinite {
                    throw runtime.trap(
                        "Fatal error: Double value cannot be converted to Int because it is either infinite or NaN",
                        span)
                }
                guard let i = Int(exactly: x.rounded(.towardZero)) else {
                    throw runtime.trap(
                        "Fatal error: Double value cannot be converted to Int because the result would be \(x < 0 ? "less than Int.min" : "greater than Int.max")",
                        span)
                }
                return i
            }
        case "Int.init(Float)":
            return .int { f in
                guard case .float(let x) = try a[0](f) else { return 0 }
                if !x.isFinite {
                    throw runtime.trap(
                        "Fatal error: Float value cannot be converted to Int because it is either infinite or NaN",
                        span)
                }
                guard let i = Int(exactly: x.rounded(.towardZero)) else {
                    throw runtime.trap(
                        "Fatal error: Float value cannot be converted to Int because the result would be \(x < 0 ? "less than Int.min" : "greater than Int.max")",
                        span)
                }
                return i
            }
        case "Double.init(Int)":
            let i = expr(args[0]).int
            return .double { f in Double(try i(f)) }
        case "Double.init(Float)":
            return .double { f in
                if case .float(let x) = try a[0](f) { return Double(x) }
                return 0
            }
        case "Float.init(Int)":
            return .value { f in .float(Float(try a[0](f).asInt)) }
        case "Float.init(Double)":
            return .value { f in .float(Float(try a[0](f).asDouble)) }
        case "Int.init(String)", "Int.init(Substring)":
            return .value { f in Int(try a[0](f).asString).map { .int($0) } ?? .none }
        case "Double.init(String)":
            return .value { f in Double(try a[0](f).asString).map { .double($0) } ?? .none }
        case "Float.init(String)":
            return .value { f in Float(try a[0](f).asString).map { .float($0) } ?? .none }
        case "String.init(Int)":
            let i = expr(args[0]).int
            return .value { f in .string(String(try i(f))) }
        case "String.init(Double)":
            let d = expr(args[0]).double
            return .value { f in .string(try d(f).description) }
        case "String.init(Character)", "String.init(Substring)":
            return .value { f in
                let v = try a[0](f)
                if case .character(let c) = v { return .string(String(c)) }
                return v
            }
        case "String.init(describing:Any)":
            guard case .toExistential(let inner) = args[0].kind else {
                return .value { f in .string(try runtime.describe(try a[0](f), .existential([]))) }
            }
            let c = expr(inner).value
            let t = concrete(inner.type)
            return .value { f in .string(try runtime.describe(try c(f), t)) }
        case "String.init(repeating:String,count:Int)":
            return .value { f in
                .string(String(repeating: try a[0](f).asString, count: try a[1](f).asInt))
            }
        case "Optional.init(Wrapped)":
            let c = expr(args[0]).value
            return .value { f in
                let v = try c(f)
                if case .null(let n) = v { return .null(n + 1) }
                return v
            }
        case "String.init(Bool)":
            return .value { f in .string(try a[0](f).asBool ? "true" : "false") }
        case "Set.init(String)":
            return .value { f in .set(Set(try a[0](f).asString.map { .character($0) })) }
        case "Array.init(String)":
            return .value { f in .array(try a[0](f).asString.map { .character($0) }) }
        case "Array.init([Element])":
            return expr(args[0])
        case "Array.init(StrideTo<Element>)", "Array.init(StrideThrough<Element>)":
            return .value { f in
                let b = try a[0](f).asRecord
                var out: [Value] = []
                if case .int(let start) = b[0] {
                    let end = b[1].asInt
                    let by = b[2].asInt
                    if b[3].asBool {
                        for i in stride(from: start, through: end, by: by) { out.append(.int(i)) }
                    } else {
                        for i in stride(from: start, to: end, by: by) { out.append(.int(i)) }
                    }
                } else {
                    let start = b[0].asDouble
                    let end = b[1].asDouble
                    let by = b[2].asDouble
                    if b[3].asBool {
                        for x in stride(from: start, through: end, by: by) { out.append(.double(x)) }
                    } else {
                        for x in stride(from: start, to: end, by: by) { out.append(.double(x)) }
                    }
                }
                return .array(out)
            }
        case "String.init([Character])":
            return .value { f in
                var s = ""
                for c in try a[0](f).asArray { if case .character(let ch) = c { s.append(ch) } }
                return .string(s)
            }
        case "String.init(Int,radix:Int,uppercase:Bool)":
            return .value { f in
                .string(String(try a[0](f).asInt, radix: try a[1](f).asInt, uppercase: try a[2](f).asBool))
            }
        case "Character.init(String)":
            return .value { f in
                let s = try a[0](f).asString
                guard s.count == 1, let c = s.first else {
                    throw runtime.trap(
                        "Fatal error: Can't form a Character from a String containing more than one extended grapheme cluster",
                        span)
                }
                return .character(c)
            }
        default:
            return nil
        }
    }
}

// Int and Double operators whose operands are locals' slots, globals or constants: one closure
// reads them itself (the general path calls a closure per operand; an operand that is neither
// is still a closure). Operator and operand kinds are type parameters, so each combination is a
// closure specialised with the reads and the operation inlined.

protocol IntArithmetic { static func apply(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool) }
protocol IntComparison { static func apply(_ a: Int, _ b: Int) -> Bool }

enum IntAdd: IntArithmetic { static func apply(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool) { a.addingReportingOverflow(b) } }
enum IntSubtract: IntArithmetic { static func apply(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool) { a.subtractingReportingOverflow(b) } }
enum IntMultiply: IntArithmetic { static func apply(_ a: Int, _ b: Int) -> (partialValue: Int, overflow: Bool) { a.multipliedReportingOverflow(by: b) } }
enum IntLess: IntComparison { static func apply(_ a: Int, _ b: Int) -> Bool { a < b } }
enum IntLessOrEqual: IntComparison { static func apply(_ a: Int, _ b: Int) -> Bool { a <= b } }
enum IntGreater: IntComparison { static func apply(_ a: Int, _ b: Int) -> Bool { a > b } }
enum IntGreaterOrEqual: IntComparison { static func apply(_ a: Int, _ b: Int) -> Bool { a >= b } }
enum IntEqual: IntComparison { static func apply(_ a: Int, _ b: Int) -> Bool { a == b } }
enum IntNotEqual: IntComparison { static func apply(_ a: Int, _ b: Int) -> Bool { a != b } }

/// An Int operand read without a closure (or, for `IntCodeOperand`, by its own).
protocol IntOperand { func read(_ f: Frame) throws -> Int }
struct IntCodeOperand: IntOperand {
    let code: IntCode
    @inline(__always) func read(_ f: Frame) throws -> Int { try code(f) }
}
struct IntSlotOperand: IntOperand {
    let slot: Int
    @inline(__always) func read(_ f: Frame) -> Int { f.slots[slot].asInt }
}
struct IntGlobalOperand: IntOperand {
    let box: Box
    @inline(__always) func read(_ f: Frame) -> Int { box.value.asInt }
}
struct IntConstantOperand: IntOperand {
    let value: Int
    @inline(__always) func read(_ f: Frame) -> Int { value }
}

extension Compiler {
    /// How an Int operand is read without a closure.
    enum IntOperandKind {
        case slot(Int)
        case global(Box)
        case constant(Int)
        /// Any other expression (compiled only if used).
        case code(TExpr)
    }

    /// `e` as an operand read without a closure: an Int local or global stored in place, or a
    /// constant.
    func intOperand(_ e: TExpr) -> IntOperandKind {
        if let k = intConstant(e) { return .constant(k) }
        if representation(e.type) == .int {
            switch inPlace(e) {
            case .slot(let s)?: return .slot(s)
            case .global(let box)?: return .global(box)
            case nil: break
            }
        }
        return .code(e)
    }

    func intOperationOnOperands(
        _ name: String, _ args: [TExpr], overflow: @escaping () -> RuntimeTrap
    ) -> Code? {
        guard Self.operatorsOnOperands.contains(name) else { return nil }
        let l = intOperand(args[0])
        let r = intOperand(args[1])
        // Concrete operand types at every call, so each combination is specialised (an opened
        // existential would run the generic code through witness tables).
        switch (l, r) {
        case (.code, .code), (.constant, .constant), (.code, .constant), (.constant, .code):
            return nil  // The general path (with its folded constants).
        case (.slot(let s), _): return intOperation(name, IntSlotOperand(slot: s), r, overflow: overflow)
        case (.global(let b), _): return intOperation(name, IntGlobalOperand(box: b), r, overflow: overflow)
        case (.constant(let k), _): return intOperation(name, IntConstantOperand(value: k), r, overflow: overflow)
        case (.code(let e), _): return intOperation(name, IntCodeOperand(code: expr(e).int), r, overflow: overflow)
        }
    }

    func intOperation<L: IntOperand>(
        _ name: String, _ l: L, _ r: IntOperandKind, overflow: @escaping () -> RuntimeTrap
    ) -> Code? {
        switch r {
        case .slot(let s): return intOperation(name, l, IntSlotOperand(slot: s), overflow: overflow)
        case .global(let b): return intOperation(name, l, IntGlobalOperand(box: b), overflow: overflow)
        case .constant(let k): return intOperation(name, l, IntConstantOperand(value: k), overflow: overflow)
        case .code(let e): return intOperation(name, l, IntCodeOperand(code: expr(e).int), overflow: overflow)
        }
    }

    static let operatorsOnOperands: Set<String> = ["+", "-", "*", "<", "<=", ">", ">=", "==", "!="]

    func intOperation<L: IntOperand, R: IntOperand>(
        _ name: String, _ l: L, _ r: R, overflow: @escaping () -> RuntimeTrap
    ) -> Code? {
        func arithmetic<Op: IntArithmetic>(_: Op.Type) -> Code {
            .int { f in
                let (v, o) = Op.apply(try l.read(f), try r.read(f))
                if o { throw overflow() }
                return v
            }
        }
        func comparison<Op: IntComparison>(_: Op.Type) -> Code {
            .bool { f in Op.apply(try l.read(f), try r.read(f)) }
        }
        switch name {
        case "+": return arithmetic(IntAdd.self)
        case "-": return arithmetic(IntSubtract.self)
        case "*": return arithmetic(IntMultiply.self)
        case "<": return comparison(IntLess.self)
        case "<=": return comparison(IntLessOrEqual.self)
        case ">": return comparison(IntGreater.self)
        case ">=": return comparison(IntGreaterOrEqual.self)
        case "==": return comparison(IntEqual.self)
        case "!=": return comparison(IntNotEqual.self)
        default: return nil
        }
    }
}

/// A Double operand read without a closure (or, for `DoubleCodeOperand`, by its own).
protocol DoubleOperand { func read(_ f: Frame) throws -> Double }
struct DoubleCodeOperand: DoubleOperand {
    let code: DoubleCode
    @inline(__always) func read(_ f: Frame) throws -> Double { try code(f) }
}
struct DoubleSlotOperand: DoubleOperand {
    let slot: Int
    @inline(__always) func read(_ f: Frame) -> Double { f.slots[slot].asDouble }
}
struct DoubleGlobalOperand: DoubleOperand {
    let box: Box
    @inline(__always) func read(_ f: Frame) -> Double { box.value.asDouble }
}
struct DoubleConstantOperand: DoubleOperand {
    let value: Double
    @inline(__always) func read(_ f: Frame) -> Double { value }
}

extension Compiler {
    enum DoubleOperandKind {
        case slot(Int)
        case global(Box)
        case constant(Double)
        /// Any other expression (compiled only if used).
        case code(TExpr)
    }

    /// The value of a Double literal, computed as `expr` computes it.
    func doubleConstant(_ e: TExpr) -> Double? {
        guard representation(e.type) == .double else { return nil }
        switch e.kind {
        case .floatLiteral(let text, let negative): return (Double(text) ?? 0) * (negative ? -1 : 1)
        case .integerLiteral(let text, let negative):
            guard let magnitude = UInt64(text) else { return nil }
            return Double(magnitude) * (negative ? -1 : 1)
        default: return nil
        }
    }

    func doubleOperand(_ e: TExpr) -> DoubleOperandKind {
        if let k = doubleConstant(e) { return .constant(k) }
        if representation(e.type) == .double {
            switch inPlace(e) {
            case .slot(let s)?: return .slot(s)
            case .global(let box)?: return .global(box)
            case nil: break
            }
        }
        return .code(e)
    }

    func doubleOperationOnOperands(_ name: String, _ args: [TExpr]) -> Code? {
        guard Self.operatorsOnOperands.contains(name) || name == "/" else { return nil }
        let l = doubleOperand(args[0])
        let r = doubleOperand(args[1])
        switch (l, r) {
        case (.code, .code), (.constant, .constant):
            return nil  // The general path.
        case (.slot(let s), _): return doubleOperation(name, DoubleSlotOperand(slot: s), r)
        case (.global(let b), _): return doubleOperation(name, DoubleGlobalOperand(box: b), r)
        case (.constant(let k), _): return doubleOperation(name, DoubleConstantOperand(value: k), r)
        case (.code(let e), _): return doubleOperation(name, DoubleCodeOperand(code: expr(e).double), r)
        }
    }

    func doubleOperation<L: DoubleOperand>(_ name: String, _ l: L, _ r: DoubleOperandKind) -> Code? {
        switch r {
        case .slot(let s): return doubleOperation(name, l, DoubleSlotOperand(slot: s))
        case .global(let b): return doubleOperation(name, l, DoubleGlobalOperand(box: b))
        case .constant(let k): return doubleOperation(name, l, DoubleConstantOperand(value: k))
        case .code(let e): return doubleOperation(name, l, DoubleCodeOperand(code: expr(e).double))
        }
    }

    func doubleOperation<L: DoubleOperand, R: DoubleOperand>(_ name: String, _ l: L, _ r: R) -> Code? {
        switch name {
        case "+": return .double { f in try l.read(f) + r.read(f) }
        case "-": return .double { f in try l.read(f) - r.read(f) }
        case "*": return .double { f in try l.read(f) * r.read(f) }
        case "/": return .double { f in try l.read(f) / r.read(f) }
        case "<": return .bool { f in try l.read(f) < r.read(f) }
        case "<=": return .bool { f in try l.read(f) <= r.read(f) }
        case ">": return .bool { f in try l.read(f) > r.read(f) }
        case ">=": return .bool { f in try l.read(f) >= r.read(f) }
        case "==": return .bool { f in try l.read(f) == r.read(f) }
        case "!=": return .bool { f in try l.read(f) != r.read(f) }
        default: return nil
        }
    }
}
