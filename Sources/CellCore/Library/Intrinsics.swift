// The host implementations of the library's body-less declarations, one table keyed by
// `hostKey` (`Int.+(Int,Int)`, `Array.append(Element)`, `print(Any...,separator:String,terminator:String)`).
// Each entry builds specialised code from its arguments' code: integer and floating arithmetic
// unboxed (with Swift's overflow traps), collections mutated in place through the base's modify
// accessor. A key without an entry compiles to a trap naming it.

import CellSyntax

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Compiler {
    func intrinsic(
        _ key: String, _ fn: FuncSymbol, base: TExpr?, arguments args: [TExpr],
        substitution s: Substitution,
        span: SourceSpan, resultType: SwiftType
    ) -> Code {
        let runtime = self.runtime
        // A library module's host implementation (Library/Registry.swift).
        if let h = runtime.hostFunctions[key] {
            return moduleCall(
                h, isStatic: fn.isStatic || fn.kind == .initializer, isMutating: fn.isMutating, base: base,
                arguments: args, span: span, resultType: resultType)
        }
        let owner = fn.owner?.name ?? ""
        // Numeric operators and conversions of Int, Double, Float.
        if owner == "Int", let c = intOperation(fn.name, args, key: key, span: span) { return c }
        if owner == "Double", let c = doubleOperation(fn.name, args, key: key, span: span) { return c }
        if owner == "Float", let c = floatOperation(fn.name, args, key: key, span: span) { return c }
        // `String(format:)` by PrintfFormat.swift (Foundation's 32-bit `%d`, positional arguments, `%c`).
        if key == "String.init(format:String,Any...)", let c = formatIntrinsic(args, span: span) { return c }
        if fn.kind == .initializer, let c = conversion(key, args, span: span, resultType: resultType) {
            return c
        }
        if let c = numberIntrinsic(key, fn, base: base, args, span: span, resultType: resultType) { return c }
        if let c = collectionOperation(
            key, fn, base: base, args, span: span, resultType: resultType, substitution: s)
        {
            return c
        }

        let a = args.map { expr($0).value }
        switch key {
        case "print(Any...,separator:String,terminator:String)",
            "debugPrint(Any...,separator:String,terminator:String)":
            let debug = key.hasPrefix("debug")
            guard case .array(let items) = args[0].kind else { break }
            // Each item with its static type (before it became `Any`).
            let parts: [(ValueCode, SwiftType)] = items.map { item in
                if case .toExistential(let inner) = item.kind {
                    return (expr(inner).value, concrete(inner.type))
                }
                return (expr(item).value, concrete(item.type))
            }
            let separator = a[1]
            let terminator = a[2]
            return .value { f in
                var out = ""
                for (i, (c, t)) in parts.enumerated() {
                    if i > 0 { out += try separator(f).asString }
                    try runtime.describe(try c(f), t, debug: debug, into: &out)
                }
                out += try terminator(f).asString
                runtime.write(out)
                return .void
            }
        case "fatalError(String)", "preconditionFailure(String)":
            let prefix = key.hasPrefix("fatal") ? "Fatal error" : "Fatal error"
            return .value { f in
                let m = try a[0](f).asString
                throw runtime.trap(m.isEmpty ? prefix : "\(prefix): \(m)", span)
            }
        case "precondition(Bool,String)", "assert(Bool,String)":
            let label = key.hasPrefix("precondition") ? "Precondition failed" : "Assertion failed"
            return .value { f in
                if !(try a[0](f).asBool) {
                    let m = try a[1](f).asString
                    throw runtime.trap(m.isEmpty ? label : "\(label): \(m)", span)
                }
                return .void
            }
        case "..<(Bound,Bound)", "...(Bound,Bound)":
            let closed = key.hasPrefix("...")
            let isInt = representation(args[0].type) == .int
            return .value { f in
                let l = try a[0](f)
                let h = try a[1](f)
                if isInt, closed ? l.asInt > h.asInt : l.asInt > h.asInt {
                    throw runtime.trap("Fatal error: Range requires lowerBound <= upperBound", span)
                }
                return .record([l, h])
            }
        case "~=(Range<Bound>,Bound)", "~=(ClosedRange<Bound>,Bound)":
            let closed = key.contains("Closed")
            let less = lessThan(args[1].type)
            return .bool { f in
                let r = try a[0](f).asRecord
                let v = try a[1](f)
                if try less(v, r[0]) { return false }
                return closed ? !(try less(r[1], v)) : try less(v, r[1])
            }
        case "stride(from:Int,to:Int,by:Int)", "stride(from:Int,through:Int,by:Int)",
            "stride(from:Double,to:Double,by:Double)", "stride(from:Double,through:Double,by:Double)":
            let closed = key.contains("through")
            return .value { f in .record([try a[0](f), try a[1](f), try a[2](f), .bool(closed)]) }
        case "min(T,T)", "max(T,T)":
            let less = lessThan(args[0].type)
            let isMin = key.hasPrefix("min")
            return typed(resultType) { f in
                let x = try a[0](f)
                let y = try a[1](f)
                return isMin ? (try less(y, x) ? y : x) : (try less(y, x) ? x : y)
            }
        case "abs(T)":
            return typed(resultType) { f in
                switch try a[0](f) {
                case .int(let v):
                    if v == Int.min { throw runtime.trap("Swift runtime failure: arithmetic overflow", span) }
                    return .int(Swift.abs(v))
                case .double(let v): return .double(Swift.abs(v))
                case .float(let v): return .float(Swift.abs(v))
                case let v: return v
                }
            }
        case "swap(inout T,inout T)":
            let l = lvalue(args[0])
            let r = lvalue(args[1])
            return .value { f in
                var x = Value.none
                try l(f) { x = $0 }
                var y = Value.none
                try r(f) { v in
                    y = v
                    v = x
                }
                try l(f) { $0 = y }
                return .void
            }
        case "==(T?,T?)", "!=(T?,T?)":
            let equal = key.hasPrefix("==")
            return .bool { f in (try a[0](f) == a[1](f)) == equal }
        case "===(Any?,Any?)", "!==(Any?,Any?)":
            let identical = key.hasPrefix("===")
            func object(_ v: Value) -> Instance? {
                switch v {
                case .object(let o): return o
                case .existential(let box): return object(box.value)
                default: return nil
                }
            }
            return .bool { f in
                let x = object(try a[0](f)), y = object(try a[1](f))
                return (x === y) == identical
            }
        case "type(of:T)":
            return .value { _ in .void }
        case "zip([A],[B])":
            return .value { f in
                .array(zip(try a[0](f).asArray, try a[1](f).asArray).map { .record([$0, $1]) })
            }
        case "sqrt(Double)", "sin(Double)", "cos(Double)", "tan(Double)", "exp(Double)", "log(Double)",
            "log2(Double)",
            "log10(Double)", "floor(Double)", "ceil(Double)", "round(Double)", "fabs(Double)":
            let op = mathFunction(fn.name)
            let x = expr(args[0]).double
            return .double { f in op(try x(f)) }
        case "pow(Double,Double)", "atan2(Double,Double)", "hypot(Double,Double)",
            "fmod(Double,Double)":
            let op = mathFunction2(fn.name)
            let x = expr(args[0]).double
            let y = expr(args[1]).double
            return .double { f in op(try x(f), try y(f)) }
        case "memberwise":
            // Fields in declaration order: the arguments, and the initial values of the `let`
            // properties that are not parameters.
            guard let owner = fn.owner else { break }
            let fieldCodes: [ValueCode] = owner.storedProperties.map { p in
                if let i = fn.parameters.firstIndex(where: { $0.name == p.name }) { return a[i] }
                if let initial = p.initialValue { return expr(initial).value }
                return { _ in .none }
            }
            return .value { f in
                var fields: [Value] = []
                fields.reserveCapacity(fieldCodes.count)
                for c in fieldCodes { fields.append(try c(f)) }
                return .record(fields)
            }
        case "defaultInit":
            guard var owner = fn.owner else { break }
            // Inherited by a subclass: make an instance of the class called.
            if let r = concrete(resultType).symbol, r.kind == .class { owner = r }
            let make = freshInstance(owner)
            return .value { f in try make(f) }
        case "rawValueInit":
            guard let owner = fn.owner else { break }
            let raws = owner.cases.map { $0.rawValue ?? .none }
            return .value { f in
                let raw = try a[0](f)
                if let i = raws.firstIndex(of: raw) { return .enumCase(i, []) }
                return .none
            }
        case "enumCase":
            guard let c = fn.enumCase else { break }
            let index = c.index
            return .value { f in .enumCase(index, try a.map { try $0(f) }) }
        default:
            break
        }
        return .value { _ in throw runtime.trap("'\(key)' is not implemented yet", span) }
    }

    func mathFunction(_ name: String) -> (Double) -> Double {
        switch name {
        case "sqrt": return { $0.squareRoot() }
        case "sin": return { sin($0) }
        case "cos": return { cos($0) }
        case "tan": return { tan($0) }
        case "exp": return { exp($0) }
        case "log": return { log($0) }
        case "log2": return { log2($0) }
        case "log10": return { log10($0) }
        case "floor": return { $0.rounded(.down) }
        case "ceil": return { $0.rounded(.up) }
        case "round": return { $0.rounded(.toNearestOrAwayFromZero) }
        default: return { Swift.abs($0) }
        }
    }

    func mathFunction2(_ name: String) -> (Double, Double) -> Double {
        switch name {
        case "pow": return { pow($0, $1) }
        case "atan2": return { atan2($0, $1) }
        case "hypot": return { hypot($0, $1) }
        default: return { $0.truncatingRemainder(dividingBy: $1) }
        }
    }

    /// `<` for values of a type: the host's for numbers and strings, the cell's own otherwise.
    func lessThan(_ type: SwiftType) -> (Value, Value) throws -> Bool {
        switch representation(type) {
        case .int:
            if NumberTypes.isUnsigned64(concrete(type).symbol?.name ?? "") {
                return { UInt(bitPattern: $0.asInt) < UInt(bitPattern: $1.asInt) }
            }
            return { $0.asInt < $1.asInt }
        case .double: return { $0.asDouble < $1.asDouble }
        case .string, .substring: return { $0.asString < $1.asString }
        case .float:
            return { a, b in
                if case .float(let x) = a, case .float(let y) = b { return x < y }
                return false
            }
        case .character:
            return { a, b in
                if case .character(let x) = a, case .character(let y) = b { return x < y }
                return false
            }
        case .enumeration:
            if let s = concrete(type).symbol, s.members["<"] == nil {
                return { a, b in
                    if case .enumCase(let i, _) = a, case .enumCase(let j, _) = b { return i < j }
                    return false
                }
            }
        default: break
        }
        // A cell's `static func <`: called through a two-slot frame.
        let t = concrete(type)
        if let s = t.symbol, case .function(let fn)? = s.members["<"]?.first {
            let code = functionCode(fn, substitution: substitutionOf(t))
            let runtime = self.runtime
            return { a, b in
                let frame = runtime.frames.push(max(2, code.slotCount))
                defer { runtime.frames.pop(frame) }
                frame[0] = a
                frame[1] = b
                return try runtime.invoke(code, frame, at: .unknown).asBool
            }
        }
        return { _, _ in false }
    }
}
