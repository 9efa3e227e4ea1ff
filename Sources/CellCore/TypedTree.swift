// The typed tree: what the checker hands the compiler. Every expression has its static type and
// every name is resolved to its declaration; the conversions Swift makes implicitly (value to
// optional, to an existential) are explicit nodes, so the compiler never guesses.

import CellSyntax

/// A typed expression. `span` is where a runtime trap in this expression is reported (the
/// operator of `a / b`, the `[` of a subscript, the `!` of a force unwrap).
final class TExpr {
    var kind: TExprKind
    var type: SwiftType
    let span: SourceSpan
    init(_ kind: TExprKind, _ type: SwiftType, _ span: SourceSpan) {
        self.kind = kind
        self.type = type
        self.span = span
    }
}

indirect enum TExprKind {
    /// Number literals keep their text until the compiler knows their type.
    case integerLiteral(String, negative: Bool)
    case floatLiteral(String, negative: Bool)
    case stringLiteral(String)
    case booleanLiteral(Bool)
    /// `nil` at an optional type.
    case nilLiteral
    /// `"a\(b)c"`: literal pieces and values to describe.
    case interpolation([InterpolationPart])
    /// A variable's value (local slot in the current frame, global box, …).
    case variable(VarSymbol, slot: Int)
    /// `self` inside a method or initializer.
    case selfValue(slot: Int)
    /// A function used as a value (`reduce(0, +)`, `map(area)`), or `Type.staticMethod`.
    case functionReference(FuncSymbol, substitutions: Substitution)
    /// A method used as a value (`xs.map(counter.scaled)`): a closure over the base.
    case methodReference(FuncSymbol, base: TExpr, substitutions: Substitution)
    /// A statically resolved call; `base` is `self` for methods (an lvalue for mutating ones).
    case call(FuncSymbol, base: TExpr?, arguments: [TExpr], substitutions: Substitution)
    /// A call through a function value (a closure, a parameter of function type).
    case callValue(TExpr, arguments: [TExpr])
    /// `super.method(…)` / `super.init(…)`: the superclass's implementation, called directly.
    case superCall(FuncSymbol, base: TExpr, arguments: [TExpr])
    /// A class method called through the vtable.
    case virtualCall(FuncSymbol, base: TExpr, arguments: [TExpr])
    /// An operator whose operands were literals nothing had typed yet (`7 / 2` in `7 / 2 * 2.0`):
    /// the candidate whose parameter types are the operands' resolved type is chosen when the
    /// statement's literals are settled.
    case deferredOperator([FuncSymbol], [TExpr])
    /// A stored, computed or host property of `base` (nil base: a static property).
    case property(TExpr?, VarSymbol)
    case tupleElement(TExpr, Int)
    case tuple([TExpr])
    case array([TExpr])
    case dictionary([(TExpr, TExpr)])
    /// An array literal where a `Set` is expected.
    case setLiteral(TExpr)
    case closure(ClosureInfo)
    /// `target = value` (the target is an lvalue expression).
    case assign(TExpr, TExpr)
    /// `target op= value`: the operator function and both operands.
    case compoundAssign(FuncSymbol, TExpr, TExpr)
    /// `_ = value`
    case discardValue(TExpr)
    /// A value made optional (`let x: Int? = 3`).
    case injectIntoOptional(TExpr)
    /// A value made existential (`Any`, `any P`).
    case toExistential(TExpr)
    /// A class instance viewed as its superclass: no change at run time.
    case upcast(TExpr)
    case forceUnwrap(TExpr)
    /// `a?` inside an optional chain; `optionalEvaluation` is the chain's boundary.
    case bindOptional(TExpr, depth: Int)
    case optionalEvaluation(TExpr, depth: Int)
    case nilCoalescing(TExpr, TExpr)
    case ternary(TExpr, TExpr, TExpr)
    case and(TExpr, TExpr)
    case or(TExpr, TExpr)
    /// `Shape.circle(radius: 2)`, `.north`; an enum case with a payload used as a function is
    /// a `.closure` built by the checker.
    case enumCase(EnumCaseSymbol, payload: [TExpr])
    /// `base[arguments]` through a subscript declaration (library or cell).
    case `subscript`(TExpr, FuncSymbol, arguments: [TExpr])
    /// `&x` passed to an inout parameter.
    case inoutArgument(TExpr)
    /// A struct's memberwise or a class's initializer; `.call` covers declared initializers.
    case memberwiseInit(TypeSymbol, arguments: [TExpr])
    /// `try`, `try?`, `try!`
    case tryExpr(TryKind, TExpr)
    /// `x is T`, `x as? T`, `x as! T` (dynamic casts through existentials and classes).
    case typeCheck(TExpr, SwiftType)
    case conditionalCast(TExpr, SwiftType, forced: Bool)
    /// The `default` argument evaluated at the call site (`f()` for `f(x: Int = 3)`).
    case defaultArgument(TExpr)
    /// A metatype value (`Int.self`, the base of a static call).
    case typeValue(SwiftType)
    /// `if`/`switch` used as an expression.
    case statementExpression([TStmt], resultSlot: Int)
    /// A placeholder after an error (never compiled: the cell does not run).
    case error
}

/// Generic parameters (of a function, of its owner, a protocol's `Self`) and their types at
/// one use, keyed by the parameter's identity.
typealias Substitution = [ObjectIdentifier: SwiftType]

enum InterpolationPart {
    case literal(String)
    case value(TExpr)
}

/// A closure expression or nested function body: its parameters' slots, captured variables and
/// typed body.
final class ClosureInfo {
    let context: FunctionContext
    var body: [TStmt]
    let parameterCount: Int
    /// Slots that receive the elements of a tuple argument (slot 0), when the closure takes it apart.
    var destructured: [Int] = []
    /// Capture-list values (`[x]`): evaluated when the closure is made, into these slots.
    var copies: [(slot: Int, value: TExpr)] = []
    /// A single-expression body compiles straight to its expression.
    var singleExpression: TExpr?
    init(context: FunctionContext, body: [TStmt], parameterCount: Int) {
        self.context = context
        self.body = body
        self.parameterCount = parameterCount
    }
}

/// A typed pattern (switch cases, `if case`, `for case`, tuple destructuring).
indirect enum TPattern {
    case wildcard
    /// Binds the matched value to a local or global.
    case bind(VarSymbol, slot: Int)
    case tuple([TPattern])
    /// An enum case with sub-patterns for its payload (nil: any payload).
    case enumCase(EnumCaseSymbol, [TPattern]?)
    /// `.some(p)` / `p?` against an optional: matches non-nil values, `p` against the wrapped one.
    case some(TPattern, depth: Int)
    /// `nil` against an optional.
    case none
    /// A dynamic type test (`catch let e as MyError`, `case let c as Circle`): matches values whose
    /// dynamic type is the type, then the sub-pattern against the value cast to it.
    case typeTest(SwiftType, TPattern)
    /// An expression compared with the subject by `==` or range containment (`~=`): the typed
    /// tree holds the call that decides, with the subject read from `subjectSlot`.
    case expression(TExpr, subjectSlot: Int)
}

enum TCondition {
    case boolean(TExpr)
    /// `let x = optional` (the pattern binds the unwrapped value).
    case optionalBinding(TPattern, TExpr, depth: Int)
    case matching(TPattern, TExpr)
}

struct TSwitchCase {
    var patterns: [(TPattern, TExpr?)]
    var body: [TStmt]
    var isDefault: Bool
}

struct TCatch {
    var pattern: TPattern?
    var whereClause: TExpr?
    var body: [TStmt]
    /// The local bound to the error (`error` for a bare catch).
    var errorVariable: VarSymbol?
    var errorSlot: Int
}

indirect enum TStmt {
    case expression(TExpr)
    /// Initializes a variable's storage (locals: the slot; globals: a fresh box).
    case declare(VarSymbol, slot: Int, TExpr?)
    /// `let (a, b) = pair`
    case destructure(TPattern, TExpr)
    case `if`([TCondition], then: [TStmt], else: [TStmt]?)
    case `guard`([TCondition], else: [TStmt])
    case `while`(id: Int, [TCondition], [TStmt])
    case `repeat`(id: Int, [TStmt], TExpr)
    /// `for pattern in sequence where …`; the element is bound by `pattern`.
    case forIn(id: Int, TPattern, TExpr, where: TExpr?, [TStmt])
    case `switch`(id: Int, TExpr, subjectSlot: Int, [TSwitchCase])
    case `return`(TExpr?)
    case `break`(id: Int)
    case `continue`(id: Int)
    case `fallthrough`
    case `throw`(TExpr)
    case `do`(id: Int, [TStmt], [TCatch])
    case `defer`([TStmt])
    /// A nested function declaration: creates its closure (with captures) in its slot.
    case function(FuncSymbol, slot: Int)
    case block([TStmt])
}
