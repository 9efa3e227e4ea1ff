import CellLanguage
import Foundation

/// Runs cells: each cell's AST is compiled once into a tree of Swift closures with local variables
/// resolved to frame slots (DESIGN.md, "Speed"), then the closures run.
///
/// Statements are compiled here, expressions in Interpreter+Expressions, calls in
/// Interpreter+Calls, assignment targets in Interpreter+LValues, classes in Interpreter+Classes;
/// name resolution lives in CompileContext. Control flow is returned as a `Flow` value rather than
/// thrown. Every error is a `RuntimeError` located at the node that failed.
public final class Interpreter {
    /// The deepest chain of nested calls allowed; deeper recursion is a RuntimeError rather than a
    /// stack overflow. Measured in a DEBUG build (Swift 6.3, x86_64, `stackUsed()` at depths 1 and
    /// 101): one level of a recursive cell function uses about 4.5 KB (`g(n - 1) + 1` in a ternary)
    /// to 6 KB (`let r = f(n - 1) + 1` under an `if`), one level through a closure passed to `map`
    /// about 8 KB. The main thread's 8 MB would survive only ~1 000 levels, so cells run on a thread
    /// with a `stackSize` stack (reserved lazily by the OS), where 10 000 levels need about 80 MB.
    /// As a second guard, a call is refused when the stack in use passes `stackBudget`.
    public static let maxCallDepth = 10_000
    /// The stack size of the thread cells run on (see `Session.run`).
    public static let stackSize = 256 << 20
    /// Stack bytes a cell may use before calls are refused (leaves 32 MB for builtins and host code).
    static let stackBudget = stackSize - (32 << 20)

    let globals = GlobalScope()
    public internal(set) var registry: BuiltinRegistry
    public let random: SeededRandom
    let baseDirectory: URL
    var output: [CellOutput] = []
    /// Incremented by each `Session.run`; a global `let` may be redeclared in a later run only.
    var runIndex = 0
    var callDepth = 0
    /// The stack address at the start of the current cell (see `stackUsed`).
    var stackBase: UInt = 0
    /// The running cell's deadline in `DispatchTime` uptime nanoseconds; 0 when it has no timeout
    /// (see Deadline.swift).
    var deadline: UInt64 = .max
    var timeoutSeconds: Double = 0
    var deadlineTicks: UInt32 = 0

    init(baseDirectory: URL, seed: UInt64, registry: BuiltinRegistry) {
        self.baseDirectory = baseDirectory
        self.random = SeededRandom(seed: seed)
        self.registry = registry
    }

    /// Bytes of stack used since the cell started (the stack grows down on every supported platform).
    @inline(never)
    func stackUsed() -> Int {
        var marker = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return stackBase > here ? Int(stackBase - here) : 0
    }

    func resolvePath(_ relative: String) -> URL {
        if relative.hasPrefix("/") { return URL(fileURLWithPath: relative).standardizedFileURL }
        return baseDirectory.appendingPathComponent(relative).standardizedFileURL
    }

    /// How a statement finished.
    enum Flow {
        case normal
        case breakLoop
        case continueLoop
        case returned(Value)
    }

    /// Compiles a block in a new scope.
    func compileBlock(_ statements: [Stmt], _ ctx: CompileContext) throws -> StmtCode {
        ctx.pushScope()
        defer { ctx.popScope() }
        return try compileStatements(statements, ctx)
    }

    /// Compiles statements in the current scope; local functions are declared ahead so they can
    /// call each other, and get fresh boxes each time the block is entered.
    func compileStatements(_ statements: [Stmt], _ ctx: CompileContext) throws -> StmtCode {
        var hoisted: [Int] = []
        if !ctx.declaresGlobals {
            for s in statements {
                if case let .function(d) = s.kind { hoisted.append(try ctx.hoist(d.name, span: s.span)) }
            }
        }
        let codes = try statements.map { try compileStatement($0, ctx) }
        if hoisted.isEmpty && codes.count == 1 { return codes[0] }
        return { frame in
            for h in hoisted { frame.slots[h] = Binding(value: .none, isConstant: true, type: nil, runIndex: 0) }
            for code in codes {
                let flow = try code(frame)
                if case .normal = flow { continue }
                return flow
            }
            return .normal
        }
    }

    func compileStatement(_ stmt: Stmt, _ ctx: CompileContext) throws -> StmtCode {
        let span = stmt.span
        switch stmt.kind {
        case let .expression(e):
            let code = try compileExpr(e, ctx)
            return { frame in _ = try code(frame); return .normal }
        case let .variable(decl):
            return try compileVariable(decl, ctx, span: span)
        case let .assignment(target, op, valueExpr):
            return try compileAssignment(target, op, valueExpr, ctx, span: span)
        case let .function(decl):
            return try compileFunctionDeclaration(decl, ctx, span: span)
        case let .class(decl):
            return try compileClass(decl, ctx, span: span)
        case let .if(conditions, thenBody, elseBody):
            ctx.pushScope()
            let condition = try compileConditions(conditions, ctx)
            let thenCode = try compileBlock(thenBody, ctx)
            ctx.popScope()
            let elseCode = try elseBody.map { try compileBlock($0, ctx) }
            return { frame in
                if try condition(frame) { return try thenCode(frame) }
                return try elseCode?(frame) ?? .normal
            }
        case let .guard(conditions, elseBody):
            let elseCode = try compileBlock(elseBody, ctx)
            let condition = try compileConditions(conditions, ctx)
            return { frame in
                if try condition(frame) { return .normal }
                let flow = try elseCode(frame)
                if case .normal = flow {
                    throw RuntimeError("'guard' body must not fall through; end it with return, break or continue", at: span)
                }
                return flow
            }
        case let .forIn(pattern, sequenceExpr, body):
            return try compileFor(pattern, sequenceExpr, body, ctx)
        case let .while(condition, body):
            let test = try compileCondition(condition, ctx)
            let bodyCode = try compileBlock(body, ctx)
            return { frame in
                while try test(frame) {
                    try self.checkDeadline(at: span)
                    let flow = try bodyCode(frame)
                    switch flow {
                    case .normal, .continueLoop: continue
                    case .breakLoop: return .normal
                    case .returned: return flow
                    }
                }
                return .normal
            }
        case let .return(e):
            guard ctx.kind != nil else {
                throw RuntimeError("'return' is only allowed inside a function", at: span)
            }
            guard let e else { return { _ in .returned(.void) } }
            let code = try compileExpr(e, ctx)
            return { frame in .returned(try code(frame)) }
        case .break:
            return { _ in .breakLoop }
        case .continue:
            return { _ in .continueLoop }
        }
    }

    // MARK: Declarations

    private func compileVariable(_ decl: VariableDecl, _ ctx: CompileContext, span: SourceSpan) throws -> StmtCode {
        // The initializer is compiled before the names exist: `let x = x + 1` reads the outer x.
        let initializer = try decl.initializer.map { try compileExpr($0, ctx) }
        let binder = try compileBinder(decl.pattern, isConstant: decl.isConstant, type: decl.type, ctx, span: span)
        let type = decl.type
        let valueSpan = decl.initializer?.span ?? span
        return { frame in
            var value: Value = .none
            if let initializer {
                value = try initializer(frame)
                if value.isVoid {
                    throw RuntimeError("cannot store '()' (the result of a function without a return value) in a variable", at: valueSpan)
                }
            }
            // `var x: Int` without a value stays unset (nil) until assigned.
            if let type, initializer != nil { value = try self.convert(value, to: type, what: "specified type", span: valueSpan) }
            try binder(frame, value)
            return .normal
        }
    }

    /// Declares a pattern's names (globals at a cell's top level, slots elsewhere) and returns the
    /// code that binds them.
    func compileBinder(_ pattern: Pattern, isConstant: Bool, type: TypeRef?, _ ctx: CompileContext, span: SourceSpan) throws -> Binder {
        switch pattern {
        case let .name(name):
            if ctx.declaresGlobals {
                return { _, value in try self.declareGlobal(name, value, isConstant: isConstant, type: type, span: span) }
            }
            let slot = try ctx.declareLocal(name, span: span)
            return { frame, value in
                frame.slots[slot] = Binding(value: value, isConstant: isConstant, type: type, runIndex: 0)
            }
        case .wildcard:
            return { _, _ in }
        case let .tuple(patterns):
            var elementTypes: [TypeRef?] = Array(repeating: nil, count: patterns.count)
            if case let .tuple(ts)? = type, ts.count == patterns.count { elementTypes = ts }
            let binders = try zip(patterns, elementTypes).map {
                try compileBinder($0, isConstant: isConstant, type: $1, ctx, span: span)
            }
            return { frame, value in
                guard case let .tuple(values, _) = value, values.count == binders.count else {
                    throw RuntimeError("cannot destructure a value of type \(value.typeName) into a tuple of \(binders.count) elements", at: span)
                }
                for (b, v) in zip(binders, values) { try b(frame, v) }
            }
        }
    }

    /// Defines a session global. Redeclaring in the same cell is an error; a later cell may
    /// redefine a name (notebooks are re-run top to bottom).
    func declareGlobal(_ name: String, _ value: Value, isConstant: Bool, type: TypeRef?, span: SourceSpan) throws {
        if let existing = globals.lookup(name), existing.runIndex == runIndex {
            throw RuntimeError("invalid redeclaration of '\(name)'", at: span)
        }
        globals.define(name, Binding(value: value, isConstant: isConstant, type: type, runIndex: runIndex))
    }

    private func compileFunctionDeclaration(_ decl: FunctionDecl, _ ctx: CompileContext, span: SourceSpan) throws -> StmtCode {
        if ctx.declaresGlobals {
            let compiled = try compileFunction(decl, kind: .function, ctx)
            return { frame in
                try self.declareGlobal(decl.name, .function(self.makeFunction(compiled, frame)), isConstant: true, type: nil, span: span)
                return .normal
            }
        }
        // The name was declared ahead by `compileStatements`; the box exists at block entry.
        guard case let .local(slot) = ctx.resolve(decl.name) else {
            throw RuntimeError("internal: local function '\(decl.name)' was not declared ahead", at: span)
        }
        let compiled = try compileFunction(decl, kind: .function, ctx)
        return { frame in
            frame.slot(slot).value = .function(self.makeFunction(compiled, frame))
            return .normal
        }
    }

    /// Compiles a `func` (or method, or initializer) in a new context nested in `ctx`.
    func compileFunction(_ decl: FunctionDecl, kind: FunctionValue.Kind, _ ctx: CompileContext) throws -> CompiledFunction {
        let compiled = CompiledFunction(name: decl.name, kind: kind, parameters: decl.parameters, closureParameters: [],
                                        returnType: decl.returnType, span: decl.span)
        compiled.runIndex = runIndex
        let inner = CompileContext(parent: ctx, isCellTop: false, inMethod: ctx.inMethod || kind == .method || kind == .initializer, kind: kind)
        inner.pushScope()
        compiled.parameterSlots = try decl.parameters.map { try inner.declareLocal($0.name, span: decl.span) }
        compiled.defaults = try decl.parameters.map { try $0.defaultValue.map { try compileExpr($0, inner) } }
        compiled.body = try compileBody(decl.body, inner, implicitReturn: kind != .initializer)
        compiled.slotCount = inner.slotCount
        compiled.captureSources = inner.captureSources
        return compiled
    }

    /// A body returns the value of `return`, or of its single expression (implicit return).
    func compileBody(_ body: [Stmt], _ inner: CompileContext, implicitReturn: Bool) throws -> BodyCode {
        if implicitReturn, body.count == 1, case let .expression(e) = body[0].kind {
            return try compileExpr(e, inner)
        }
        // Parameters live outside the body's scope, so `guard let x = x` may shadow one.
        let block = try compileBlock(body, inner)
        return { frame in
            if case let .returned(v) = try block(frame) { return v }
            return .void
        }
    }

    /// A function value for compiled code created in `frame`: captured boxes are taken now.
    func makeFunction(_ compiled: CompiledFunction, _ frame: Frame) -> FunctionValue {
        FunctionValue(compiled, captures: captureBoxes(compiled.captureSources, frame),
                      boundSelf: frame.selfInstance, definingClass: frame.function?.definingClass)
    }

    func captureBoxes(_ sources: [CaptureSource], _ frame: Frame) -> [Binding] {
        sources.map { source in
            switch source {
            case let .local(s): return frame.slot(s)
            case let .capture(i): return frame.captures[i]
            }
        }
    }

    // MARK: Conditions and loops

    func compileCondition(_ e: Expr, _ ctx: CompileContext) throws -> (Frame) throws -> Bool {
        let code = try compileExpr(e, ctx)
        let span = e.span
        return { frame in
            let v = try code(frame)
            guard case let .bool(b) = v else {
                throw RuntimeError("expected a Bool condition, got a value of type \(v.typeName)", at: span)
            }
            return b
        }
    }

    /// An `if`/`guard` condition list; `if let` names are declared in the current scope.
    func compileConditions(_ conditions: [Condition], _ ctx: CompileContext) throws -> (Frame) throws -> Bool {
        let tests: [(Frame) throws -> Bool] = try conditions.map { c in
            switch c {
            case let .expression(e):
                return try compileCondition(e, ctx)
            case let .optionalBinding(isConstant, name, valueExpr, span):
                let value = try compileExpr(valueExpr, ctx)
                let binder = try compileBinder(.name(name), isConstant: isConstant, type: nil, ctx, span: span)
                return { frame in
                    let v = try value(frame)
                    if v.isNil { return false }
                    try binder(frame, v)
                    return true
                }
            }
        }
        if tests.count == 1 { return tests[0] }
        return { frame in
            for t in tests where try !t(frame) { return false }
            return true
        }
    }

    private func compileFor(_ pattern: Pattern, _ sequenceExpr: Expr, _ body: [Stmt], _ ctx: CompileContext) throws -> StmtCode {
        let sequence = try compileExpr(sequenceExpr, ctx)
        ctx.pushScope()
        defer { ctx.popScope() }
        let binder = try compileBinder(pattern, isConstant: true, type: nil, ctx, span: sequenceExpr.span)
        let bodyCode = try compileBlock(body, ctx)
        let span = sequenceExpr.span
        return { frame in
            let seq = try sequence(frame)
            func step(_ element: Value) throws -> Flow? {
                try self.checkDeadline(at: span)
                try binder(frame, element)
                let flow = try bodyCode(frame)
                switch flow {
                case .normal, .continueLoop: return nil
                case .breakLoop: return .normal
                case .returned: return flow
                }
            }
            if case let .range(lo, hi, closed) = seq {
                if closed {
                    if lo <= hi { for i in lo...hi { if let f = try step(.int(i)) { return f } } }
                } else {
                    if lo < hi { for i in lo..<hi { if let f = try step(.int(i)) { return f } } }
                }
                return .normal
            }
            guard let elements = Value.sequenceElements(seq) else {
                throw RuntimeError("for-in expects an array, range, dictionary or string, not a value of type \(seq.typeName)", at: span)
            }
            for e in elements { if let f = try step(e) { return f } }
            return .normal
        }
    }
}

extension Value {
    /// The most elements a range may be turned into an array of, or `Array(repeating:count:)` and
    /// `String(repeating:count:)` may make: beyond it a cell gets an error instead of exhausting
    /// memory (100 million Values take gigabytes).
    public static let maxMaterializedCount = 100_000_000

    /// `sequenceElements`, refusing a range of more than `maxMaterializedCount` elements.
    /// - Throws: `BuiltinError` naming the range and the limit.
    public static func checkedSequenceElements(_ v: Value) throws -> [Value]? {
        if case let .range(lo, hi, closed) = v {
            let (span, overflow) = hi.subtractingReportingOverflow(lo)
            if overflow || span >= maxMaterializedCount {
                throw BuiltinError("the range \(lo)\(closed ? "..." : "..<")\(hi) is too large to make into an array (at most \(maxMaterializedCount) elements); loop over it with 'for' instead")
            }
        }
        return sequenceElements(v)
    }

    /// The elements of a value iterated by `for in` and accepted where an array is expected:
    /// arrays, ranges, dictionaries (as `(key:, value:)` tuples) and strings (one-character strings).
    public static func sequenceElements(_ v: Value) -> [Value]? {
        switch v {
        case let .array(a): return a
        case let .range(lo, hi, closed):
            if closed { return lo <= hi ? (lo...hi).map { .int($0) } : [] }
            return lo < hi ? (lo..<hi).map { .int($0) } : []
        case let .dictionary(d):
            return d.entries.map { .tuple([$0.key.value, $0.value], labels: ["key", "value"]) }
        case let .string(s): return s.map { .string(String($0)) }
        default: return nil
        }
    }
}
