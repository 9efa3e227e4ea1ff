// The type checker: turns a cell's AST into the typed tree, reporting every error of the cell in
// swiftc's words at swiftc's positions (docs/interpreter.md, "Types").
//
// One checker per cell, over the session's `Environment` (library and earlier cells). The typing
// rules live one family per file: declarations, statements, expressions, calls (overloads),
// conversions (unification, literals), patterns.

import CellSyntax

/// One error found before running, at a position of the cell.
public struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var position: SourcePosition
    /// What else the reader should know ("'x' is declared in an earlier cell that did not compile").
    public var notes: [String] = []
    public init(message: String, position: SourcePosition, notes: [String] = []) {
        self.message = message
        self.position = position
        self.notes = notes
    }
    /// `line:column: error: message`
    public var description: String { "\(position): error: \(message)" }
}

/// Names visible in one block, function or type body.
final class Scope {
    let parent: Scope?
    var symbols: [String: [Symbol]] = [:]
    init(parent: Scope?) { self.parent = parent }

    func add(_ name: String, _ symbol: Symbol) { symbols[name, default: []].append(symbol) }

    /// The innermost declarations of `name` (functions of one scope are overloads of each other).
    func lookup(_ name: String) -> [Symbol]? {
        var s: Scope? = self
        while let scope = s {
            if let found = scope.symbols[name], !found.isEmpty { return found }
            s = scope.parent
        }
        return nil
    }
}

/// What the session keeps between cells: the library's and the cells' declarations.
final class Environment {
    let libraryScope = Scope(parent: nil)
    let globalScope: Scope
    /// Every operator function (global or static member of a type), by operator.
    var operators: [String: [FuncSymbol]] = [:]
    /// The library's named types the checker needs directly.
    var known: [String: TypeSymbol] = [:]
    /// The library modules' host types (their values are `Value.host`).
    var hostTypes: Set<String> = []
    /// The number of the cell being checked (1, 2, … in the session; 0 for the library): a
    /// function remembers the cell it was declared in, so its errors are located there.
    var currentCell = 0
    var nextLoopId = 1
    init() { globalScope = Scope(parent: libraryScope) }

    func type(_ name: String) -> TypeSymbol { known[name]! }
    var int: SwiftType { .nominal(type("Int"), []) }
    var double: SwiftType { .nominal(type("Double"), []) }
    var float: SwiftType { .nominal(type("Float"), []) }
    var bool: SwiftType { .nominal(type("Bool"), []) }
    var string: SwiftType { .nominal(type("String"), []) }
    var character: SwiftType { .nominal(type("Character"), []) }
    func array(_ e: SwiftType) -> SwiftType { .nominal(type("Array"), [e]) }
    func dictionary(_ k: SwiftType, _ v: SwiftType) -> SwiftType {
        .nominal(type("Dictionary"), [k, v])
    }
    func optional(_ w: SwiftType) -> SwiftType { .nominal(type("Optional"), [w]) }
    static var any: SwiftType { .existential([]) }

    /// Breaks the reference cycles among the session's declarations (a function's scope leads
    /// back to the scope that holds the function; compiled code holds the functions it calls), so
    /// that a session's library and cells are freed with it. The environment is unusable after.
    func release() {
        var seen = Set<ObjectIdentifier>()
        func function(_ f: FuncSymbol) {
            guard seen.insert(ObjectIdentifier(f)).inserted else { return }
            f.signatureScope = nil
            f.body = nil
            f.context = nil
            f.declaration = nil
            f.specializations = [:]
            f.code.run = { _ in .void }
            for i in f.parameters.indices { f.parameters[i].defaultValue = nil }
        }
        func type(_ t: TypeSymbol) {
            guard seen.insert(ObjectIdentifier(t)).inserted else { return }
            for symbols in t.members.values { symbols.forEach(symbol) }
            t.initializers.forEach(function)
            t.storedProperties.forEach(variable)
            t.members = [:]
            t.initializers = []
            t.storedProperties = []
            for c in t.cases { c.constructor.map(function) }
            t.cases = []
            t.superclass = nil
            t.conformances = []
        }
        func variable(_ v: VarSymbol) {
            guard seen.insert(ObjectIdentifier(v)).inserted else { return }
            v.initialValue = nil
            if case .global(let box) = v.storage { box.value = .void }
            if case .computed(let getter, let setter) = v.storage {
                function(getter)
                setter.map(function)
            }
            v.storage = .field(0)
        }
        func symbol(_ s: Symbol) {
            switch s {
            case .type(let t): type(t)
            case .function(let f): function(f)
            case .variable(let v): variable(v)
            case .enumCase(let c): c.constructor.map(function)
            case .typeAlias: break
            }
        }
        for scope in [globalScope, libraryScope] {
            for symbols in scope.symbols.values { symbols.forEach(symbol) }
            scope.symbols = [:]
        }
        operators.values.forEach { $0.forEach(function) }
        operators = [:]
        known = [:]
    }
}

final class Checker {
    let env: Environment
    var diagnostics: [Diagnostic] = []
    /// > 0 while trying an overload: diagnostics are dropped.
    var trialDepth = 0
    var trialFailed = false
    var scope: Scope
    var function: FunctionContext
    /// The type whose members are being checked (for implicit `self` and `Self`).
    var typeContext: TypeSymbol?
    /// Type variables bound since the last `mark()`, for undoing a failed trial.
    var trail: [TypeVariable] = []
    /// Literal variables of the current statement, defaulted when it ends.
    var pendingLiterals: [TypeVariable] = []
    /// The generic parameters opened for the calls of the statements being checked: each must be
    /// solved when the statement that made it ends (`let xs = column.tolist()` is an error, as in
    /// swiftc). `depth` is the statement nesting (a closure's statements are deeper).
    var pendingGenerics: [(variable: TypeVariable, name: String, position: SourcePosition, depth: Int)] = []
    /// How many statements enclose the one being checked (closure and function bodies nest).
    var statementDepth = 0
    var nextVariable = 0
    /// Loops and switches we are inside, innermost last: (label, id, isLoop).
    var breakTargets: [(label: String?, id: Int, isLoop: Bool)] = []
    /// Member bodies to check when the statement that declared them is reached, by the
    /// declaration's position (the type or extension statement).
    var pendingBodies: [SourcePosition: [() -> Void]] = [:]
    var bodyOwnerKey = SourcePosition(line: 0, column: 0)
    /// Static stored properties with initial values, run where their type is declared.
    var staticInitializers: [(VarSymbol, Expr)] = []
    /// The symbols made for a cell's top-level functions in the first pass, by position.
    var functionSymbols: [SourcePosition: FuncSymbol] = [:]
    /// The ids of switch statements (an unlabeled `break` leaves the innermost loop or switch).
    var switchIds: Set<Int> = []
    /// How many optional chains (`a?.b`) enclose the expression being checked.
    var optionalChainDepth = 0
    /// Whether the code being checked is in a library declaration.
    let isLibrary: Bool

    init(env: Environment, isLibrary: Bool = false) {
        self.env = env
        self.isLibrary = isLibrary
        scope = isLibrary ? env.libraryScope : env.globalScope
        function = FunctionContext(parent: nil, resultType: .void, throwing: false, isTopLevel: true)
    }

    // MARK: Diagnostics

    func error(_ message: String, at position: SourcePosition) {
        if trialDepth > 0 {
            trialFailed = true
            return
        }
        diagnostics.append(Diagnostic(message: message, position: position))
    }

    func error(_ message: String, at span: SourceSpan) { error(message, at: span.start) }

    /// Runs `body` as a trial: no diagnostics, and every variable binding undone afterwards.
    /// Returns the body's result and whether it reported no error.
    func trial<T>(_ body: () -> T) -> (T, Bool) {
        let mark = trail.count
        let savedFailed = trialFailed
        let savedPending = pendingLiterals.count
        trialFailed = false
        trialDepth += 1
        let result = body()
        trialDepth -= 1
        let ok = !trialFailed
        trialFailed = savedFailed
        undo(to: mark)
        pendingLiterals.removeSubrange(savedPending...)
        return (result, ok)
    }

    // MARK: Type variables

    func newVariable(literal: LiteralKind? = nil) -> SwiftType {
        nextVariable += 1
        let v = TypeVariable(id: nextVariable, literal: literal)
        if literal != nil { pendingLiterals.append(v) }
        return .variable(v)
    }

    func bind(_ v: TypeVariable, _ t: SwiftType) {
        v.binding = t
        trail.append(v)
    }

    func undo(to mark: Int) {
        while trail.count > mark {
            trail.removeLast().binding = nil
        }
    }

    /// Gives every literal nothing constrained its default type (Int, Double, String, Bool):
    /// called when an expression statement, initializer or condition has been checked.
    func settleLiterals() {
        for v in pendingLiterals where v.binding == nil {
            if let kind = v.literal { v.binding = defaultType(of: kind) }
        }
        pendingLiterals.removeAll()
        trail.removeAll()
    }

    /// Reports the generic parameters of the calls made in the statement now ending (at depth
    /// `statementDepth` or deeper) that nothing solved, as swiftc does, at the callee's name.
    func reportUnsolvedGenerics() {
        var kept: [(variable: TypeVariable, name: String, position: SourcePosition, depth: Int)] = []
        var reported: Set<SourcePosition> = []
        for g in pendingGenerics {
            guard g.depth >= statementDepth else {
                kept.append(g)
                continue
            }
            if case .variable(let v) = SwiftType.variable(g.variable).resolved, v.literal == nil,
                reported.insert(g.position).inserted
            {
                error("generic parameter '\(g.name)' could not be inferred", at: g.position)
            }
        }
        pendingGenerics = kept
    }

    func defaultType(of kind: LiteralKind) -> SwiftType {
        switch kind {
        case .integer: return env.int
        case .float: return env.double
        case .string: return env.string
        case .boolean: return env.bool
        }
    }

    // MARK: Scopes

    func withScope<T>(_ body: () -> T) -> T {
        let saved = scope
        scope = Scope(parent: saved)
        defer { scope = saved }
        return body()
    }

    /// Names the cell has declared at its top level so far: the first declaration of a name in a
    /// cell replaces an earlier cell's (notebooks are re-run top to bottom); later ones in the
    /// same cell are overloads.
    var declaredInCell: Set<String> = []

    func declareGlobal(_ name: String, _ symbol: Symbol) {
        if declaredInCell.insert(name).inserted { scope.symbols[name] = [] }
        scope.add(name, symbol)
    }

    /// Declares a variable in the current scope: a global box at a cell's top level, a slot of
    /// the current frame otherwise.
    func declareVariable(_ name: String, type: SwiftType, isLet: Bool) -> (VarSymbol, Int) {
        if function.isTopLevel && scope === env.globalScope {
            let v = VarSymbol(name: name, type: type, isLet: isLet, storage: .global(Box(.none)))
            declareGlobal(name, .variable(v))
            return (v, -1)
        }
        let slot = function.newSlot()
        let v = VarSymbol(name: name, type: type, isLet: isLet, storage: .local(slot: slot))
        v.context = function
        scope.add(name, .variable(v))
        return (v, slot)
    }
}
