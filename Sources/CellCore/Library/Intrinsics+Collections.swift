// Array, Dictionary, String, Range, Bool and Character members. Mutating members reach the
// base through its modify accessor (arguments are evaluated first, then the container is moved
// out, changed in place and moved back), so `append` is amortised O(1) as in Swift.

import CellSyntax

extension Compiler {
    /// Runs `body` on the array stored in `base`, in place.
    func mutateArray(_ base: TExpr, _ body: @escaping (inout [Value], Frame) throws -> Value)
        -> ValueCode
    {
        let m = lvalue(base)
        return { f in
            var result = Value.void
            try m(f) { v in
                guard case .array(var a) = v else { preconditionFailure("interpreter bug: not an array") }
                v = .none
                defer { v = .array(a) }
                result = try body(&a, f)
            }
            return result
        }
    }

    func mutateDictionary(
        _ base: TExpr, _ body: @escaping (inout [Value: Value], Frame) throws -> Value
    ) -> ValueCode {
        let m = lvalue(base)
        return { f in
            var result = Value.void
            try m(f) { v in
                guard case .dictionary(var d) = v else {
                    preconditionFailure("interpreter bug: not a dictionary")
                }
                v = .none
                defer { v = .dictionary(d) }
                result = try body(&d, f)
            }
            return result
        }
    }

    func mutateString(_ base: TExpr, _ body: @escaping (inout String, Frame) throws -> Value)
        -> ValueCode
    {
        let m = lvalue(base)
        return { f in
            var result = Value.void
            try m(f) { v in
                guard case .string(var s) = v else { preconditionFailure("interpreter bug: not a string") }
                v = .none
                defer { v = .string(s) }
                result = try body(&s, f)
            }
            return result
        }
    }

    /// The elements of a sequence value (arrays, ranges, strings, dictionaries as pairs).
    func elements(_ v: Value, closed: Bool) -> [Value] {
        switch v {
        case .array(let a): return a
        case .record(let b):
            guard case .int(let l) = b[0], case .int(let h) = b[1] else { return [] }
            return closed ? (l...h).map { .int($0) } : (l..<h).map { .int($0) }
        case .string(let s): return s.map { .character($0) }
        case .dictionary(let d): return d.map { .record([$0.key, $0.value]) }
        case .set(let s): return Array(s)
        default: return []
        }
    }

    /// `s.split(separator: c)` by bytes, when that gives Swift's pieces: an ASCII text (each of
    /// its Characters is one byte, except "\r\n") and an ASCII separator other than "\r" and
    /// "\n". Nil otherwise (or for a text that is not contiguous UTF-8).
    static func asciiSplit(_ s: String, _ c: Character) -> [Value]? {
        guard let separator = c.asciiValue, separator != 0x0A, separator != 0x0D else { return nil }
        let result: [Value]?? = s.utf8.withContiguousStorageIfAvailable { bytes in
            var pieces: [Value] = []
            var start = 0
            for i in 0..<bytes.count {
                let byte = bytes[i]
                if byte >= 0x80 { return nil }
                if byte == separator {
                    if i > start {
                        pieces.append(.string(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)))
                    }
                    start = i + 1
                }
            }
            if bytes.count > start {
                pieces.append(.string(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)))
            }
            return pieces
        }
        return result ?? nil
    }

    /// Wraps a value as `Optional<T>.some` (nested optionals get one more level).
    func some(_ v: Value) -> Value {
        if case .null(let n) = v { return .null(n + 1) }
        return v
    }

    func collectionOperation(
        _ key: String, _ fn: FuncSymbol, base: TExpr?, _ args: [TExpr], span: SourceSpan,
        resultType: SwiftType,
        substitution s: Substitution
    ) -> Code? {
        let runtime = self.runtime
        let owner = fn.owner?.name ?? ""
        let name = "\(owner).\(fn.fullName)"
        let a = args.map { expr($0).value }
        let b = base.map { expr($0).value } ?? { _ in .none }
        let closed = base.map { representation($0.type) == .closedRange } ?? false
        let indexError = { runtime.trap("Fatal error: Index out of range", span) }
        switch name {
        // Initializers.
        case "Array.init()": return .value { _ in .array([]) }
        case "Dictionary.init()": return .value { _ in .dictionary([:]) }
        case "Array.init(repeating:count:)":
            return .value { f in
                let v = try a[0](f)
                let n = try a[1](f).asInt
                if n < 0 { throw runtime.trap("Fatal error: Can't construct Array with count < 0", span) }
                return .array(Array(repeating: v, count: n))
            }
        case "Array.init(_:)":
            let isClosed = args.first.map { representation($0.type) == .closedRange } ?? false
            return .value { [unowned self] f in .array(self.elements(try a[0](f), closed: isClosed)) }

        // Array.
        case "Array.append(_:)":
            if representation(args[0].type) == .array
                && !sameType(concrete(args[0].type), concrete(fn.parameters[0].type.substituting(s)))
            {
                break
            }
            let m = lvalue(base!)
            let x = expr(args[0]).value
            return .value { f in
                let element = try x(f)
                try m(f) { v in
                    guard case .array(var arr) = v else {
                        preconditionFailure("interpreter bug: not an array")
                    }
                    v = .none
                    arr.append(element)
                    v = .array(arr)
                }
                return .void
            }
        case "Array.append(contentsOf:)":
            return mutateEvaluated(base!, a) { arr, xs in
                arr.append(contentsOf: xs[0].asArray)
                return .void
            }
        case "Array.insert(_:at:)":
            return mutateEvaluated(base!, a) { arr, xs in
                let i = xs[1].asInt
                if i < 0 || i > arr.count {
                    throw runtime.trap("Fatal error: Array index is out of range", span)
                }
                arr.insert(xs[0], at: i)
                return .void
            }
        case "Array.remove(at:)":
            return mutateEvaluated(base!, a) { arr, xs in
                let i = xs[0].asInt
                if i < 0 || i >= arr.count { throw runtime.trap("Fatal error: Index out of range", span) }
                return arr.remove(at: i)
            }
        case "Array.removeLast()":
            return mutateEvaluated(base!, a) { arr, _ in
                if arr.isEmpty {
                    throw runtime.trap(
                        "Fatal error: Can't remove last element from an empty collection", span)
                }
                return arr.removeLast()
            }
        case "Array.removeFirst()":
            return mutateEvaluated(base!, a) { arr, _ in
                if arr.isEmpty {
                    throw runtime.trap(
                        "Fatal error: Can't remove first element from an empty collection", span)
                }
                return arr.removeFirst()
            }
        case "Array.removeAll()":
            return mutateEvaluated(base!, a) { arr, _ in
                arr.removeAll()
                return .void
            }
        case "Array.swapAt(_:_:)":
            return mutateEvaluated(base!, a) { arr, xs in
                let i = xs[0].asInt
                let j = xs[1].asInt
                if i < 0 || i >= arr.count || j < 0 || j >= arr.count { throw indexError() }
                arr.swapAt(i, j)
                return .void
            }
        case "Array.removeAll(where:)":
            return mutateEvaluated(base!, a) { arr, xs in
                let c = runtime.caller1(xs[0], at: span)
                try arr.removeAll { try c($0).asBool }
                return .void
            }
        case "Array.popLast()":
            return mutateEvaluated(base!, a) { [unowned self] arr, _ in
                arr.popLast().map(self.some) ?? .none
            }
        case "Array.min(by:)", "Array.max(by:)":
            let isMin = fn.name == "min"
            return .value { [unowned self] f in
                let c = runtime.caller2(try a[0](f), at: span)
                let xs = try b(f).asArray
                let r = isMin ? try xs.min { try c($0, $1).asBool } : try xs.max { try c($0, $1).asBool }
                return r.map(self.some) ?? .none
            }
        case "Array.reverse()":
            return mutateEvaluated(base!, a) { arr, _ in
                arr.reverse()
                return .void
            }
        case "Array.sort()":
            let less = lessThan(fn.owner!.genericParameters[0].substituted(s))
            return mutateEvaluated(base!, a) { arr, _ in
                try arr.sort(by: less)
                return .void
            }
        case "Array.sort(by:)":
            return mutateEvaluated(base!, a) { arr, xs in
                let c = runtime.caller2(xs[0], at: span)
                try arr.sort { try c($0, $1).asBool }
                return .void
            }
        case "Array.reversed()", "Range.reversed()", "ClosedRange.reversed()", "String.reversed()":
            return .value { [unowned self] f in .array(self.elements(try b(f), closed: closed).reversed())
            }
        case "Array.map(_:)", "Range.map(_:)", "ClosedRange.map(_:)", "Dictionary.map(_:)":
            return .value { [unowned self] f in
                let items = self.elements(try b(f), closed: closed)
                let c = runtime.caller1(try a[0](f), at: span)
                var out: [Value] = []
                out.reserveCapacity(items.count)
                for x in items { out.append(try c(x)) }
                return .array(out)
            }
        case "Array.compactMap(_:)":
            return .value { f in
                let c = runtime.caller1(try a[0](f), at: span)
                var out: [Value] = []
                for x in try b(f).asArray {
                    let r = try c(x)
                    if case .null(let n) = r {
                        if n > 0 { out.append(.null(n - 1)) }
                    } else {
                        out.append(r)
                    }
                }
                return .array(out)
            }
        case "Array.flatMap(_:)":
            return .value { f in
                let c = runtime.caller1(try a[0](f), at: span)
                var out: [Value] = []
                for x in try b(f).asArray { out += try c(x).asArray }
                return .array(out)
            }
        case "Array.filter(_:)", "Range.filter(_:)", "ClosedRange.filter(_:)":
            return .value { [unowned self] f in
                let c = runtime.caller1(try a[0](f), at: span)
                return .array(try self.elements(try b(f), closed: closed).filter { try c($0).asBool })
            }
        case "Dictionary.filter(_:)":
            return .value { f in
                guard case .dictionary(let d) = try b(f) else { return .none }
                let c = runtime.caller1(try a[0](f), at: span)
                return .dictionary(try d.filter { try c(.record([$0.key, $0.value])).asBool })
            }
        case "Array.reduce(_:_:)", "Range.reduce(_:_:)", "ClosedRange.reduce(_:_:)":
            return typed(resultType) { [unowned self] f in
                var acc = try a[0](f)
                let c = runtime.caller2(try a[1](f), at: span)
                for x in self.elements(try b(f), closed: closed) { acc = try c(acc, x) }
                return acc
            }
        case "Array.reduce(into:_:)":
            return .value { f in
                var acc = try a[0](f)
                guard case .function(let closure) = try a[1](f) else { return acc }
                let frame = runtime.frames.push(closure.code.slotCount)
                defer { runtime.frames.pop(frame) }
                for (slot, v) in zip(closure.code.captureSlots, closure.captures) { frame[slot] = v }
                for x in try b(f).asArray {
                    frame[0] = acc
                    acc = .none
                    frame[1] = x
                    _ = try runtime.invoke(closure.code, frame, at: span)
                    acc = frame[0]
                }
                return acc
            }
        case "Array.forEach(_:)", "Range.forEach(_:)", "ClosedRange.forEach(_:)":
            return .value { [unowned self] f in
                let c = runtime.caller1(try a[0](f), at: span)
                for x in self.elements(try b(f), closed: closed) { _ = try c(x) }
                return .void
            }
        case "Array.sorted(by:)", "Dictionary.sorted(by:)":
            return .value { [unowned self] f in
                let comparator = try a[0](f)
                let items = self.elements(try b(f), closed: false)
                if let less = runtime.lendingCaller2(comparator, at: span) {
                    // A closure expression: the positions are sorted, not the values, and the
                    // compared values are lent to it, so a comparison retains nothing (the sort
                    // moves Ints; the same algorithm asked the same questions gives the same
                    // stable order).
                    let order = try items.withUnsafeBufferPointer { buffer in
                        let base = buffer.baseAddress!
                        return try buffer.indices.sorted { try less(base + $0, base + $1).asBool }
                    }
                    return .array(order.map { items[$0] })
                }
                let c = runtime.caller2(comparator, at: span)
                return .array(try items.sorted { try c($0, $1).asBool })
            }
        case "Array.sorted()":
            let less = lessThan(fn.owner!.genericParameters[0].substituted(s))
            return .value { f in .array(try b(f).asArray.sorted(by: less)) }
        case "Array.min()", "Array.max()":
            let less = lessThan(fn.owner!.genericParameters[0].substituted(s))
            let isMin = fn.name == "min"
            return .value { [unowned self] f in
                let xs = try b(f).asArray
                guard let r = isMin ? try xs.min(by: less) : try xs.max(by: less) else { return .none }
                return self.some(r)
            }
        case "Array.first(where:)":
            return .value { [unowned self] f in
                let c = runtime.caller1(try a[0](f), at: span)
                for x in try b(f).asArray where try c(x).asBool { return self.some(x) }
                return .none
            }
        case "Array.firstIndex(where:)":
            return .value { f in
                let c = runtime.caller1(try a[0](f), at: span)
                for (i, x) in try b(f).asArray.enumerated() where try c(x).asBool { return .int(i) }
                return .none
            }
        case "Array.contains(where:)":
            return .bool { f in
                let c = runtime.caller1(try a[0](f), at: span)
                return try b(f).asArray.contains { try c($0).asBool }
            }
        case "Array.allSatisfy(_:)":
            return .bool { f in
                let c = runtime.caller1(try a[0](f), at: span)
                return try b(f).asArray.allSatisfy { try c($0).asBool }
            }
        case "Array.contains(_:)", "Range.contains(_:)", "ClosedRange.contains(_:)":
            if owner != "Array" {
                let less = lessThan(fn.owner!.genericParameters[0].substituted(s))
                return .bool { f in
                    let r = try b(f).asRecord
                    let v = try a[0](f)
                    if try less(v, r[0]) { return false }
                    return closed ? !(try less(r[1], v)) : try less(v, r[1])
                }
            }
            return .bool { f in
                let v = try a[0](f)
                return try b(f).asArray.contains(v)
            }
        case "Array.firstIndex(of:)":
            return .value { f in
                let v = try a[0](f)
                return try b(f).asArray.firstIndex(of: v).map { .int($0) } ?? .none
            }
        case "Array.lastIndex(of:)":
            return .value { f in
                let v = try a[0](f)
                return try b(f).asArray.lastIndex(of: v).map { .int($0) } ?? .none
            }
        case "Array.elementsEqual(_:)":
            return .bool { f in try b(f).asArray == a[0](f).asArray }
        case "Array.enumerated()":
            return .value { f in
                .array(try b(f).asArray.enumerated().map { .record([.int($0.offset), $0.element]) })
            }
        case "Array.dropFirst(_:)":
            return .value { f in .array(Array(try b(f).asArray.dropFirst(try a[0](f).asInt))) }
        case "Array.dropLast(_:)":
            return .value { f in .array(Array(try b(f).asArray.dropLast(try a[0](f).asInt))) }
        case "Array.prefix(_:)":
            return .value { f in .array(Array(try b(f).asArray.prefix(try a[0](f).asInt))) }
        case "Array.suffix(_:)":
            return .value { f in .array(Array(try b(f).asArray.suffix(try a[0](f).asInt))) }
        case "Array.+(_:_:)": return .value { f in .array(try a[0](f).asArray + a[1](f).asArray) }
        case "Array.==(_:_:)": return .bool { f in try a[0](f) == a[1](f) }
        case "Array.!=(_:_:)": return .bool { f in try a[0](f) != a[1](f) }
        case "Array.joined(separator:)":
            return .value { f in
                .string(try b(f).asArray.map(\.asString).joined(separator: try a[0](f).asString))
            }

        // Dictionary.
        case "Dictionary.removeValue(forKey:)":
            return mutateDictionaryEvaluated(base!, a) { [unowned self] d, xs in
                d.removeValue(forKey: xs[0]).map(self.some) ?? .none
            }
        case "Dictionary.init(uniqueKeysWithValues:)", "Dictionary.init(_:uniquingKeysWith:)":
            let keyType = concrete(fn.owner!.genericParameters[0].substituted(s))
            let unique = args.count == 1
            return .value { f in
                let pairs = try a[0](f).asArray
                let combine = unique ? nil : runtime.caller2(try a[1](f), at: span)
                var d: [Value: Value] = [:]
                for case .record(let kv) in pairs {
                    if let old = d[kv[0]] {
                        guard let combine else {
                            let key = try runtime.describe(kv[0], keyType)
                            throw runtime.trap("Fatal error: Duplicate values for key: '\(key)'", span)
                        }
                        d[kv[0]] = try combine(old, kv[1])
                    } else {
                        d[kv[0]] = kv[1]
                    }
                }
                return .dictionary(d)
            }
        case "Dictionary.init(grouping:by:)":
            return .value { f in
                let key = runtime.caller1(try a[1](f), at: span)
                var groups: [Value: [Value]] = [:]
                for x in try a[0](f).asArray { groups[try key(x), default: []].append(x) }
                return .dictionary(groups.mapValues { .array($0) })
            }
        case "Dictionary.merging(_:uniquingKeysWith:)":
            return .value { f in
                guard case .dictionary(var d) = try b(f), case .dictionary(let other) = try a[0](f) else {
                    return .none
                }
                let combine = runtime.caller2(try a[1](f), at: span)
                for (k, v) in other { d[k] = try d[k].map { try combine($0, v) } ?? v }
                return .dictionary(d)
            }
        case "Dictionary.merge(_:uniquingKeysWith:)":
            return mutateDictionaryEvaluated(base!, a) { d, xs in
                guard case .dictionary(let other) = xs[0] else { return .void }
                let combine = runtime.caller2(xs[1], at: span)
                for (k, v) in other { d[k] = try d[k].map { try combine($0, v) } ?? v }
                return .void
            }
        case "Dictionary.mapValues(_:)":
            return .value { f in
                guard case .dictionary(let d) = try b(f) else { return .none }
                let c = runtime.caller1(try a[0](f), at: span)
                return .dictionary(try d.mapValues { try c($0) })
            }

        // Optional.
        case "Optional.map(_:)", "Optional.flatMap(_:)":
            let isMap = fn.name == "map"
            return .value { [unowned self] f in
                let v = try b(f)
                if case .null(let n) = v, n == 0 { return .none }
                let unwrapped: Value = { if case .null(let n) = v { return .null(n - 1) } else { return v } }()
                let r = try runtime.call(try a[0](f), [unwrapped], at: span)
                return isMap ? self.some(r) : r
            }

        // Set.
        case "Set.init()": return .value { _ in .set([]) }
        case "Set.init(_:)":
            return .value { [unowned self] f in .set(Set(self.elements(try a[0](f), closed: false))) }
        case "Set.contains(_:)":
            return .bool { f in
                let x = try a[0](f)
                guard case .set(let s) = try b(f) else { return false }
                return s.contains(x)
            }
        case "Set.insert(_:)", "Set.remove(_:)", "Set.formUnion(_:)":
            let m = lvalue(base!)
            let x = expr(args[0]).value
            let op = fn.name
            return .value { [unowned self] f in
                let element = try x(f)
                var result = Value.void
                try m(f) { v in
                    guard case .set(var s) = v else { return }
                    v = .none
                    switch op {
                    case "insert":
                        let (inserted, member) = s.insert(element)
                        result = .record([.bool(inserted), member])
                    case "remove":
                        result = s.remove(element).map(self.some) ?? .none
                    default:
                        if case .set(let other) = element { s.formUnion(other) }
                    }
                    v = .set(s)
                }
                return result
            }
        case "Set.union(_:)", "Set.intersection(_:)", "Set.subtracting(_:)", "Set.symmetricDifference(_:)":
            let op = fn.name
            return .value { f in
                guard case .set(let s) = try b(f), case .set(let o) = try a[0](f) else { return .none }
                switch op {
                case "union": return .set(s.union(o))
                case "intersection": return .set(s.intersection(o))
                case "subtracting": return .set(s.subtracting(o))
                default: return .set(s.symmetricDifference(o))
                }
            }
        case "Set.isSubset(of:)", "Set.isSuperset(of:)":
            let subset = fn.fullName.hasPrefix("isSubset")
            return .bool { f in
                guard case .set(let s) = try b(f), case .set(let o) = try a[0](f) else { return false }
                return subset ? s.isSubset(of: o) : s.isSuperset(of: o)
            }
        case "Set.map(_:)":
            return .value { [unowned self] f in
                let c = runtime.caller1(try a[0](f), at: span)
                return .array(try self.elements(try b(f), closed: false).map { try c($0) })
            }
        case "Set.filter(_:)":
            return .value { f in
                guard case .set(let s) = try b(f) else { return .none }
                let c = runtime.caller1(try a[0](f), at: span)
                return .set(try s.filter { try c($0).asBool })
            }
        case "Set.sorted(by:)":
            return .value { [unowned self] f in
                let c = runtime.caller2(try a[0](f), at: span)
                return .array(try self.elements(try b(f), closed: false).sorted { try c($0, $1).asBool })
            }
        case "Set.sorted()", "Set.min()", "Set.max()":
            let less = lessThan(fn.owner!.genericParameters[0].substituted(s))
            let op = fn.name
            return .value { [unowned self] f in
                let xs = self.elements(try b(f), closed: false)
                switch op {
                case "sorted": return .array(try xs.sorted(by: less))
                case "min": return try xs.min(by: less).map(self.some) ?? .none
                default: return try xs.max(by: less).map(self.some) ?? .none
                }
            }
        case "Set.==(_:_:)": return .bool { f in try a[0](f) == a[1](f) }

        // String and Character.
        case "String.append(_:)":
            return .value { f in
                let x = try a[0](f)
                return try self.mutateString(base!) { s, _ in
                    switch x {
                    case .character(let c): s.append(c)
                    case .string(let t): s += t
                    default: break
                    }
                    return .void
                }(f)
            }
        case "String.uppercased()", "Character.uppercased()":
            return .value { f in .string(try self.text(try b(f)).uppercased()) }
        case "String.lowercased()", "Character.lowercased()":
            return .value { f in .string(try self.text(try b(f)).lowercased()) }
        case "String.map(_:)":
            return .value { f in
                let c = runtime.caller1(try a[0](f), at: span)
                return .array(try b(f).asString.map { try c(.character($0)) })
            }
        case "String.filter(_:)":
            return .value { f in
                let c = runtime.caller1(try a[0](f), at: span)
                return .string(try b(f).asString.filter { try c(.character($0)).asBool })
            }
        case "String.components(separatedBy:)":
            return .value { f in
                let s = try b(f).asString, sep = try a[0](f).asString
                if sep.isEmpty { return .array([.string(s)]) }
                var parts: [Value] = []
                var rest = Substring(s)
                while let r = rest.firstRange(of: sep) {
                    parts.append(.string(String(rest[..<r.lowerBound])))
                    rest = rest[r.upperBound...]
                }
                parts.append(.string(String(rest)))
                return .array(parts)
            }
        case "String.replacingOccurrences(of:with:)":
            return .value { f in
                let s = try b(f).asString, target = try a[0](f).asString, replacement = try a[1](f).asString
                if target.isEmpty { return .string(s) }
                return .string(s.replacing(target, with: replacement))
            }
        case "String.hasPrefix(_:)":
            return .bool { f in try b(f).asString.hasPrefix(try a[0](f).asString) }
        case "String.hasSuffix(_:)":
            return .bool { f in try b(f).asString.hasSuffix(try a[0](f).asString) }
        case "String.contains(_:)":
            return .bool { f in
                let s = try b(f).asString
                switch try a[0](f) {
                case .character(let c): return s.contains(c)
                case .string(let t): return t.isEmpty || s.contains(t)
                default: return false
                }
            }
        case "String.split(separator:)":
            return .value { f in
                guard case .character(let c) = try a[0](f) else { return .array([]) }
                let s = try b(f).asString
                if let pieces = Self.asciiSplit(s, c) { return .array(pieces) }
                return .array(s.split(separator: c).map { .string(String($0)) })
            }
        case "String.dropFirst(_:)":
            return .value { f in .string(String(try b(f).asString.dropFirst(try a[0](f).asInt))) }
        case "String.dropLast(_:)":
            return .value { f in .string(String(try b(f).asString.dropLast(try a[0](f).asInt))) }
        case "String.prefix(_:)":
            return .value { f in .string(String(try b(f).asString.prefix(try a[0](f).asInt))) }
        case "String.suffix(_:)":
            return .value { f in .string(String(try b(f).asString.suffix(try a[0](f).asInt))) }
        case "String.+(_:_:)": return .value { f in .string(try a[0](f).asString + a[1](f).asString) }
        case "String.==(_:_:)", "Substring.==(_:_:)":
            return .bool { f in try a[0](f).asString == a[1](f).asString }
        case "String.!=(_:_:)": return .bool { f in try a[0](f).asString != a[1](f).asString }
        case "String.<(_:_:)", "Substring.<(_:_:)":
            return .bool { f in try a[0](f).asString < a[1](f).asString }
        case "String.>(_:_:)": return .bool { f in try a[0](f).asString > a[1](f).asString }
        case "Character.==(_:_:)":
            if case .stringLiteral(let text) = args[1].kind, let k = text.first, text.count == 1 {
                if let place = inPlace(args[0]) {
                    // A variable compared in its storage, without copying its Character.
                    return .bool { f in
                        Self.at(f, place) { p in
                            if case .character(let x) = p.pointee { return x == k }
                            return false
                        }
                    }
                }
                let a0 = a[0]
                return .bool { f in
                    if case .character(let x) = try a0(f) { return x == k }
                    return false
                }
            }
            return .bool { f in try a[0](f) == a[1](f) }
        case "Character.!=(_:_:)": return .bool { f in try a[0](f) != a[1](f) }
        case "Character.<(_:_:)":
            let less = lessThan(env.character)
            return .bool { f in try less(try a[0](f), try a[1](f)) }

        // Bool.
        case "Bool.==(_:_:)": return .bool { f in try a[0](f).asBool == a[1](f).asBool }
        case "Bool.!=(_:_:)": return .bool { f in try a[0](f).asBool != a[1](f).asBool }
        case "Bool.!(_:)":
            let x = expr(args[0]).bool
            return .bool { f in !(try x(f)) }
        case "Bool.toggle()":
            let m = lvalue(base!)
            return .value { f in
                try m(f) { v in v = .bool(!v.asBool) }
                return .void
            }
        case "Int.isMultiple(of:)":
            return .bool { f in try b(f).asInt.isMultiple(of: try a[0](f).asInt) }
        case "Int.quotientAndRemainder(dividingBy:)":
            return .value { f in
                let (q, r) = try b(f).asInt.quotientAndRemainder(dividingBy: try a[0](f).asInt)
                return .record([.int(q), .int(r)])
            }
        case "Double.squareRoot()": return .double { f in try b(f).asDouble.squareRoot() }
        case "Double.rounded()": return .double { f in try b(f).asDouble.rounded() }
        case "Double.rounded(_:)":
            let rules: [FloatingPointRoundingRule] = [.toNearestOrAwayFromZero, .toNearestOrEven, .up, .down, .towardZero, .awayFromZero]
            return .double { f in
                guard case .enumCase(let i, _) = try a[0](f) else { return 0 }
                return try b(f).asDouble.rounded(rules[i])
            }
        default:
            return nil
        }
        return nil
    }

    func text(_ v: Value) throws -> String {
        switch v {
        case .string(let s): return s
        case .character(let c): return String(c)
        default: return ""
        }
    }

    /// A mutating member whose arguments are evaluated before the array is moved out.
    func mutateEvaluated(
        _ base: TExpr, _ args: [ValueCode], _ body: @escaping (inout [Value], [Value]) throws -> Value
    ) -> Code {
        let m = lvalue(base)
        return .value { f in
            var xs: [Value] = []
            for c in args { xs.append(try c(f)) }
            var result = Value.void
            try m(f) { v in
                guard case .array(var arr) = v else { preconditionFailure("interpreter bug: not an array") }
                v = .none
                defer { v = .array(arr) }
                result = try body(&arr, xs)
            }
            return result
        }
    }

    func mutateDictionaryEvaluated(
        _ base: TExpr, _ args: [ValueCode],
        _ body: @escaping (inout [Value: Value], [Value]) throws -> Value
    ) -> Code {
        let m = lvalue(base)
        return .value { f in
            var xs: [Value] = []
            for c in args { xs.append(try c(f)) }
            var result = Value.void
            try m(f) { v in
                guard case .dictionary(var d) = v else {
                    preconditionFailure("interpreter bug: not a dictionary")
                }
                v = .none
                defer { v = .dictionary(d) }
                result = try body(&d, xs)
            }
            return result
        }
    }

    // MARK: Properties

    func hostProperty(_ key: String, _ v: VarSymbol, base: TExpr?, span: SourceSpan, type: SwiftType)
        -> Code
    {
        let runtime = self.runtime
        if let h = runtime.hostFunctions[key] {
            return moduleCall(
                h, isStatic: v.isStatic, isMutating: false, base: base, arguments: [], span: span, resultType: type)
        }
        let b = base.map { expr($0).value } ?? { _ in .none }
        let closed = base.map { representation($0.type) == .closedRange } ?? false
        if let c = numberProperty(key, v, base: base, span: span, type: type) { return c }
        switch key {
        case "Array.count": return .int { f in try b(f).asArray.count }
        case "Array.isEmpty": return .bool { f in try b(f).asArray.isEmpty }
        case "Array.first":
            return .value { [unowned self] f in try b(f).asArray.first.map(self.some) ?? .none }
        case "Array.last":
            return .value { [unowned self] f in try b(f).asArray.last.map(self.some) ?? .none }
        case "Array.indices": return .value { f in .record([.int(0), .int(try b(f).asArray.count)]) }
        case "Set.count":
            return .int { f in
                if case .set(let s) = try b(f) { return s.count }; return 0
            }
        case "Set.isEmpty":
            return .bool { f in
                if case .set(let s) = try b(f) { return s.isEmpty }; return true
            }
        case "Dictionary.count":
            return .int { f in
                if case .dictionary(let d) = try b(f) { return d.count }
                return 0
            }
        case "Dictionary.isEmpty":
            return .bool { f in
                if case .dictionary(let d) = try b(f) { return d.isEmpty }
                return true
            }
        case "Dictionary.keys":
            return .value { f in
                if case .dictionary(let d) = try b(f) { return .array(Array(d.keys)) }
                return .array([])
            }
        case "Dictionary.values":
            return .value { f in
                if case .dictionary(let d) = try b(f) { return .array(Array(d.values)) }
                return .array([])
            }
        case "String.count", "Substring.count": return .int { f in try b(f).asString.count }
        case "String.isEmpty", "Substring.isEmpty": return .bool { f in try b(f).asString.isEmpty }
        case "String.capitalized":
            return .value { f in
                var out = ""
                var atWordStart = true
                for ch in try b(f).asString {
                    if ch.isLetter || ch.isNumber {
                        out += atWordStart ? ch.uppercased() : ch.lowercased()
                        atWordStart = false
                    } else {
                        out.append(ch)
                        atWordStart = true
                    }
                }
                return .string(out)
            }
        case "String.first":
            return .value { f in try b(f).asString.first.map { .character($0) } ?? .none }
        case "String.last":
            return .value { f in try b(f).asString.last.map { .character($0) } ?? .none }
        case "String.description", "Substring.description": return .value { f in try b(f) }
        case "Int.description": return .value { f in .string(String(try b(f).asInt)) }
        case "Double.description": return .value { f in .string(try b(f).asDouble.description) }
        case "Bool.description": return .value { f in .string(try b(f).asBool ? "true" : "false") }
        case "Int.max": return .int { _ in Int.max }
        case "Int.min": return .int { _ in Int.min }
        case "Int.magnitude": return .int { f in Int(try b(f).asInt.magnitude) }
        case "Double.pi": return .double { _ in Double.pi }
        case "Double.infinity": return .double { _ in Double.infinity }
        case "Double.greatestFiniteMagnitude": return .double { _ in Double.greatestFiniteMagnitude }
        case "Double.magnitude": return .double { f in try b(f).asDouble.magnitude }
        case "Double.isNaN": return .bool { f in try b(f).asDouble.isNaN }
        case "Double.isFinite": return .bool { f in try b(f).asDouble.isFinite }
        case "Double.isInfinite": return .bool { f in try b(f).asDouble.isInfinite }
        case "Float.pi": return .value { _ in .float(Float.pi) }
        case "Range.lowerBound", "ClosedRange.lowerBound":
            return typed(type) { f in try b(f).asRecord[0] }
        case "Range.upperBound", "ClosedRange.upperBound":
            return typed(type) { f in try b(f).asRecord[1] }
        case "Range.count", "ClosedRange.count":
            return .int { f in
                let r = try b(f).asRecord
                return r[1].asInt - r[0].asInt + (closed ? 1 : 0)
            }
        case "Range.isEmpty":
            return .bool { f in
                let r = try b(f).asRecord
                return r[0].asInt >= r[1].asInt
            }
        case "Character.wholeNumberValue", "Character.hexDigitValue", "Character.asciiValue":
            let read: @Sendable (Character) -> Int? =
                switch key {
                case "Character.wholeNumberValue": { $0.wholeNumberValue }
                case "Character.hexDigitValue": { $0.hexDigitValue }
                default: { $0.asciiValue.map(Int.init) }
                }
            return .value { f in
                if case .character(let c) = try b(f), let n = read(c) { return .int(n) }
                return .none
            }
        case let key where Self.characterPredicates[key] != nil:
            let test = Self.characterPredicates[key]!
            return .bool { f in
                if case .character(let c) = try b(f) { return test(c) }
                return false
            }
        case "rawValue":
            guard let owner = base.flatMap({ concrete($0.type).symbol }) else { break }
            let raws = owner.cases.map { $0.rawValue ?? .none }
            return typed(type) { f in
                guard case .enumCase(let i, _) = try b(f) else { return .none }
                return raws[i]
            }
        case "allCases":
            guard let owner = concrete(v.type).genericArguments.first?.symbol else { break }
            let all = Value.array(owner.cases.indices.map { .enumCase($0, []) })
            return .value { _ in all }
        default: break
        }
        return .value { _ in throw runtime.trap("'\(key)' is not implemented yet", span) }
    }

    // MARK: Subscripts

    func subscriptGet(
        _ base: TExpr, _ fn: FuncSymbol, _ args: [TExpr], span: SourceSpan, type: SwiftType
    ) -> Code {
        let runtime = self.runtime
        if isArraySubscript(fn), args.count == 1,
            let c = inPlaceElement(base, args[0], span: span, type: type)
        {
            return c
        }
        let b = expr(base).value
        let owner = fn.owner?.name ?? ""
        // A library subscript written in Swift (`a[2...]`) is called like a cell's.
        switch fn.declaration == nil ? "\(owner).\(fn.fullName)" : "" {
        case "Array.subscript(_:)" where representation(args[0].type) != .int:
            let bounds = sliceBounds(args[0], span: span)
            return .value { f in
                let arr = try b(f).asArray
                return .array(Array(arr[try bounds(f, arr.count)]))
            }
        case "Array.subscript(_:)":
            let i = expr(args[0]).int
            return typed(type) { f in
                let arr = try b(f).asArray
                let index = try i(f)
                guard index >= 0 && index < arr.count else {
                    throw runtime.trap("Fatal error: Index out of range", span)
                }
                return arr[index]
            }
        case "Dictionary.subscript(_:)":
            let k = expr(args[0]).value
            return .value { [unowned self] f in
                guard case .dictionary(let d) = try b(f) else { return .none }
                return d[try k(f)].map(self.some) ?? .none
            }
        case "Dictionary.subscript(_:default:)":
            let k = expr(args[0]).value
            let dv = expr(args[1]).value
            return typed(type) { f in
                guard case .dictionary(let d) = try b(f) else { return .none }
                return try d[try k(f)] ?? dv(f)
            }
        default:
            // A cell's own subscript: its getter.
            return call(
                fn, base: base, arguments: args, substitution: substitutionOf(concrete(base.type)),
                span: span, resultType: type)
        }
    }

    /// The index range of `a[r]` (a `Range<Int>` or `ClosedRange<Int>`), checked against the
    /// array's count with Swift's message.
    func sliceBounds(_ r: TExpr, span: SourceSpan) -> (Frame, Int) throws -> Range<Int> {
        let runtime = self.runtime
        let closed = representation(r.type) == .closedRange
        let range = expr(r).value
        return { f, count in
            let b = try range(f).asRecord
            let lower = b[0].asInt
            let upper = b[1].asInt + (closed ? 1 : 0)
            guard lower >= 0, upper <= count, lower <= upper else {
                throw runtime.trap("Fatal error: Array index is out of range", span)
            }
            return lower..<upper
        }
    }

    func subscriptModify(_ base: TExpr, _ fn: FuncSymbol, _ args: [TExpr], span: SourceSpan)
        -> ModifyCode
    {
        let runtime = self.runtime
        let owner = fn.owner?.name ?? ""
        let m = lvalue(base)
        // A library subscript written in Swift (`a[2...]`) is called like a cell's.
        switch fn.declaration == nil ? "\(owner).\(fn.fullName)" : "" {
        case "Array.subscript(_:)" where representation(args[0].type) != .int:
            // `a[1..<3] = […]`: the slice is replaced (its length may change).
            let bounds = sliceBounds(args[0], span: span)
            return { f, body in
                try m(f) { v in
                    guard case .array(var arr) = v else {
                        preconditionFailure("interpreter bug: not an array")
                    }
                    v = .none
                    defer { v = .array(arr) }
                    let range = try bounds(f, arr.count)
                    var slice = Value.array(Array(arr[range]))
                    try body(&slice)
                    arr.replaceSubrange(range, with: slice.asArray)
                }
            }
        case "Array.subscript(_:)":
            let i = expr(args[0]).int
            return { f, body in
                let index = try i(f)
                try m(f) { v in
                    guard case .array(var arr) = v else {
                        preconditionFailure("interpreter bug: not an array")
                    }
                    v = .none
                    defer { v = .array(arr) }
                    guard index >= 0 && index < arr.count else {
                        throw runtime.trap("Fatal error: Index out of range", span)
                    }
                    try body(&arr[index])
                }
            }
        case "Dictionary.subscript(_:)":
            let k = expr(args[0]).value
            return { f, body in
                let key = try k(f)
                try m(f) { v in
                    guard case .dictionary(var d) = v else {
                        preconditionFailure("interpreter bug: not a dictionary")
                    }
                    v = .none
                    defer { v = .dictionary(d) }
                    var slot: Value =
                        d[key].map { x -> Value in
                            if case .null(let n) = x { return .null(n + 1) }
                            return x
                        } ?? .none
                    try body(&slot)
                    if case .null(let n) = slot {
                        if n == 0 { d.removeValue(forKey: key) } else { d[key] = .null(n - 1) }
                    } else {
                        d[key] = slot
                    }
                }
            }
        case "Dictionary.subscript(_:default:)":
            let k = expr(args[0]).value
            let dv = expr(args[1]).value
            return { f, body in
                let key = try k(f)
                let defaultValue = try dv(f)
                try m(f) { v in
                    guard case .dictionary(var d) = v else {
                        preconditionFailure("interpreter bug: not a dictionary")
                    }
                    v = .none
                    defer { v = .dictionary(d) }
                    try body(&d[key, default: defaultValue])
                }
            }
        default:
            let get = subscriptGet(base, fn, args, span: span, type: fn.result).value
            guard let setter = fn.subscriptSetter else {
                return { f, body in
                    var v = try get(f)
                    try body(&v)
                }
            }
            // A cell's `subscript { get set }`: get, modify, then set (the new value passed
            // through a holder, as for computed properties).
            let holder = Box(.none)
            let newValue = VarSymbol(name: "$newValue", type: fn.result, isLet: true, storage: .global(holder))
            let set = call(
                setter, base: base, arguments: args + [TExpr(.variable(newValue, slot: -1), fn.result, span)],
                substitution: substitutionOf(concrete(base.type)), span: span, resultType: .void
            ).value
            return { f, body in
                var v = try get(f)
                try body(&v)
                holder.value = v
                _ = try set(f)
            }
        }
    }
}

extension GenericParameterSymbol {
    func substituted(_ s: Substitution) -> SwiftType {
        s[ObjectIdentifier(self)] ?? .genericParameter(self)
    }
}

extension Compiler {
    /// `Character`'s Boolean properties, by host key.
    static let characterPredicates: [String: @Sendable (Character) -> Bool] = [
        "Character.isLetter": { $0.isLetter },
        "Character.isNumber": { $0.isNumber },
        "Character.isWhitespace": { $0.isWhitespace },
        "Character.isUppercase": { $0.isUppercase },
        "Character.isLowercase": { $0.isLowercase },
        "Character.isPunctuation": { $0.isPunctuation },
        "Character.isSymbol": { $0.isSymbol },
        "Character.isHexDigit": { $0.isHexDigit },
        "Character.isASCII": { $0.isASCII },
        "Character.isCased": { $0.isCased },
        "Character.isMathSymbol": { $0.isMathSymbol },
        "Character.isCurrencySymbol": { $0.isCurrencySymbol },
        "Character.isNewline": { $0.isNewline },
        "Character.isWholeNumber": { $0.isWholeNumber },
    ]
}
