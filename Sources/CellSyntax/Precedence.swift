// The one table of operators and precedence groups: Swift's standard library ones, extended by
// the `infix operator` and `precedencegroup` declarations of cells.

/// How operators of one group associate: `a - b - c` is `(a - b) - c` (left), `a ?? b ?? c`
/// is `a ?? (b ?? c)` (right), `a < b < c` is an error (none).
public enum Associativity: String, Sendable, Equatable {
    case left, right, none
}

/// A precedence group: Swift's relation `higherThan`/`lowerThan` flattened into a number
/// (`level`, higher binds tighter), which is exact for the standard groups and for groups
/// declared relative to one of them.
public struct PrecedenceGroup: Sendable, Equatable {
    public var name: String
    public var level: Double
    public var associativity: Associativity
    /// `assignment: true` (AssignmentPrecedence): `a ?= b` folds into optional chains as `=` does.
    public var isAssignment: Bool
    public init(name: String, level: Double, associativity: Associativity, isAssignment: Bool = false) {
        self.name = name
        self.level = level
        self.associativity = associativity
        self.isAssignment = isAssignment
    }
}

/// The operators the parser knows: infix operators with their group, prefix and postfix
/// operators. A cell's operator declarations extend it (`declaring(_:)`), and a session keeps the
/// extended table for later cells (`Parser.parse(_:operators:)`).
public struct OperatorTable: Sendable {
    public private(set) var groups: [String: PrecedenceGroup]
    /// Infix operator → the name of its precedence group.
    public private(set) var infix: [String: String]
    public private(set) var prefix: Set<String>
    public private(set) var postfix: Set<String>

    /// Swift's standard precedence groups, loosest first.
    public static let standardGroups: [PrecedenceGroup] = [
        PrecedenceGroup(name: "AssignmentPrecedence", level: 10, associativity: .right, isAssignment: true),
        PrecedenceGroup(name: "FunctionArrowPrecedence", level: 15, associativity: .right),
        PrecedenceGroup(name: "TernaryPrecedence", level: 20, associativity: .right),
        PrecedenceGroup(name: "DefaultPrecedence", level: 25, associativity: .none),
        PrecedenceGroup(name: "LogicalDisjunctionPrecedence", level: 30, associativity: .left),
        PrecedenceGroup(name: "LogicalConjunctionPrecedence", level: 40, associativity: .left),
        PrecedenceGroup(name: "ComparisonPrecedence", level: 50, associativity: .none),
        PrecedenceGroup(name: "NilCoalescingPrecedence", level: 60, associativity: .right),
        PrecedenceGroup(name: "CastingPrecedence", level: 65, associativity: .none),
        PrecedenceGroup(name: "RangeFormationPrecedence", level: 70, associativity: .none),
        PrecedenceGroup(name: "AdditionPrecedence", level: 80, associativity: .left),
        PrecedenceGroup(name: "MultiplicationPrecedence", level: 90, associativity: .left),
        PrecedenceGroup(name: "BitwiseShiftPrecedence", level: 100, associativity: .none),
    ]

    /// The standard library's operators (Swift's `Policy.swift` declarations, and SIMD's
    /// pointwise `.==`, `.&`, …).
    public static let standard: OperatorTable = {
        var infix: [String: String] = [:]
        func add(_ group: String, _ ops: [String]) { for op in ops { infix[op] = group } }
        add("BitwiseShiftPrecedence", ["<<", ">>", "&<<", "&>>"])
        add("MultiplicationPrecedence", ["*", "/", "%", "&*", "&", ".&"])
        add("AdditionPrecedence", ["+", "-", "&+", "&-", "|", "^", ".|", ".^"])
        add("RangeFormationPrecedence", ["..<", "..."])
        add("NilCoalescingPrecedence", ["??"])
        add(
            "ComparisonPrecedence",
            ["<", "<=", ">", ">=", "==", "!=", "===", "!==", "~=", ".<", ".<=", ".>", ".>=", ".==", ".!="])
        add("LogicalConjunctionPrecedence", ["&&"])
        add("LogicalDisjunctionPrecedence", ["||"])
        add(
            "AssignmentPrecedence",
            [
                "*=", "/=", "%=", "+=", "-=", "<<=", ">>=", "&=", "|=", "^=", "&*=", "&+=", "&-=", "&<<=", "&>>=",
                ".&=",
                ".|=", ".^=",
            ])
        // `.!` and `.&`… are SIMD's pointwise operators.
        return OperatorTable(
            groups: Dictionary(uniqueKeysWithValues: standardGroups.map { ($0.name, $0) }),
            infix: infix, prefix: ["!", "~", "+", "-", "..<", "...", ".!"], postfix: ["..."])
    }()

    public init(groups: [String: PrecedenceGroup], infix: [String: String], prefix: Set<String>, postfix: Set<String>) {
        self.groups = groups
        self.infix = infix
        self.prefix = prefix
        self.postfix = postfix
    }

    /// The group of an infix operator; operators nobody declared get `DefaultPrecedence` (the
    /// checker reports them), as do operators declared without a group.
    public func group(ofInfix op: String) -> PrecedenceGroup {
        groups[infix[op] ?? "DefaultPrecedence"] ?? groups["DefaultPrecedence"]!
    }

    /// Whether `op` is a declared infix operator.
    public func isInfix(_ op: String) -> Bool { infix[op] != nil }

    /// `infix operator **: MultiplicationPrecedence`, `prefix operator √`, `postfix operator %%`.
    public mutating func declareOperator(fixity: String, name: String, precedenceGroup: String?) {
        switch fixity {
        case "prefix": prefix.insert(name)
        case "postfix": postfix.insert(name)
        default: infix[name] = precedenceGroup ?? "DefaultPrecedence"
        }
    }

    /// `precedencegroup P { higherThan: A lowerThan: B associativity: left assignment: true }`:
    /// placed just above the highest group it is higher than (or just below the lowest group it
    /// is lower than), between its neighbours.
    public mutating func declareGroup(
        name: String, higherThan: [String], lowerThan: [String], associativity: String?, assignment: Bool
    ) {
        let above = higherThan.compactMap { groups[$0]?.level }.max()
        let below = lowerThan.compactMap { groups[$0]?.level }.min()
        let levels = groups.values.map(\.level)
        let level: Double
        switch (above, below) {
        case (let a?, let b?): level = (a + b) / 2
        case (let a?, nil): level = (a + (levels.filter { $0 > a }.min() ?? a + 2)) / 2
        case (nil, let b?): level = (b + (levels.filter { $0 < b }.max() ?? b - 2)) / 2
        case (nil, nil): level = groups["DefaultPrecedence"]!.level
        }
        groups[name] = PrecedenceGroup(
            name: name, level: level, associativity: Associativity(rawValue: associativity ?? "none") ?? .none,
            isAssignment: assignment)
    }

    /// The table extended by every operator and precedence-group declaration among `statements`
    /// (what a session keeps after running a cell).
    public func declaring(_ statements: [Stmt]) -> OperatorTable {
        var table = self
        for statement in statements {
            guard case .declaration(let decl) = statement.kind else { continue }
            table.declare(decl)
        }
        return table
    }

    mutating func declare(_ decl: Decl) {
        switch decl.kind {
        case .operatorDecl(let fixity, let name, let group):
            declareOperator(fixity: fixity, name: name, precedenceGroup: group)
        case .precedenceGroup(let name, let higherThan, let lowerThan, let associativity, let assignment):
            declareGroup(
                name: name, higherThan: higherThan, lowerThan: lowerThan, associativity: associativity,
                assignment: assignment)
        default:
            break
        }
    }
}
