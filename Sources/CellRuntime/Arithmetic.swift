import CellLanguage

/// Operators on values. Int arithmetic is checked (overflow and division by zero are errors, as
/// Swift traps on them); mixing Int and Double promotes to Double; Double follows IEEE 754.
enum Arithmetic {
    static func prefix(_ op: PrefixOperator, _ v: Value, span: SourceSpan) throws -> Value {
        switch (op, v) {
        case let (.negate, .int(i)):
            let (r, overflow) = 0.subtractingReportingOverflow(i)
            if overflow { throw RuntimeError("arithmetic overflow: -(\(i)) does not fit in Int", at: span) }
            return .int(r)
        case let (.negate, .double(d)): return .double(-d)
        case (.plus, .int), (.plus, .double): return v
        case let (.not, .bool(b)): return .bool(!b)
        default:
            throw RuntimeError("unary operator '\(op.rawValue)' cannot be applied to a value of type \(v.typeName)", at: span)
        }
    }

    static func binary(_ op: BinaryOperator, _ l: Value, _ r: Value, span: SourceSpan) throws -> Value {
        switch op {
        case .add, .subtract, .multiply, .divide, .remainder:
            return try arithmetic(op, l, r, span: span)
        case .equal: return .bool(try equal(l, r, span: span))
        case .notEqual: return .bool(!(try equal(l, r, span: span)))
        case .less, .lessEqual, .greater, .greaterEqual:
            return .bool(try compare(op, l, r, span: span))
        case .halfOpenRange, .closedRange:
            guard case let .int(lo) = l, case let .int(hi) = r else {
                throw RuntimeError("range bounds must be Int, not \(l.typeName) and \(r.typeName)", at: span)
            }
            guard lo <= hi else {
                throw RuntimeError("range requires lowerBound <= upperBound, got \(lo)\(op.rawValue)\(hi)", at: span)
            }
            return .range(lower: lo, upper: hi, closed: op == .closedRange)
        case .and, .or, .nilCoalescing:
            // Short-circuiting operators are evaluated by the interpreter.
            throw RuntimeError("internal: '\(op.rawValue)' reached Arithmetic", at: span)
        }
    }

    private static func arithmetic(_ op: BinaryOperator, _ l: Value, _ r: Value, span: SourceSpan) throws -> Value {
        switch (l, r) {
        case let (.int(a), .int(b)):
            let result: (partialValue: Int, overflow: Bool)
            switch op {
            case .add: result = a.addingReportingOverflow(b)
            case .subtract: result = a.subtractingReportingOverflow(b)
            case .multiply: result = a.multipliedReportingOverflow(by: b)
            case .divide:
                if b == 0 { throw RuntimeError("division by zero", at: span) }
                result = a.dividedReportingOverflow(by: b)
            default:
                if b == 0 { throw RuntimeError("division by zero in remainder operation", at: span) }
                result = a.remainderReportingOverflow(dividingBy: b)
            }
            if result.overflow {
                throw RuntimeError("arithmetic overflow: \(a) \(op.rawValue) \(b) does not fit in Int", at: span)
            }
            return .int(result.partialValue)
        case (.int, .double), (.double, .int), (.double, .double):
            guard let a = l.asDouble, let b = r.asDouble else { break }
            switch op {
            case .add: return .double(a + b)
            case .subtract: return .double(a - b)
            case .multiply: return .double(a * b)
            case .divide: return .double(a / b)
            default:
                throw RuntimeError("'%' is not available for Double; use x.truncatingRemainder(dividingBy: y)", at: span)
            }
        case let (.string(a), .string(b)) where op == .add:
            guard a.utf8.count + b.utf8.count <= Value.maxMaterializedCount else {
                throw RuntimeError("the joined string would be longer than \(Value.maxMaterializedCount) bytes", at: span)
            }
            return .string(a + b)
        case let (.array(a), .array(b)) where op == .add:
            guard a.count + b.count <= Value.maxMaterializedCount else {
                throw RuntimeError("the joined array would have more than \(Value.maxMaterializedCount) elements", at: span)
            }
            return .array(a + b)
        default: break
        }
        throw RuntimeError("binary operator '\(op.rawValue)' cannot be applied to \(l.typeName) and \(r.typeName)", at: span)
    }

    /// `==`: numbers (Int and Double compare by value), strings, bools, nil, and element-wise
    /// arrays, dictionaries and tuples; instances and host objects by identity.
    static func equal(_ l: Value, _ r: Value, span: SourceSpan) throws -> Bool {
        switch (l, r) {
        case let (.int(a), .int(b)): return a == b
        case (.int, .double), (.double, .int), (.double, .double): return l.asDouble == r.asDouble
        case let (.string(a), .string(b)): return a == b
        case let (.bool(a), .bool(b)): return a == b
        case (.none, .none): return true
        case (.none, _), (_, .none): return false
        case let (.array(a), .array(b)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where !(try equal(x, y, span: span)) { return false }
            return true
        case let (.tuple(a, _), .tuple(b, _)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where !(try equal(x, y, span: span)) { return false }
            return true
        case let (.dictionary(a), .dictionary(b)):
            guard a.count == b.count else { return false }
            for (k, v) in a.entries {
                guard let w = b[k], try equal(v, w, span: span) else { return false }
            }
            return true
        case let (.range(a1, a2, ac), .range(b1, b2, bc)): return a1 == b1 && a2 == b2 && ac == bc
        case let (.instance(a), .instance(b)): return a === b
        case let (.host(a), .host(b)): return a === b
        case let (.symbol(a, aa), .symbol(b, ba)) where aa.isEmpty && ba.isEmpty: return a == b
        default:
            throw RuntimeError("binary operator '==' cannot be applied to \(l.typeName) and \(r.typeName)", at: span)
        }
    }

    static func compare(_ op: BinaryOperator, _ l: Value, _ r: Value, span: SourceSpan) throws -> Bool {
        if case let .int(a) = l, case let .int(b) = r { return ordered(op, a, b) }
        if let a = l.asDouble, let b = r.asDouble { return ordered(op, a, b) }
        if case let .string(a) = l, case let .string(b) = r { return ordered(op, a, b) }
        if case let .tuple(a, _) = l, case let .tuple(b, _) = r, a.count == b.count {
            // Lexicographic, as Swift's tuple comparison.
            for (x, y) in zip(a, b) where !(try equal(x, y, span: span)) {
                return try compare(op, x, y, span: span)
            }
            return op == .lessEqual || op == .greaterEqual
        }
        throw RuntimeError("binary operator '\(op.rawValue)' cannot be applied to \(l.typeName) and \(r.typeName)", at: span)
    }

    private static func ordered<T: Comparable>(_ op: BinaryOperator, _ a: T, _ b: T) -> Bool {
        switch op {
        case .less: return a < b
        case .lessEqual: return a <= b
        case .greater: return a > b
        default: return a >= b
        }
    }

    /// A strict weak order for sorting (`sorted()`, `min()`, `max()`).
    static func lessThan(_ l: Value, _ r: Value, span: SourceSpan) throws -> Bool {
        try compare(.less, l, r, span: span)
    }
}
