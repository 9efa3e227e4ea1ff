// Statements compile to `StmtCode`: run, then return where control goes. Loops test the flow
// only when a statement did not complete normally, and `for` over an Int range counts in a host
// loop without materialising the range.

import CellSyntax

extension Compiler {
    /// A block's statements folded into one closure (never through an array of closures:
    /// closures stored in arrays are called through reabstraction thunks).
    func block(_ statements: [TStmt]) -> StmtCode {
        // Folded from the last statement back (closures kept out of Optionals and arrays, whose
        // abstract representation would put a thunk in every call).
        guard let lastIndex = statements.indices.last else { return { _ in .normal } }
        var result: StmtCode = { _ in .normal }
        var isEmpty = true
        for i in stride(from: lastIndex, through: 0, by: -1) {
            let s = statements[i]
            if case .defer(let body) = s {
                // `defer`: the rest of the block runs, then the deferred body (even on a throw).
                let rest = result
                let deferred = block(body)
                result = { f in
                    defer { _ = try? deferred(f) }
                    return try rest(f)
                }
                isEmpty = false
                continue
            }
            let c = stmt(s)
            if isEmpty {
                result = c
                isEmpty = false
            } else {
                let next = result
                result = { f in
                    let r = try c(f)
                    if case .normal = r { return try next(f) }
                    return r
                }
            }
        }
        return result
    }

    /// Where a loop's condition is (a timeout or interruption stops the loop there).
    func conditionSpan(_ c: TCondition) -> SourceSpan {
        switch c {
        case .boolean(let e), .optionalBinding(_, let e, _), .matching(_, let e): return e.span
        }
    }

    func stmt(_ s: TStmt) -> StmtCode {
        switch s {
        case .expression(let e):
            switch expr(e) {
            case .int(let c):
                return { f in
                    _ = try c(f)
                    return .normal
                }
            case .double(let c):
                return { f in
                    _ = try c(f)
                    return .normal
                }
            case .bool(let c):
                return { f in
                    _ = try c(f)
                    return .normal
                }
            case .value(let c):
                return { f in
                    _ = try c(f)
                    return .normal
                }
            }
        case .declare(let v, let slot, let value):
            return declare(v, slot: slot, value)
        case .destructure(let pattern, let value):
            let c = expr(value).value
            let bind = self.pattern(pattern)
            return { f in
                _ = try bind(f, try c(f))
                return .normal
            }
        case .if(let conditions, let then, let otherwise):
            let cond = self.conditions(conditions)
            let t = block(then)
            if let otherwise {
                let o = block(otherwise)
                return { f in try cond(f) ? try t(f) : try o(f) }
            }
            return { f in try cond(f) ? try t(f) : .normal }
        case .guard(let conditions, let otherwise):
            let cond = self.conditions(conditions)
            let o = block(otherwise)
            return { f in try cond(f) ? .normal : try o(f) }
        case .while(let id, let conditions, let body):
            let cond = self.conditions(conditions)
            let b = block(body)
            let runtime = self.runtime
            let span = conditions.first.map(conditionSpan) ?? .unknown
            return { f in
                while try cond(f) {
                    try runtime.tick(span)
                    let r = try b(f)
                    if r != .normal {
                        if r == .breakTo(id) { break }
                        if r == .continueTo(id) { continue }
                        return r
                    }
                }
                return .normal
            }
        case .repeat(let id, let body, let condition):
            let cond = expr(condition).bool
            let b = block(body)
            let runtime = self.runtime
            let span = condition.span
            return { f in
                repeat {
                    try runtime.tick(span)
                    let r = try b(f)
                    if r != .normal {
                        if r == .breakTo(id) { break }
                        if r == .continueTo(id) { continue }
                        return r
                    }
                } while try cond(f)
                return .normal
            }
        case .forIn(let id, let pattern, let sequence, let whereClause, let body):
            return forIn(id: id, pattern, sequence, whereClause, body)
        case .switch(let id, let subject, let subjectSlot, let cases):
            return switchStatement(id: id, subject, subjectSlot: subjectSlot, cases)
        case .return(let value):
            guard let value else { return { _ in .returned } }
            switch expr(value) {
            case .int(let c):
                return { f in
                    f.result = .int(try c(f))
                    return .returned
                }
            case .double(let c):
                return { f in
                    f.result = .double(try c(f))
                    return .returned
                }
            case let code:
                let c = code.value
                return { f in
                    f.result = try c(f)
                    return .returned
                }
            }
        case .break(let id):
            return { _ in .breakTo(id) }
        case .continue(let id):
            return { _ in .continueTo(id) }
        case .fallthrough:
            return { _ in .fallthroughCase }
        case .throw(let value):
            let c = expr(value).value
            let position = value.span.start
            return { f in throw ThrownError(value: try c(f), position: position) }
        case .do(let id, let body, let catches):
            let b = block(body)
            let handlers = catches.map { c -> (PatternCode?, BoolCode?, StmtCode, Int) in
                (
                    c.pattern.map(self.pattern), c.whereClause.map { expr($0).bool }, block(c.body),
                    c.errorSlot
                )
            }
            return { f in
                do {
                    let r = try b(f)
                    return r == .breakTo(id) ? .normal : r
                } catch let error as ThrownError {
                    for (p, w, handler, slot) in handlers {
                        f[slot] = error.value
                        if let p, !(try p(f, error.value)) { continue }
                        if let w, !(try w(f)) { continue }
                        let r = try handler(f)
                        return r == .breakTo(id) ? .normal : r
                    }
                    throw error
                }
            }
        case .defer(let body):
            return block(body)
        case .function(let fn, let slot):
            let code = functionCode(fn, substitution: [:])
            let context = fn.context!
            let outerSlots = context.captures.map { capture -> Int in
                currentContext.map { outer in
                    outer.captures.first { $0.variable === capture.variable }?.slot ?? capture.variable
                        .storage.slot ?? -1
                }
                    ?? capture.variable.storage.slot ?? -1
            }
            let boxed = fn.nestedVariable?.isCaptured ?? false
            return { f in
                if boxed {
                    let box = Box(.none)
                    f[slot] = .box(box)
                    box.value = .function(Closure(code: code, captures: outerSlots.map { f[$0] }))
                } else {
                    f[slot] = .function(Closure(code: code, captures: outerSlots.map { f[$0] }))
                }
                return .normal
            }
        case .block(let body):
            return block(body)
        }
    }

    func declare(_ v: VarSymbol, slot: Int, _ value: TExpr?) -> StmtCode {
        switch v.storage {
        case .global(let box):
            guard let value else { return { _ in .normal } }
            let c = expr(value).value
            return { f in
                box.value = try c(f)
                return .normal
            }
        default:
            let boxed = v.isCaptured
            guard let value else {
                if boxed {
                    return { f in
                        f[slot] = .box(Box(.none))
                        return .normal
                    }
                }
                return { _ in .normal }
            }
            let c = expr(value)
            if boxed {
                let vc = c.value
                return { f in
                    f[slot] = .box(Box(try vc(f)))
                    return .normal
                }
            }
            switch c {
            case .int(let ci):
                return { f in
                    f.slots[slot] = .int(try ci(f))
                    return .normal
                }
            case .double(let cd):
                return { f in
                    f.slots[slot] = .double(try cd(f))
                    return .normal
                }
            default:
                let vc = c.value
                return { f in
                    f.slots[slot] = try vc(f)
                    return .normal
                }
            }
        }
    }

    // MARK: Conditions and patterns

    func conditions(_ conditions: [TCondition]) -> BoolCode {
        guard let last = conditions.last else { return { _ in true } }
        var result: BoolCode = condition(last)
        for c in conditions.dropLast().reversed() {
            let code = condition(c)
            let next = result
            result = { f in try code(f) && next(f) }
        }
        return result
    }

    func condition(_ c: TCondition) -> BoolCode {
        switch c {
        case .boolean(let e):
            return expr(e).bool
        case .optionalBinding(let p, let value, _):
            let v = expr(value).value
            let bind = pattern(p)
            return { f in
                let x = try v(f)
                if case .null(let n) = x {
                    if n == 0 { return false }
                    return try bind(f, .null(n - 1))
                }
                return try bind(f, x)
            }
        case .matching(let p, let value):
            let v = expr(value).value
            let match = pattern(p)
            return { f in try match(f, try v(f)) }
        }
    }

    typealias PatternCode = (Frame, Value) throws -> Bool

    /// A pattern as a test that binds on success.
    func pattern(_ p: TPattern) -> PatternCode {
        switch p {
        case .wildcard:
            return { _, _ in true }
        case .bind(let v, let slot):
            switch v.storage {
            case .global(let box):
                return { _, x in
                    box.value = x
                    return true
                }
            default:
                if v.isCaptured {
                    return { f, x in
                        f[slot] = .box(Box(x))
                        return true
                    }
                }
                return { f, x in
                    f.slots[slot] = x
                    return true
                }
            }
        case .tuple(let elements):
            let codes = elements.map(pattern)
            return { f, x in
                let fields = x.asRecord
                for (i, c) in codes.enumerated() where !(try c(f, fields[i])) { return false }
                return true
            }
        case .enumCase(let c, let subs):
            let index = c.index
            guard let subs else {
                return { _, x in
                    if case .enumCase(let i, _) = x { return i == index }
                    return false
                }
            }
            let codes = subs.map(pattern)
            let whole = subs.count == 1 && (c.payload?.count ?? 0) > 1
            return { f, x in
                guard case .enumCase(let i, let payload) = x, i == index else { return false }
                if whole { return try codes[0](f, .record(payload)) }
                for (k, code) in codes.enumerated() where !(try code(f, payload[k])) { return false }
                return true
            }
        case .some(let inner, _):
            let code = pattern(inner)
            return { f, x in
                if case .null(let n) = x {
                    if n == 0 { return false }
                    return try code(f, .null(n - 1))
                }
                return try code(f, x)
            }
        case .none:
            return { _, x in x.isNull }
        case .expression(let test, let slot):
            let t = expr(test).bool
            return { f, x in
                f[slot] = x
                return try t(f)
            }
        case .typeTest(let type, let inner):
            let code = pattern(inner)
            let t = concrete(type)
            return { [unowned self] f, x in
                guard let cast = self.dynamicCast(x, to: t) else { return false }
                return try code(f, cast)
            }
        }
    }

    func switchStatement(id: Int, _ subject: TExpr, subjectSlot: Int, _ cases: [TSwitchCase])
        -> StmtCode
    {
        let s = expr(subject).value
        if let table = enumJumpTable(subject, cases) {
            return enumSwitch(id: id, s, table, bodies: cases.map { SwitchBody(run: block($0.body)) })
        }
        let compiled = cases.map { c -> ([(PatternCode, BoolCode?)], StmtCode) in
            (c.patterns.map { (pattern($0.0), $0.1.map { expr($0).bool }) }, block(c.body))
        }
        // Enum subjects whose cases are all plain case patterns jump by case index.
        return { f in
            let value = try s(f)
            f[subjectSlot] = value
            var i = 0
            while i < compiled.count {
                let (patterns, body) = compiled[i]
                var matched = patterns.isEmpty
                for (p, w) in patterns {
                    if try p(f, value), try w?(f) ?? true {
                        matched = true
                        break
                    }
                }
                if matched {
                    var r = try body(f)
                    // `fallthrough` runs the next case's body without matching it.
                    while r == .fallthroughCase, i + 1 < compiled.count {
                        i += 1
                        r = try compiled[i].1(f)
                    }
                    if r == .breakTo(id) { return .normal }
                    return r
                }
                i += 1
            }
            return .normal
        }
    }

    /// Where a switch over a cell's enum jumps for each case index: the position of the first
    /// switch case matching it (or -1: none), and how its payload is bound. Only when every
    /// pattern is a plain case pattern, `_` or `default`, without `where`, so matching by index
    /// gives the first case Swift would choose.
    typealias EnumJumpTable = [SwitchArm]

    /// Binds an enum value's payload to the variables of a case pattern.
    typealias PayloadBinding = (Frame, Value) throws -> Void

    /// The arm entering switch case `position` for the case pattern `p`: its payload bound
    /// straight into the slots when every sub-pattern is `let x` of a local that is not captured
    /// or `_`, else by the pattern.
    func switchArm(_ position: Int, _ p: TPattern) -> SwitchArm {
        var arm = SwitchArm(position: position)
        guard case .enumCase(let c, let subs?) = p else { return arm }
        let whole = subs.count == 1 && (c.payload?.count ?? 0) > 1
        var slots: [(Int, Int)] = []
        for (k, sub) in subs.enumerated() {
            if case .wildcard = sub { continue }
            if !whole, case .bind(let v, let slot) = sub, case .local = v.storage, !v.isCaptured {
                slots.append((k, slot))
                continue
            }
            let match = pattern(p)
            arm.bind = { f, x in _ = try match(f, x) }
            arm.binds = true
            return arm
        }
        if slots.isEmpty { return arm }
        arm.binds = true
        if slots.count == 1 {
            let (k, slot) = slots[0]
            arm.bind = { f, x in
                if case .enumCase(_, let payload) = x { f.slots[slot] = payload[k] }
            }
        } else {
            arm.bind = { f, x in
                guard case .enumCase(_, let payload) = x else { return }
                for (k, slot) in slots { f.slots[slot] = payload[k] }
            }
        }
        return arm
    }

    /// Where a switch by jump table goes for one case index. (Closures are kept in structs,
    /// never directly in an array, a tuple or an Optional, where they would be called through
    /// reabstraction thunks.)
    struct SwitchArm {
        /// The position of the switch case entered, -1 for none.
        var position: Int
        /// Binds the payload, if `binds`.
        var bind: PayloadBinding = { _, _ in }
        var binds = false
        /// The body run (set by `enumSwitch`).
        var body: StmtCode = { _ in .normal }

        init(position: Int) { self.position = position }
    }

    /// A switch case's compiled body.
    struct SwitchBody {
        let run: StmtCode
    }

    func enumJumpTable(_ subject: TExpr, _ cases: [TSwitchCase]) -> EnumJumpTable? {
        guard let symbol = concrete(subject.type).symbol, symbol.kind == .enum,
            symbol.representation == .enumeration, !symbol.cases.isEmpty
        else { return nil }
        var table = EnumJumpTable(repeating: SwitchArm(position: -1), count: symbol.cases.count)
        for (position, c) in cases.enumerated() {
            if c.patterns.isEmpty {
                guard c.isDefault else { return nil }
                for k in table.indices where table[k].position < 0 {
                    table[k] = SwitchArm(position: position)
                }
                continue
            }
            for (p, whereClause) in c.patterns {
                guard whereClause == nil else { return nil }
                switch p {
                case .enumCase(let ec, _):
                    guard ec.index < table.count else { return nil }
                    if table[ec.index].position < 0 {
                        table[ec.index] = switchArm(position, p)
                    }
                case .wildcard:
                    for k in table.indices where table[k].position < 0 {
                        table[k] = SwitchArm(position: position)
                    }
                default:
                    return nil
                }
            }
        }
        return table
    }

    /// A switch over enum cases by jump table (`enumJumpTable`).
    func enumSwitch(id: Int, _ subject: @escaping ValueCode, _ table: EnumJumpTable, bodies: [SwitchBody])
        -> StmtCode
    {
        var arms = table
        for k in arms.indices where arms[k].position >= 0 { arms[k].body = bodies[arms[k].position].run }
        return { f in
            let value = try subject(f)
            guard case .enumCase(let index, _) = value else {
                preconditionFailure("interpreter bug: switch over an enum got \(value)")
            }
            let arm = arms[index]
            if arm.binds { try arm.bind(f, value) }
            var r = try arm.body(f)
            // `fallthrough` runs the next case's body without matching it.
            var i = arm.position
            while r == .fallthroughCase, i + 1 < bodies.count {
                i += 1
                r = try bodies[i].run(f)
            }
            if r == .breakTo(id) { return .normal }
            return r
        }
    }

    // MARK: for-in

    func forIn(id: Int, _ p: TPattern, _ sequence: TExpr, _ whereClause: TExpr?, _ body: [TStmt])
        -> StmtCode
    {
        let b = block(body)
        let hasWhere = whereClause != nil
        let w: BoolCode = hasWhere ? expr(whereClause!).bool : { _ in true }
        let bind = pattern(p)
        // The loop body's flow: true to stop the loop (and `result` holds what to return).
        @inline(__always) func handle(_ r: Flow, _ result: inout Flow?) -> Bool {
            if r == .normal || r == .continueTo(id) { return false }
            if r == .breakTo(id) { return true }
            result = r
            return true
        }
        // `for x in …` with a local `x` that is not captured: each element is written straight
        // into its slot (no pattern closure per element).
        var directSlot: Int? = nil
        if case .bind(let v, let slot) = p, case .local = v.storage, !v.isCaptured {
            directSlot = slot
        }
        // Int ranges: a host loop writing the counter straight into the loop variable's slot.
        if case .call(let fn, nil, let args, _) = sequence.kind, let host = fn.host,
            host.hasPrefix("..<(") || host.hasPrefix("...("),
            representation(args[0].type) == .int
        {
            let lo = expr(args[0]).int
            let hi = expr(args[1]).int
            let closed = host.hasPrefix("...(")
            let span = sequence.span
            let runtime = self.runtime
            return { f in
                let l = try lo(f)
                let h = try hi(f)
                if closed ? l > h : l > h {
                    throw runtime.trap("Fatal error: Range requires lowerBound <= upperBound", span)
                }
                var result: Flow? = nil
                if l == h && !closed { return .normal }
                var i = l
                while true {
                    try runtime.tick(span)
                    if let slot = directSlot { f.slots[slot] = .int(i) } else { _ = try bind(f, .int(i)) }
                    if try !hasWhere || w(f) {
                        if handle(try b(f), &result) { break }
                    }
                    if closed ? i == h : i == h - 1 { break }
                    i += 1
                }
                return result ?? .normal
            }
        }
        let seq = expr(sequence).value
        let rep = representation(sequence.type)
        let isStride =
            concrete(sequence.type).symbol.map { $0.name == "StrideTo" || $0.name == "StrideThrough" }
            ?? false
        let runtime = self.runtime
        let span = sequence.span
        return { f in
            let s = try seq(f)
            var result: Flow? = nil
            func each(_ x: Value) throws -> Bool {
                try runtime.tick(span)
                // `for case let x? in …`: elements the pattern does not match are skipped.
                if let slot = directSlot {
                    f.slots[slot] = x
                } else if try !bind(f, x) {
                    return false
                }
                if try !hasWhere || w(f) { return handle(try b(f), &result) }
                return false
            }
            switch s {
            case .array(let items):
                for x in items where try each(x) { break }
            case .dictionary(let d):
                for (k, v) in d where try each(.record([k, v])) { break }
            case .set(let items):
                for x in items where try each(x) { break }
            case .string(let text):
                for c in text where try each(.character(c)) { break }
            case .record(let bounds) where isStride:
                // Strides: (start, end, by, closed).
                if case .int(let start) = bounds[0] {
                    let end = bounds[1].asInt
                    let by = bounds[2].asInt
                    let closed = bounds[3].asBool
                    if closed {
                        for i in stride(from: start, through: end, by: by) where try each(.int(i)) { break }
                    } else {
                        for i in stride(from: start, to: end, by: by) where try each(.int(i)) { break }
                    }
                } else {
                    let start = bounds[0].asDouble
                    let end = bounds[1].asDouble
                    let by = bounds[2].asDouble
                    let closed = bounds[3].asBool
                    if closed {
                        for x in stride(from: start, through: end, by: by) where try each(.double(x)) { break }
                    } else {
                        for x in stride(from: start, to: end, by: by) where try each(.double(x)) { break }
                    }
                }
            case .record(let bounds) where rep == .range || rep == .closedRange:
                let l = bounds[0].asInt
                let h = bounds[1].asInt
                if rep == .range {
                    for i in l..<h where try each(.int(i)) { break }
                } else {
                    for i in l...h where try each(.int(i)) { break }
                }
            default:
                break
            }
            return result ?? .normal
        }
    }
}
