// Reads and writes of a variable's parts in place (docs/interpreter.md, "Speed"): `p.x`, `t.1`,
// `a[i]`, `a[i][k]`, `a[i] = v` on a local that is not captured (its frame slot) or a global
// (its box), straight from that storage. The general path copies the whole container out first
// (a retain and a release of its storage per read, and a closure per level); here the container
// is matched in place and only the part read is copied. The static read functions are inlined
// into each closure, so a narrowed `Int`/`Double`/`Bool` read is one closure, not one calling
// another.

import CellSyntax

extension Compiler {
    /// Where a variable's value is stored.
    enum Place {
        /// A slot of the current frame (a local that is not captured, or `self`).
        case slot(Int)
        /// A global's box.
        case global(Box)
    }

    /// The storage of `e` if it is a variable whose value can be reached in place: a global, a
    /// local of this frame that is not captured (its slot holds the value, not a box), or `self`
    /// when not captured.
    func inPlace(_ e: TExpr) -> Place? {
        switch e.kind {
        case .variable(let v, let slot):
            if case .global(let box) = v.storage { return .global(box) }
            guard case .local = v.storage, !v.isCaptured, !isCapturedHere(slot) else { return nil }
            return .slot(slot)
        case .selfValue(let slot):
            guard let s = selfVariable(slot: slot), !s.isCaptured, !isCapturedHere(slot) else { return nil }
            return .slot(slot)
        default:
            return nil
        }
    }

    /// Runs `body` on the address of the value stored at `place`.
    @inline(__always) static func at<R>(
        _ f: Frame, _ place: Place, _ body: (UnsafeMutablePointer<Value>) throws -> R
    ) rethrows -> R {
        switch place {
        case .slot(let s): return try body(f.slots + s)
        case .global(let box): return try withUnsafeMutablePointer(to: &box.value, body)
        }
    }

    /// Whether `fn` is the library's `Array.subscript(_:)` by an Int index (not the one by a
    /// range, which has the same name and gives a slice).
    func isArraySubscript(_ fn: FuncSymbol) -> Bool {
        isLibrary(fn, "Array", "subscript(_:)") && fn.parameters.count == 1 && representation(fn.parameters[0].type) == .int
    }

    /// Whether `fn` is the library's `owner.fullName`.
    func isLibrary(_ fn: FuncSymbol, _ owner: String, _ fullName: String) -> Bool {
        guard let o = fn.owner, o.isLibrary, o.name == owner else { return false }
        return fn.fullName == fullName
    }

    /// `base.field` / `base.n` for a struct, tuple or class instance stored in place.
    func inPlaceField(_ base: TExpr, _ index: Int, type: SwiftType) -> Code? {
        guard let place = inPlace(base) else { return nil }
        switch representation(type) {
        case .int: return .int { f in Self.field(f, place, index).asInt }
        case .double: return .double { f in Self.field(f, place, index).asDouble }
        case .bool: return .bool { f in Self.field(f, place, index).asBool }
        default: return .value { f in Self.field(f, place, index) }
        }
    }

    @inline(__always) static func field(_ f: Frame, _ place: Place, _ index: Int) -> Value {
        at(f, place) { p in
            switch p.pointee {
            case .record(let fields): return fields[index]
            case .object(let o): return o.fields[index]
            case let v: wrongValue("record", v)
            }
        }
    }

    /// `a[i]` and `a[i][k]` for arrays stored in place.
    func inPlaceElement(_ base: TExpr, _ indexExpr: TExpr, span: SourceSpan, type: SwiftType) -> Code? {
        let runtime = self.runtime
        let i = expr(indexExpr).int
        if let place = inPlace(base) {
            switch representation(type) {
            case .int: return .int { f in try Self.element(f, place, try i(f), runtime, span).asInt }
            case .double: return .double { f in try Self.element(f, place, try i(f), runtime, span).asDouble }
            case .bool: return .bool { f in try Self.element(f, place, try i(f), runtime, span).asBool }
            default: return .value { f in try Self.element(f, place, try i(f), runtime, span) }
            }
        }
        // `a[i][k]`: the outer index is evaluated first, as Swift does.
        guard case .subscript(let outer, let fn, let outerArgs) = base.kind, isArraySubscript(fn),
            outerArgs.count == 1, let place = inPlace(outer)
        else { return nil }
        let o = expr(outerArgs[0]).int
        let outerSpan = base.span
        switch representation(type) {
        case .int:
            return .int { f in
                let x = try o(f)
                return try Self.element(f, place, x, try i(f), runtime, outerSpan, span).asInt
            }
        case .double:
            return .double { f in
                let x = try o(f)
                return try Self.element(f, place, x, try i(f), runtime, outerSpan, span).asDouble
            }
        case .bool:
            return .bool { f in
                let x = try o(f)
                return try Self.element(f, place, x, try i(f), runtime, outerSpan, span).asBool
            }
        default:
            return .value { f in
                let x = try o(f)
                return try Self.element(f, place, x, try i(f), runtime, outerSpan, span)
            }
        }
    }

    @inline(__always) static func element(
        _ f: Frame, _ place: Place, _ index: Int, _ runtime: Runtime, _ span: SourceSpan
    ) throws -> Value {
        try at(f, place) { p in
            guard case .array(let items) = p.pointee else { wrongValue("Array", p.pointee) }
            guard index >= 0 && index < items.count else {
                throw runtime.trap("Fatal error: Index out of range", span)
            }
            return items[index]
        }
    }

    @inline(__always) static func element(
        _ f: Frame, _ place: Place, _ i: Int, _ k: Int, _ runtime: Runtime, _ outerSpan: SourceSpan,
        _ span: SourceSpan
    ) throws -> Value {
        try at(f, place) { p in
            guard case .array(let rows) = p.pointee else { wrongValue("Array", p.pointee) }
            guard i >= 0 && i < rows.count else {
                throw runtime.trap("Fatal error: Index out of range", outerSpan)
            }
            guard case .array(let items) = rows[i] else { wrongValue("Array", rows[i]) }
            guard k >= 0 && k < items.count else {
                throw runtime.trap("Fatal error: Index out of range", span)
            }
            return items[k]
        }
    }

    /// `a[i] = v` for an array stored in place: the array is moved out of its storage (so it
    /// stays uniquely referenced), written and moved back. The value is evaluated before the index, as
    /// the general path (`assign`) does.
    func inPlaceElementAssign(_ target: TExpr, _ value: TExpr) -> Code? {
        guard case .subscript(let base, let fn, let args) = target.kind, isArraySubscript(fn),
            args.count == 1, let place = inPlace(base)
        else { return nil }
        let i = expr(args[0]).int
        let runtime = self.runtime
        let span = target.span
        let store: (Frame, Value) throws -> Void = { f, v in
            let index = try i(f)
            try Self.at(f, place) { p in
                guard case .array(var items) = p.pointee else { wrongValue("Array", p.pointee) }
                guard index >= 0 && index < items.count else {
                    throw runtime.trap("Fatal error: Index out of range", span)
                }
                p.pointee = .none
                items[index] = v
                p.pointee = .array(items)
            }
        }
        switch expr(value) {
        case .int(let c):
            return .value { f in
                try store(f, .int(try c(f)))
                return .void
            }
        case .double(let c):
            return .value { f in
                try store(f, .double(try c(f)))
                return .void
            }
        case .bool(let c):
            return .value { f in
                try store(f, .bool(try c(f)))
                return .void
            }
        case .value(let c):
            return .value { f in
                try store(f, try c(f))
                return .void
            }
        }
    }

    /// `d[k, default: v] op= x` on `[K: Int]` for a dictionary stored in place: the dictionary
    /// is moved out of its storage while the entry is updated. The right operand is evaluated
    /// first, then the key and the default, as the general path (`compoundAssign`) does.
    func inPlaceDictionaryCompound(
        _ target: TExpr, _ op: @escaping (Int, Int) throws -> Int, _ value: @escaping IntCode
    ) -> Code? {
        guard case .subscript(let base, let fn, let args) = target.kind,
            isLibrary(fn, "Dictionary", "subscript(_:default:)"), args.count == 2,
            let place = inPlace(base)
        else { return nil }
        let k = expr(args[0]).value
        let dv = expr(args[1]).value
        return .value { f in
            let r = try value(f)
            let key = try k(f)
            let defaultValue = try dv(f)
            try Self.at(f, place) { p in
                guard case .dictionary(var d) = p.pointee else { wrongValue("Dictionary", p.pointee) }
                p.pointee = .none
                defer { p.pointee = .dictionary(d) }
                try Self.update(&d[key, default: defaultValue], op, r)
            }
            return .void
        }
    }

    @inline(__always) static func update(
        _ v: inout Value, _ op: (Int, Int) throws -> Int, _ r: Int
    ) throws {
        v = .int(try op(v.asInt, r))
    }

    /// The field written by `target` (`base.field`), if its base is stored in place.
    func inPlaceFieldTarget(_ target: TExpr) -> (Place, Int)? {
        guard case .property(let base?, let v) = target.kind, case .field(let index) = v.storage,
            let place = inPlace(base)
        else { return nil }
        return (place, index)
    }

    /// `base.field = v` for a struct or class instance stored in place (a struct's fields are
    /// moved out of its storage while one is written). The value is evaluated first, as `assign`
    /// does.
    func inPlaceFieldAssign(_ target: TExpr, _ value: TExpr) -> Code? {
        guard let (place, index) = inPlaceFieldTarget(target) else { return nil }
        let c = expr(value).value
        return .value { f in
            let x = try c(f)
            try Self.at(f, place) { p in try Self.updateField(p, index) { $0 = x } }
            return .void
        }
    }

    /// `base.field op= n` on an Int field of a struct or class instance stored in place. The
    /// right operand is evaluated first, as `compoundAssign` does.
    func inPlaceFieldCompound(
        _ target: TExpr, _ op: @escaping (Int, Int) throws -> Int, _ value: @escaping IntCode
    ) -> Code? {
        guard let (place, index) = inPlaceFieldTarget(target) else { return nil }
        return .value { f in
            let r = try value(f)
            try Self.at(f, place) { p in try Self.updateField(p, index) { try Self.update(&$0, op, r) } }
            return .void
        }
    }

    @inline(__always) static func updateField(
        _ p: UnsafeMutablePointer<Value>, _ index: Int, _ body: (inout Value) throws -> Void
    ) throws {
        switch p.pointee {
        case .object(let o):
            try body(&o.fields[index])
        case .record(var fields):
            p.pointee = .none
            defer { p.pointee = .record(fields) }
            try body(&fields[index])
        case let v:
            wrongValue("record", v)
        }
    }
}
