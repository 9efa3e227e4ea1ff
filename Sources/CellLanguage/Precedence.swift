// The one table of infix operators: Swift's standard-library precedence groups.

/// How operators of equal precedence group: `a - b - c` is `(a - b) - c` (left),
/// `a ?? b ?? c` is `a ?? (b ?? c)` (right), `a < b < c` is an error (none).
public enum Associativity: Sendable, Equatable {
    case left, right, none
}

/// A Swift precedence group, ordered from loosest to tightest binding.
public struct PrecedenceGroup: Sendable, Equatable {
    /// Swift's name for the group, used in error messages.
    public var name: String
    /// Higher binds tighter.
    public var level: Int
    public var associativity: Associativity
}

/// The infix operators of the cell language and how tightly they bind, copied from the
/// Swift standard library's precedence groups (multiplicative > additive > range formation >
/// nil coalescing > comparison > logical conjunction > logical disjunction > ternary).
public enum Precedence {
    public static let ternary = PrecedenceGroup(name: "TernaryPrecedence", level: 1, associativity: .right)
    public static let disjunction = PrecedenceGroup(name: "LogicalDisjunctionPrecedence", level: 2, associativity: .left)
    public static let conjunction = PrecedenceGroup(name: "LogicalConjunctionPrecedence", level: 3, associativity: .left)
    public static let comparison = PrecedenceGroup(name: "ComparisonPrecedence", level: 4, associativity: .none)
    public static let nilCoalescing = PrecedenceGroup(name: "NilCoalescingPrecedence", level: 5, associativity: .right)
    public static let rangeFormation = PrecedenceGroup(name: "RangeFormationPrecedence", level: 6, associativity: .none)
    public static let additive = PrecedenceGroup(name: "AdditionPrecedence", level: 7, associativity: .left)
    public static let multiplicative = PrecedenceGroup(name: "MultiplicationPrecedence", level: 8, associativity: .left)

    /// The group of every binary operator (the ternary `?:` is parsed specially at `ternary`).
    public static func group(of op: BinaryOperator) -> PrecedenceGroup {
        switch op {
        case .multiply, .divide, .remainder: return multiplicative
        case .add, .subtract: return additive
        case .halfOpenRange, .closedRange: return rangeFormation
        case .nilCoalescing: return nilCoalescing
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: return comparison
        case .and: return conjunction
        case .or: return disjunction
        }
    }

    /// The operators written in cells, for "supported operators are …" messages.
    public static var supportedOperatorList: String {
        BinaryOperator.allCases.map(\.rawValue).joined(separator: " ") + " ?:"
    }
}
