// The syntax tree of the cell language: every node kind in one place.
//
// Cells are written in a small Swift-compatible language (DESIGN.md, "The cell language"). Every
// node carries the span of source it came from, so every later error can point at
// `notebook.md:LINE:COL`. Positions are relative to the cell's source text (1-based); the runner
// adds the cell's starting line in the notebook.

/// A 1-based line and column inside one cell's source. Columns count Unicode characters.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
    public var description: String { "\(line):\(column)" }
}

/// The half-open range of source a node was parsed from.
public struct SourceSpan: Hashable, Sendable {
    public var start: SourcePosition
    public var end: SourcePosition
    public init(start: SourcePosition, end: SourcePosition) { self.start = start; self.end = end }
    public static let unknown = SourceSpan(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1))
}

// MARK: - Expressions

public struct Expr: Sendable {
    public var kind: ExprKind
    public var span: SourceSpan
    public init(_ kind: ExprKind, _ span: SourceSpan) { self.kind = kind; self.span = span }
}

public indirect enum ExprKind: Sendable {
    case int(Int)
    case double(Double)
    /// A string literal; interpolations `\(expr)` appear as `.interpolation` parts.
    case string([StringPart])
    case bool(Bool)
    case `nil`
    case identifier(String)
    /// `self` inside a class body.
    case selfRef
    /// `super` (only as `super.init(…)` or `super.method(…)` inside a class body).
    case superRef
    /// `$0`, `$1`, … inside a closure without a parameter list.
    case anonymousClosureArgument(Int)
    case array([Expr])
    case dictionary([DictionaryEntry])
    /// `(a, b)` or `(x: 1, y: 2)`; a parenthesised single unlabeled expression is NOT a tuple.
    case tuple([TupleElement])
    case prefix(PrefixOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    /// `condition ? a : b`
    case ternary(Expr, Expr, Expr)
    /// `callee(args…)`, with a trailing closure appended as the last argument.
    case call(Expr, [Argument])
    /// `base.name`
    case member(Expr, String)
    /// `base.0` on a tuple.
    case tupleIndex(Expr, Int)
    /// `.name` where the type is implied by context (`opt: .adam`).
    case implicitMember(String)
    /// `.name(args…)` where the type is implied by context (`.sgd(momentum: 0.9)`).
    case implicitMemberCall(String, [Argument])
    /// `base[args…]`
    case `subscript`(Expr, [Argument])
    case closure(Closure)
    /// `value!`
    case forceUnwrap(Expr)
}

public enum StringPart: Sendable {
    case literal(String)
    case interpolation(Expr)
}

public struct DictionaryEntry: Sendable {
    public var key: Expr
    public var value: Expr
    public init(key: Expr, value: Expr) { self.key = key; self.value = value }
}

public struct TupleElement: Sendable {
    public var label: String?
    public var value: Expr
    public init(label: String?, value: Expr) { self.label = label; self.value = value }
}

/// One argument at a call site: `label: value` or just `value`.
public struct Argument: Sendable {
    public var label: String?
    public var value: Expr
    /// The span of the whole argument, label included.
    public var span: SourceSpan
    public var isTrailingClosure: Bool
    public init(label: String?, value: Expr, span: SourceSpan, isTrailingClosure: Bool = false) {
        self.label = label; self.value = value; self.span = span; self.isTrailingClosure = isTrailingClosure
    }
}

/// `{ a, b in … }`, `{ (a: Int) -> Int in … }` or `{ $0 * 2 }`.
public struct Closure: Sendable {
    /// Declared parameter names; empty when the body uses `$0`-style arguments or takes none.
    public var parameters: [ClosureParameter]
    public var returnType: TypeRef?
    public var body: [Stmt]
    public init(parameters: [ClosureParameter], returnType: TypeRef?, body: [Stmt]) {
        self.parameters = parameters; self.returnType = returnType; self.body = body
    }
}

public struct ClosureParameter: Sendable {
    /// `_` is spelled as nil.
    public var name: String?
    public var type: TypeRef?
    public init(name: String?, type: TypeRef?) { self.name = name; self.type = type }
}

public enum PrefixOperator: String, Sendable {
    case negate = "-"
    case plus = "+"
    case not = "!"
}

/// Every infix operator; precedence and associativity live in `Precedence.swift`.
public enum BinaryOperator: String, Sendable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case and = "&&", or = "||"
    case nilCoalescing = "??"
    case halfOpenRange = "..<", closedRange = "..."
}

// MARK: - Types (checked loosely at run time)

public indirect enum TypeRef: Sendable, Equatable, CustomStringConvertible {
    /// `Int`, `Tensor`, `Module`; generic arguments are kept for display only.
    case named(String, [TypeRef])
    case array(TypeRef)
    case dictionary(TypeRef, TypeRef)
    case optional(TypeRef)
    case tuple([TypeRef])
    case function([TypeRef], TypeRef)

    public var description: String {
        switch self {
        case let .named(name, args): return args.isEmpty ? name : "\(name)<\(args.map(\.description).joined(separator: ", "))>"
        case let .array(t): return "[\(t)]"
        case let .dictionary(k, v): return "[\(k): \(v)]"
        case let .optional(t): return "\(t)?"
        case let .tuple(ts): return "(\(ts.map(\.description).joined(separator: ", ")))"
        case let .function(ps, r): return "(\(ps.map(\.description).joined(separator: ", "))) -> \(r)"
        }
    }
}

// MARK: - Statements and declarations

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var span: SourceSpan
    public init(_ kind: StmtKind, _ span: SourceSpan) { self.kind = kind; self.span = span }
}

public indirect enum StmtKind: Sendable {
    case expression(Expr)
    case variable(VariableDecl)
    /// `target = value`, `target += value`, …; the target is an identifier, member, subscript or tuple index.
    case assignment(Expr, AssignmentOperator, Expr)
    case function(FunctionDecl)
    case `class`(ClassDecl)
    /// `if c1 { } else if c2 { } else { }`: an `else if` is an `if` alone in the else block.
    case `if`([Condition], [Stmt], [Stmt]?)
    /// `guard c else { … }`
    case `guard`([Condition], [Stmt])
    case forIn(Pattern, Expr, [Stmt])
    case `while`(Expr, [Stmt])
    case `return`(Expr?)
    case `break`
    case `continue`
}

public enum AssignmentOperator: String, Sendable {
    case assign = "=", add = "+=", subtract = "-=", multiply = "*=", divide = "/="
}

/// One clause of an `if`/`guard` condition list: `x > 0` or `let y = optional`.
public enum Condition: Sendable {
    case expression(Expr)
    case optionalBinding(isConstant: Bool, name: String, value: Expr, span: SourceSpan)
}

/// What a `let`/`var`/`for` binds: a name, `_`, or a tuple of patterns.
public indirect enum Pattern: Sendable {
    case name(String)
    case wildcard
    case tuple([Pattern])
}

/// `let x: Int = 1`, `var (a, b) = pair`, or a stored property `var u: Embedding` in a class.
public struct VariableDecl: Sendable {
    public var isConstant: Bool
    public var pattern: Pattern
    public var type: TypeRef?
    public var initializer: Expr?
    public init(isConstant: Bool, pattern: Pattern, type: TypeRef?, initializer: Expr?) {
        self.isConstant = isConstant; self.pattern = pattern; self.type = type; self.initializer = initializer
    }
}

/// `func name(label name: Type = default, _ other: Type) -> Result { … }`; an `init` is a
/// FunctionDecl named "init" inside a class.
public struct FunctionDecl: Sendable {
    public var name: String
    public var parameters: [Parameter]
    public var returnType: TypeRef?
    public var body: [Stmt]
    public var span: SourceSpan
    public init(name: String, parameters: [Parameter], returnType: TypeRef?, body: [Stmt], span: SourceSpan) {
        self.name = name; self.parameters = parameters; self.returnType = returnType; self.body = body; self.span = span
    }
}

public struct Parameter: Sendable {
    /// The argument label callers write; nil for `_`. For `func f(x: Int)` the label is "x".
    public var label: String?
    /// The name used inside the body.
    public var name: String
    public var type: TypeRef?
    public var defaultValue: Expr?
    public init(label: String?, name: String, type: TypeRef?, defaultValue: Expr?) {
        self.label = label; self.name = name; self.type = type; self.defaultValue = defaultValue
    }
}

/// `class Name: Superclass { stored properties; init(…); methods }`.
public struct ClassDecl: Sendable {
    public var name: String
    public var superclass: String?
    public var properties: [VariableDecl]
    public var initializers: [FunctionDecl]
    public var methods: [FunctionDecl]
    public init(name: String, superclass: String?, properties: [VariableDecl], initializers: [FunctionDecl], methods: [FunctionDecl]) {
        self.name = name; self.superclass = superclass; self.properties = properties
        self.initializers = initializers; self.methods = methods
    }
}
