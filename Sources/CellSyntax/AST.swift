// The syntax tree of cells: the Swift subset that cells are written in, every node kind in one
// place (docs/interpreter.md). The parser builds it; the type checker (CellCore) reads it and
// builds a typed tree of its own, so nothing here knows about types beyond how they are spelled.
//
// Every node carries the span of source it came from. Positions are relative to the cell's source
// text (1-based lines; columns count Unicode characters, as swiftc's do for ASCII sources); the
// runner adds the cell's first line in the notebook. Diagnostics point where swiftc points, so
// nodes also keep the positions of the tokens swiftc puts its caret on: an operator, a member name,
// an argument label, a closing parenthesis.

/// A 1-based line and column inside one cell's source.
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
    public init(at position: SourcePosition) { self.start = position; self.end = position }
    public static let unknown = SourceSpan(at: .init(line: 1, column: 1))
    /// The span from the start of `self` to the end of `other`.
    public func through(_ other: SourceSpan) -> SourceSpan { SourceSpan(start: start, end: other.end) }
}

// MARK: - Expressions

public struct Expr: Sendable {
    public var kind: ExprKind
    public var span: SourceSpan
    public init(_ kind: ExprKind, _ span: SourceSpan) { self.kind = kind; self.span = span }
}

public indirect enum ExprKind: Sendable {
    // Literals. Number literals keep their source text (underscores removed, prefixes such as
    // `0x` kept): whether `1` is an Int, a Double or a UInt8 is decided by the type checker, and
    // `18446744073709551615` must not be squeezed through Int on the way.
    case integerLiteral(String)
    case floatLiteral(String)
    /// `"a\(b)c"`, multi-line `"""…"""` and raw `#"…"#` strings, escapes decoded.
    case stringLiteral([StringPart])
    case booleanLiteral(Bool)
    case nilLiteral

    /// A name in expression position: a variable, function, type (`Int`, `Point`) or `_`-free
    /// identifier. `genericArguments` holds `Array<Int>`-style arguments when they were written.
    /// Operators used as values (`reduce(0, +)`, `sorted(by: >)`) are identifiers named "+", ">".
    /// A function named with its argument labels keeps them in the name: `max(_:_:)` is named
    /// "max(_:_:)" (and a member `Size.init(rawValue:)` is named "init(rawValue:)").
    case identifier(String, genericArguments: [TypeRef])
    /// `self` (a value inside a method or initializer; `Self` is `.identifier("Self")`).
    case selfRef
    /// `super`, only as the base of a member access (`super.init(…)`, `super.describe()`).
    case superRef
    /// `$0`, `$1`, … inside a closure without a parameter list.
    case anonymousClosureArgument(Int)
    /// `_` on the left of an assignment (`_ = f()`).
    case discard

    case array([Expr])
    /// `[k: v, …]`; `[:]` is an empty list of entries.
    case dictionary([DictionaryEntry])
    /// `(a, b)` or `(x: 1, y: 2)`; `()` is the empty tuple. A parenthesised single unlabeled
    /// expression `(e)` is `.paren(e)`, not a tuple.
    case tuple([TupleElement])
    case paren(Expr)

    /// `-x`, `!b`, `~bits`, `+x`, and any other prefix operator. `operatorSpan` is where swiftc
    /// puts its caret.
    case prefix(op: String, Expr, operatorSpan: SourceSpan)
    /// `x...` and `x…` (one-sided range `a[2...]`) and other postfix operators other than `!`/`?`.
    case postfix(op: String, Expr, operatorSpan: SourceSpan)
    /// `..<5` and `...5` as one-sided ranges are `.prefix("..<", …)` / `.prefix("...", …)`.
    /// Every infix operator except assignment and the ternary: `a + b`, `a ?? b`, `a ..< b`,
    /// `a === b`, `a &+ b`, `a << 2`, `a ~= b`. Precedence is resolved by the parser
    /// (Precedence.swift), so the tree is already grouped.
    case binary(op: String, Expr, Expr, operatorSpan: SourceSpan)
    /// `target = value`, `target += value`, … (Swift's AssignmentPrecedence, right-associative).
    /// `op` is "=" or the compound operator ("+=", "&=", "<<=", …).
    case assignment(op: String, target: Expr, value: Expr, operatorSpan: SourceSpan)
    /// `condition ? a : b`; `questionSpan` is the `?`.
    case ternary(Expr, Expr, Expr, questionSpan: SourceSpan)

    /// `callee(args…)` and `callee { trailing closure }`; trailing closures are appended to
    /// `arguments` with `isTrailingClosure` set. `rightParen` is the closing `)` (or the end of
    /// the last trailing closure), where swiftc reports a missing argument.
    case call(Expr, [Argument], rightParen: SourcePosition)
    /// `base[args…]`, including `d[k, default: 0]`.
    case `subscript`(Expr, [Argument], rightBracket: SourcePosition)
    /// `base.name` (also `Type.name`, `x.init`, `Int.self`, `String.init`); `nameSpan` is the
    /// member name, `dot` the position of the `.`. `genericArguments` for `Foo.Bar<Int>`.
    case member(Expr, name: String, nameSpan: SourceSpan, dot: SourcePosition, genericArguments: [TypeRef])
    /// `base.0` on a tuple.
    case tupleIndex(Expr, Int, nameSpan: SourceSpan)
    /// `.name` where the type is implied by context (`.north`, `opt: .adam`, `.some(x)`); a
    /// call of one is `.call(.implicitMember(…), …)`.
    case implicitMember(String, nameSpan: SourceSpan)

    case closure(ClosureExpr)
    /// `value!`
    case forceUnwrap(Expr, bangSpan: SourceSpan)
    /// `value?` inside an optional chain: the `a?` of `a?.b.c`. The whole chain is wrapped in one
    /// `.optionalEvaluation` (Swift's OptionalEvaluationExpr), so `a?.b.c` is
    /// `optionalEvaluation(member(member(bindOptional(a), b), c))`.
    case bindOptional(Expr, questionSpan: SourceSpan)
    case optionalEvaluation(Expr)

    /// `try e`, `try? e`, `try! e`.
    case `try`(TryKind, Expr)
    /// `e as T`, `e as? T`, `e as! T`; `keywordSpan` is the `as`.
    case cast(Expr, CastKind, TypeRef, keywordSpan: SourceSpan)
    /// `e is T`
    case isType(Expr, TypeRef, keywordSpan: SourceSpan)
    /// `&x` as an `inout` argument.
    case inoutArgument(Expr)
    /// `\.name.other` or `\Type.name` (key paths used as functions: `map(\.count)`).
    case keyPath(root: TypeRef?, components: [String])
    /// A type written where an expression is expected and which cannot be an expression:
    /// `[Int]()`, `[String: Double]()`, `Int?.none`, `(Int, Int).self`. Plain names (`Int(x)`)
    /// stay `.identifier`.
    case type(TypeRef)
    /// `if … { a } else { b }` and `switch` used as expressions (Swift 5.9): each branch is a
    /// single expression (the last statement of the branch's block).
    case ifExpression(IfStatement)
    case switchExpression(SwitchStatement)
}

public enum TryKind: String, Sendable { case plain = "try", optional = "try?", forced = "try!" }
public enum CastKind: String, Sendable { case coerce = "as", conditional = "as?", forced = "as!" }

public enum StringPart: Sendable {
    case literal(String)
    /// `\(expr)`; with labels (`\(x, radix: 2)`) the arguments are kept for the checker to reject.
    case interpolation([Argument], SourceSpan)
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
    /// Where the label was written (nil when there is none).
    public var labelSpan: SourceSpan?
    public var value: Expr
    /// The span of the whole argument, label included.
    public var span: SourceSpan
    public var isTrailingClosure: Bool
    public init(label: String?, labelSpan: SourceSpan? = nil, value: Expr, span: SourceSpan, isTrailingClosure: Bool = false) {
        self.label = label; self.labelSpan = labelSpan; self.value = value; self.span = span
        self.isTrailingClosure = isTrailingClosure
    }
}

/// `{ a, b in … }`, `{ (a: Int, b: Int) throws -> Int in … }`, `{ [weak self] in … }` or `{ $0 * 2 }`.
public struct ClosureExpr: Sendable {
    /// nil when the closure has no `in` clause (it may then use `$0`…); `[]` for `{ () in … }`.
    public var parameters: [ClosureParameter]?
    public var captureList: [CaptureItem]
    public var throwsKeyword: Bool
    /// `throws(E)` (Swift 6 typed throws): the thrown type; nil for a plain `throws`.
    public var thrownType: TypeRef? = nil
    public var returnType: TypeRef?
    public var body: [Stmt]
    /// The `in` keyword (nil without one), and the closing brace.
    public var inSpan: SourceSpan?
    public var rightBrace: SourcePosition
    public init(parameters: [ClosureParameter]?, captureList: [CaptureItem] = [], throwsKeyword: Bool = false,
                returnType: TypeRef?, body: [Stmt], inSpan: SourceSpan? = nil, rightBrace: SourcePosition) {
        self.parameters = parameters; self.captureList = captureList; self.throwsKeyword = throwsKeyword
        self.returnType = returnType; self.body = body; self.inSpan = inSpan; self.rightBrace = rightBrace
    }
}

public struct ClosureParameter: Sendable {
    /// `_` is nil.
    public var name: String?
    public var type: TypeRef?
    public var isInout: Bool
    public var span: SourceSpan
    public init(name: String?, type: TypeRef?, isInout: Bool = false, span: SourceSpan) {
        self.name = name; self.type = type; self.isInout = isInout; self.span = span
    }
}

/// `[weak self]`, `[x]`, `[y = expr]` in a closure's capture list.
public struct CaptureItem: Sendable {
    /// "weak", "unowned" or nil.
    public var ownership: String?
    public var name: String
    public var value: Expr?
    public init(ownership: String?, name: String, value: Expr?) { self.ownership = ownership; self.name = name; self.value = value }
}

// MARK: - Types as written

public struct TypeRef: Sendable {
    public var kind: TypeRefKind
    public var span: SourceSpan
    public init(_ kind: TypeRefKind, _ span: SourceSpan) { self.kind = kind; self.span = span }
}

public indirect enum TypeRefKind: Sendable {
    /// `Int`, `Array<Int>`, `Self`, `Any`, `AnyObject`.
    case named(String, [TypeRef])
    /// `Outer.Inner`, `Element.Index`, `T.Element`.
    case nested(TypeRef, String, [TypeRef])
    /// `[T]`
    case array(TypeRef)
    /// `[K: V]`
    case dictionary(TypeRef, TypeRef)
    /// `T?`
    case optional(TypeRef)
    /// `T!`
    case implicitlyUnwrappedOptional(TypeRef)
    /// `(Int, String)`, `(min: Int, max: Int)`, `()`. A single unlabeled `(T)` is just T: the
    /// parser returns T itself.
    case tuple([TupleTypeElement])
    /// `(Int, inout Double) throws -> Bool`; `@escaping` and `@autoclosure` are attributes.
    case function(parameters: [FunctionTypeParameter], throwsKeyword: Bool, result: TypeRef)
    /// `A & B`
    case composition([TypeRef])
    /// `any P`
    case existential(TypeRef)
    /// `some P`
    case opaque(TypeRef)
    /// `T.Type`, `P.Protocol`
    case metatype(TypeRef, isProtocol: Bool)
}

public struct TupleTypeElement: Sendable {
    public var label: String?
    public var type: TypeRef
    public init(label: String?, type: TypeRef) { self.label = label; self.type = type }
}

public struct FunctionTypeParameter: Sendable {
    public var type: TypeRef
    public var isInout: Bool
    public var isVariadic: Bool
    /// `@escaping`, `@autoclosure`, `@Sendable`.
    public var attributes: [String]
    public init(type: TypeRef, isInout: Bool = false, isVariadic: Bool = false, attributes: [String] = []) {
        self.type = type; self.isInout = isInout; self.isVariadic = isVariadic; self.attributes = attributes
    }
}

// MARK: - Patterns

public struct Pattern: Sendable {
    public var kind: PatternKind
    public var span: SourceSpan
    public init(_ kind: PatternKind, _ span: SourceSpan) { self.kind = kind; self.span = span }
}

/// Swift's patterns. The parser reads a `case` pattern as an expression and converts it; what it
/// cannot decide alone (is `.foo(x)` an enum case with a sub-pattern or an expression to compare
/// with `~=`?) the checker decides, as swiftc does, from the type being matched.
public indirect enum PatternKind: Sendable {
    /// `_`
    case wildcard
    /// A new name bound by the pattern (inside `let`/`var`, or a `for x in`).
    case binding(String)
    /// `let p` / `var p`: names inside `p` are bound (`case let .point(x, y)`, `case (let a, 0)`).
    case valueBinding(isVar: Bool, Pattern)
    /// `(p1, label: p2)`
    case tuple([TuplePatternElement])
    /// `.some(let x)`, `Shape.circle(let r)`, `.north`: an enum case, optionally qualified by a
    /// type, with a tuple of sub-patterns for its associated values.
    case enumCase(type: TypeRef?, name: String, nameSpan: SourceSpan, arguments: [TuplePatternElement]?)
    /// `p?` (matches `.some(p)`).
    case optional(Pattern)
    /// `is T`
    case isType(TypeRef)
    /// `p as T`
    case cast(Pattern, TypeRef)
    /// An expression matched with `~=`: `1...5`, `"a"`, `0`, `someConstant`.
    case expression(Expr)
    /// `p: T`, only at the top of a `let`/`var` pattern (`let (a, b): (Int, Int) = …`).
    case typed(Pattern, TypeRef)
}

public struct TuplePatternElement: Sendable {
    public var label: String?
    public var pattern: Pattern
    public init(label: String?, pattern: Pattern) { self.label = label; self.pattern = pattern }
}

// MARK: - Statements

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var span: SourceSpan
    public init(_ kind: StmtKind, _ span: SourceSpan) { self.kind = kind; self.span = span }
}

public indirect enum StmtKind: Sendable {
    case expression(Expr)
    case declaration(Decl)
    case `if`(IfStatement)
    /// `guard conditions else { … }`
    case `guard`([Condition], else: [Stmt])
    case `while`([Condition], body: [Stmt])
    /// `repeat { … } while condition`
    case `repeat`(body: [Stmt], condition: Expr)
    /// `for pattern in sequence where condition { … }`; `for case let .some(x) in xs` has a
    /// pattern that is not a plain name, and `isCase` set.
    case forIn(ForInStatement)
    case `switch`(SwitchStatement)
    case `return`(Expr?)
    case `break`(label: String?)
    case `continue`(label: String?)
    case `fallthrough`
    case `throw`(Expr)
    case `defer`([Stmt])
    /// `do { … } catch pattern where condition { … } catch { … }`
    case `do`(body: [Stmt], catches: [CatchClause])
    /// `name: statement` for loops, `if`, `switch` and `do`.
    case labeled(String, Stmt)
}

public struct IfStatement: Sendable {
    public var conditions: [Condition]
    public var then: [Stmt]
    /// `else { … }` or `else if …` (then a single `.if` statement), or nil.
    public var otherwise: ElseClause?
    public init(conditions: [Condition], then: [Stmt], otherwise: ElseClause?) {
        self.conditions = conditions; self.then = then; self.otherwise = otherwise
    }
}

public indirect enum ElseClause: Sendable {
    case block([Stmt])
    case elseIf(IfStatement, SourceSpan)
}

public struct ForInStatement: Sendable {
    public var isCase: Bool
    public var pattern: Pattern
    public var sequence: Expr
    public var whereClause: Expr?
    public var body: [Stmt]
    public init(isCase: Bool, pattern: Pattern, sequence: Expr, whereClause: Expr?, body: [Stmt]) {
        self.isCase = isCase; self.pattern = pattern; self.sequence = sequence; self.whereClause = whereClause; self.body = body
    }
}

public struct SwitchStatement: Sendable {
    public var subject: Expr
    public var cases: [SwitchCase]
    /// The `switch` keyword, where swiftc reports "switch must be exhaustive".
    public var keywordSpan: SourceSpan
    public init(subject: Expr, cases: [SwitchCase], keywordSpan: SourceSpan) {
        self.subject = subject; self.cases = cases; self.keywordSpan = keywordSpan
    }
}

public struct SwitchCase: Sendable {
    /// Empty for `default:`.
    public var items: [CaseItem]
    public var isDefault: Bool
    public var body: [Stmt]
    public var span: SourceSpan
    public init(items: [CaseItem], isDefault: Bool, body: [Stmt], span: SourceSpan) {
        self.items = items; self.isDefault = isDefault; self.body = body; self.span = span
    }
}

/// One comma-separated pattern of a `case` label, with its own `where` guard.
public struct CaseItem: Sendable {
    public var pattern: Pattern
    public var whereClause: Expr?
    public init(pattern: Pattern, whereClause: Expr?) { self.pattern = pattern; self.whereClause = whereClause }
}

public struct CatchClause: Sendable {
    /// nil for a bare `catch` (which binds `error`).
    public var pattern: Pattern?
    /// `catch A, B, C` (Swift 5.3): the patterns after the first; the clause is taken when any
    /// of `pattern` and these matches.
    public var otherPatterns: [Pattern] = []
    public var whereClause: Expr?
    public var body: [Stmt]
    public var span: SourceSpan
    public init(pattern: Pattern?, whereClause: Expr?, body: [Stmt], span: SourceSpan) {
        self.pattern = pattern; self.whereClause = whereClause; self.body = body; self.span = span
    }
}

/// One clause of an `if`/`guard`/`while` condition list.
public enum Condition: Sendable {
    /// `x > 0`
    case expression(Expr)
    /// `let y = optional`, `var y = optional`, or the shorthand `let y` (value nil).
    case optionalBinding(isVar: Bool, pattern: Pattern, value: Expr?, span: SourceSpan)
    /// `case pattern = value`
    case matching(Pattern, Expr, span: SourceSpan)
    /// `#available(…)` / `#unavailable(…)`: always available here.
    case availability(isUnavailable: Bool, span: SourceSpan)
}

// MARK: - Declarations

public struct Decl: Sendable {
    public var kind: DeclKind
    /// `@discardableResult`, `@escaping`, … (without the `@`).
    public var attributes: [String]
    /// `static`, `class`, `mutating`, `nonmutating`, `override`, `final`, `required`,
    /// `convenience`, `lazy`, `weak`, `unowned`, `indirect`, `prefix`, `postfix`, `infix`,
    /// and access levels (`private`, `public`, …: accepted, no effect).
    public var modifiers: [String]
    public var span: SourceSpan
    /// The declared name (where swiftc reports "invalid redeclaration").
    public var nameSpan: SourceSpan
    public init(_ kind: DeclKind, attributes: [String] = [], modifiers: [String] = [], span: SourceSpan, nameSpan: SourceSpan) {
        self.kind = kind; self.attributes = attributes; self.modifiers = modifiers; self.span = span; self.nameSpan = nameSpan
    }
    public func has(_ modifier: String) -> Bool { modifiers.contains(modifier) }
}

public indirect enum DeclKind: Sendable {
    case variable(VariableDecl)
    case function(FunctionDecl)
    /// `init`, `init?`, `init!`
    case initializer(InitializerDecl)
    case deinitializer([Stmt])
    case `subscript`(SubscriptDecl)
    /// `struct`, `class`, `enum` and `actor`-free nominal types.
    case nominal(NominalDecl)
    case `protocol`(ProtocolDecl)
    case `extension`(ExtensionDecl)
    /// `case a, b(Int), c = 3` inside an enum.
    case enumCase([EnumElement])
    case typeAlias(name: String, genericParameters: [GenericParameter], type: TypeRef)
    /// `associatedtype Element: Equatable = Int` inside a protocol.
    case associatedType(name: String, inheritance: [TypeRef], defaultType: TypeRef?)
    /// `import Foundation` (Foundation and Glibc are known; the checker rejects other modules).
    case `import`(String)
    /// `infix operator **: MultiplicationPrecedence`, `prefix operator √`.
    case operatorDecl(fixity: String, name: String, precedenceGroup: String?)
    case precedenceGroup(name: String, higherThan: [String], lowerThan: [String], associativity: String?, assignment: Bool)
}

/// `let x: Int = 1`, `var a = 1, b = 2`, `var c: Double { get { … } set { … } }`,
/// `var w: Int = 0 { didSet { … } }`, and protocol requirements `var x: Int { get set }`.
public struct VariableDecl: Sendable {
    public var isLet: Bool
    public var bindings: [PatternBinding]
    public init(isLet: Bool, bindings: [PatternBinding]) { self.isLet = isLet; self.bindings = bindings }
}

public struct PatternBinding: Sendable {
    public var pattern: Pattern
    public var type: TypeRef?
    public var initializer: Expr?
    /// Computed properties, observers and protocol requirements; nil for a stored variable.
    public var accessors: AccessorBlock?
    /// `get throws { … }` (Swift 5.5 effectful read-only properties; also `{ get throws }` in a
    /// protocol).
    public var getterEffects: Effects = .none
    public init(pattern: Pattern, type: TypeRef?, initializer: Expr?, accessors: AccessorBlock? = nil) {
        self.pattern = pattern; self.type = type; self.initializer = initializer; self.accessors = accessors
    }
}

public enum AccessorBlock: Sendable {
    /// `{ get … set(newValue) … }` or the shorthand `{ return x * 2 }` (a getter only).
    case computed(getter: [Stmt], setter: Accessor?)
    /// `{ willSet(newName) { … } didSet { … } }` on a stored property.
    case observers(willSet: Accessor?, didSet: Accessor?)
    /// `{ get }` / `{ get set }` in a protocol.
    case requirement(settable: Bool)
}

public struct Accessor: Sendable {
    /// The parameter name written in parentheses (`set(v)`, `willSet(next)`), or nil for the
    /// implicit `newValue` / `oldValue`.
    public var parameterName: String?
    public var body: [Stmt]
    public var span: SourceSpan
    public init(parameterName: String?, body: [Stmt], span: SourceSpan) {
        self.parameterName = parameterName; self.body = body; self.span = span
    }
}

/// `func name<T: P>(label name: Type = default, _ other: inout Type, rest: Int...) throws -> R where … { … }`.
/// Operator functions (`static func + (lhs: V, rhs: V) -> V`) have the operator as their name.
public struct FunctionDecl: Sendable {
    public var name: String
    public var genericParameters: [GenericParameter]
    public var parameters: [Parameter]
    public var effects: Effects
    /// `throws(E)` (Swift 6 typed throws): the thrown type; nil for a plain `throws`.
    public var thrownType: TypeRef? = nil
    public var returnType: TypeRef?
    public var whereClause: [Requirement]
    /// nil for a protocol requirement.
    public var body: [Stmt]?
    public init(name: String, genericParameters: [GenericParameter] = [], parameters: [Parameter], effects: Effects = .none,
                returnType: TypeRef?, whereClause: [Requirement] = [], body: [Stmt]?) {
        self.name = name; self.genericParameters = genericParameters; self.parameters = parameters; self.effects = effects
        self.returnType = returnType; self.whereClause = whereClause; self.body = body
    }
}

public enum Effects: String, Sendable { case none = "", throwsKeyword = "throws", rethrowsKeyword = "rethrows" }

public struct InitializerDecl: Sendable {
    /// `init?` is .optional, `init!` is .implicitlyUnwrapped.
    public var failability: Failability
    public var genericParameters: [GenericParameter]
    public var parameters: [Parameter]
    public var effects: Effects
    /// `throws(E)`: the thrown type; nil for a plain `throws`.
    public var thrownType: TypeRef? = nil
    public var whereClause: [Requirement]
    public var body: [Stmt]?
    public init(failability: Failability, genericParameters: [GenericParameter] = [], parameters: [Parameter], effects: Effects = .none,
                whereClause: [Requirement] = [], body: [Stmt]?) {
        self.failability = failability; self.genericParameters = genericParameters; self.parameters = parameters
        self.effects = effects; self.whereClause = whereClause; self.body = body
    }
}

public enum Failability: Sendable { case none, optional, implicitlyUnwrapped }

/// `subscript(index: Int) -> Double { get { … } set { … } }`; `static subscript` has the modifier.
public struct SubscriptDecl: Sendable {
    public var genericParameters: [GenericParameter]
    public var parameters: [Parameter]
    public var returnType: TypeRef
    public var whereClause: [Requirement]
    public var accessors: AccessorBlock
    /// `get throws { … }`, as for properties.
    public var getterEffects: Effects = .none
    public init(genericParameters: [GenericParameter] = [], parameters: [Parameter], returnType: TypeRef,
                whereClause: [Requirement] = [], accessors: AccessorBlock) {
        self.genericParameters = genericParameters; self.parameters = parameters; self.returnType = returnType
        self.whereClause = whereClause; self.accessors = accessors
    }
}

public struct Parameter: Sendable {
    /// The argument label callers write; nil for `_`. For `func f(x: Int)` the label is "x";
    /// for a subscript's `(i: Int)` it is nil, as in Swift.
    public var label: String?
    /// The name used inside the body (`_` is nil).
    public var name: String?
    public var type: TypeRef
    public var isInout: Bool
    public var isVariadic: Bool
    /// `@escaping`, `@autoclosure`.
    public var attributes: [String]
    public var defaultValue: Expr?
    public var span: SourceSpan
    public init(label: String?, name: String?, type: TypeRef, isInout: Bool = false, isVariadic: Bool = false,
                attributes: [String] = [], defaultValue: Expr? = nil, span: SourceSpan) {
        self.label = label; self.name = name; self.type = type; self.isInout = isInout; self.isVariadic = isVariadic
        self.attributes = attributes; self.defaultValue = defaultValue; self.span = span
    }
}

/// `T`, `T: Comparable`, `T: A & B`.
public struct GenericParameter: Sendable {
    public var name: String
    public var constraint: TypeRef?
    public var span: SourceSpan
    public init(name: String, constraint: TypeRef?, span: SourceSpan) { self.name = name; self.constraint = constraint; self.span = span }
}

/// One requirement of a `where` clause.
public enum Requirement: Sendable {
    /// `T: Equatable`, `Element: Numeric`
    case conformance(TypeRef, TypeRef)
    /// `Element == Double`, `T.Element == U.Element`
    case sameType(TypeRef, TypeRef)
}

public enum NominalKind: String, Sendable { case `struct`, `class`, `enum` }

/// `struct Name<T>: Protocols where … { members }`, and the same for classes (the first
/// inherited type may be a superclass) and enums (the first may be a raw type).
public struct NominalDecl: Sendable {
    public var kind: NominalKind
    public var name: String
    public var genericParameters: [GenericParameter]
    public var inheritance: [TypeRef]
    public var whereClause: [Requirement]
    public var members: [Decl]
    public init(kind: NominalKind, name: String, genericParameters: [GenericParameter] = [], inheritance: [TypeRef],
                whereClause: [Requirement] = [], members: [Decl]) {
        self.kind = kind; self.name = name; self.genericParameters = genericParameters; self.inheritance = inheritance
        self.whereClause = whereClause; self.members = members
    }
}

public struct ProtocolDecl: Sendable {
    public var name: String
    /// Inherited protocols, and `AnyObject` for class-only protocols.
    public var inheritance: [TypeRef]
    public var whereClause: [Requirement]
    /// Requirements: functions and initializers without bodies, `var x: T { get set }`,
    /// `associatedtype`, subscripts.
    public var members: [Decl]
    public init(name: String, inheritance: [TypeRef], whereClause: [Requirement] = [], members: [Decl]) {
        self.name = name; self.inheritance = inheritance; self.whereClause = whereClause; self.members = members
    }
}

/// `extension Type: Protocols where … { members }`.
public struct ExtensionDecl: Sendable {
    public var extendedType: TypeRef
    public var inheritance: [TypeRef]
    public var whereClause: [Requirement]
    public var members: [Decl]
    public init(extendedType: TypeRef, inheritance: [TypeRef], whereClause: [Requirement] = [], members: [Decl]) {
        self.extendedType = extendedType; self.inheritance = inheritance; self.whereClause = whereClause; self.members = members
    }
}

/// `case circle(radius: Double)`, `case north = "N"`, `indirect case node(Tree, Tree)`.
public struct EnumElement: Sendable {
    public var name: String
    /// nil without a payload; labels may be nil (`case pair(Int, Int)`).
    public var associatedValues: [EnumPayloadElement]?
    public var rawValue: Expr?
    public var isIndirect: Bool
    public var span: SourceSpan
    public init(name: String, associatedValues: [EnumPayloadElement]?, rawValue: Expr?, isIndirect: Bool = false, span: SourceSpan) {
        self.name = name; self.associatedValues = associatedValues; self.rawValue = rawValue; self.isIndirect = isIndirect; self.span = span
    }
}

public struct EnumPayloadElement: Sendable {
    public var label: String?
    public var type: TypeRef
    public var defaultValue: Expr?
    public init(label: String?, type: TypeRef, defaultValue: Expr? = nil) { self.label = label; self.type = type; self.defaultValue = defaultValue }
}

// MARK: - A parsed cell

/// The statements of one cell, and the errors the parser recovered from (the parser reports more
/// than one error; a cell with any is not run).
public struct ParsedCell: Sendable {
    public var statements: [Stmt]
    public var errors: [SyntaxError]
    public init(statements: [Stmt], errors: [SyntaxError]) { self.statements = statements; self.errors = errors }
}
