/// Element-wise arithmetic on columns (pandas `s * 2`, `s1 + s2`): missing in, missing out.
///
/// Result types as pandas': Int with Int gives Int for `+`, `-`, `*` and Double for `/` (true
/// division: `x / 0` is ±inf, `0 / 0` missing); anything with a Double gives Double; String `+`
/// String concatenates.
public enum Arithmetic: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"

    func ints(_ a: Int, _ b: Int) -> Int {
        switch self {
        case .add: return a &+ b
        case .subtract: return a &- b
        case .multiply: return a &* b
        case .divide: return 0
        }
    }

    func doubles(_ a: Double, _ b: Double) -> Double {
        switch self {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        }
    }
}

extension Column {
    /// `self op other` row by row, named after `self` (pandas keeps the left name when names differ
    /// only through `rename`; assign it a name with ``renamed(_:)``).
    /// - Throws: ``FrameError/lengthMismatch(column:expected:found:)``, ``FrameError/wrongType(column:expected:found:)``.
    public func combined(_ op: Arithmetic, _ other: Column) throws -> Column {
        guard other.count == count else { throw FrameError.lengthMismatch(column: other.name, expected: count, found: other.count) }
        return try combine(op, count: count, left: { self[$0] }, right: { other[$0] }, leftType: type, rightType: other.type)
    }

    /// `self op value` (or `value op self` when `valueFirst`) row by row.
    /// - Throws: ``FrameError/wrongType(column:expected:found:)`` mixing strings and numbers.
    public func combined(_ op: Arithmetic, _ value: CellValue, valueFirst: Bool = false) throws -> Column {
        let valueType: ColumnType
        switch value {
        case .int: valueType = .int
        case .double: valueType = .double
        case .string: valueType = .string
        }
        if valueFirst {
            return try combine(op, count: count, left: { _ in value }, right: { self[$0] }, leftType: valueType, rightType: type)
        }
        return try combine(op, count: count, left: { self[$0] }, right: { _ in value }, leftType: type, rightType: valueType)
    }

    private func combine(
        _ op: Arithmetic, count: Int, left: (Int) -> CellValue?, right: (Int) -> CellValue?, leftType: ColumnType,
        rightType: ColumnType
    ) throws -> Column {
        if leftType == .string || rightType == .string {
            guard leftType == .string, rightType == .string, op == .add else {
                throw FrameError.wrongType(column: name, expected: "a numeric", found: .string)
            }
            return Column(
                name: name,
                strings: (0..<count).map { row in
                    guard case .string(let a)? = left(row), case .string(let b)? = right(row) else { return nil }
                    return a + b
                })
        }
        if leftType == .int, rightType == .int, op != .divide {
            return Column(
                name: name,
                ints: (0..<count).map { row in
                    guard case .int(let a)? = left(row), case .int(let b)? = right(row) else { return nil }
                    return op.ints(a, b)
                })
        }
        return Column(
            name: name,
            doubles: (0..<count).map { row in
                guard let a = left(row)?.doubleValue, let b = right(row)?.doubleValue else { return nil }
                return op.doubles(a, b)
            })
    }
}
