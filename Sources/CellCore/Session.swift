// A session: one global environment shared by the cells of a notebook (like a Jupyter kernel).
// The whole pipeline of one cell is in `run`: parse → check (every error before anything runs)
// → compile → run on a thread with a large stack.

import CellSyntax
import Randomness

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What running one cell gave.
public struct CellResult {
    /// Printed text and rich outputs, in order (kept when the cell later traps).
    public var outputs: [CellOutput]
    /// The cell's last expression statement's value, when it has a non-Void value (shown as the
    /// cell's result, Jupyter's Out[n]).
    public var shown: ShownValue?
    /// Parse and type errors (nothing ran when there are any).
    public var diagnostics: [Diagnostic]
    /// The trap that stopped the cell, if one did.
    public var trap: RuntimeTrap?

    public var succeeded: Bool { diagnostics.isEmpty && trap == nil }

    /// All printed text, in order.
    public var output: String {
        outputs.map { o -> String in
            if case .text(let t) = o { return t }
            return ""
        }.joined()
    }

    /// What `print` would show for the result value.
    public var value: String? { shown?.text }
}

public final class Session {
    let env = Environment()
    let runtime = Runtime()
    let compiler: Compiler

    /// How many cells the session has checked or run (the number of the latest, 1-based); a
    /// trap's `cell` refers to these numbers.
    public private(set) var cellCount = 0

    /// The operators and precedence groups declared so far (the standard ones and those of earlier
    /// cells), so a later cell parses `a <+> b` with the declared precedence.
    var operators = OperatorTable.standard

    /// Names declared by cells that had errors (and so were taken back), for a note when a later
    /// cell uses one.
    var failedDeclarations: Set<String> = []
    /// Names whose declaring cell trapped before giving them a value (and so were taken back).
    var uninitializedDeclarations: Set<String> = []

    /// `x` of "cannot find 'x' in scope" and "cannot find type 'x' in scope".
    static func missingName(in message: String) -> String? {
        for prefix in ["cannot find '", "cannot find type '"] where message.hasPrefix(prefix) && message.hasSuffix("' in scope") {
            return String(message.dropFirst(prefix.count).dropLast("' in scope".count))
        }
        return nil
    }

    /// Per-session state of library modules (a seeded generator, the notebook's folder), by a
    /// key each module chooses.
    public var hostState: [String: AnyObject] = [:]

    /// The session's one random generator: the standard library's random values and every
    /// module's random source draw from it, so a run is reproducible from its seed.
    public let random: RandomGenerator

    /// A session with the standard library and the given library modules (loaded in order: a
    /// module may use the declarations of those before it).
    /// - Parameter seed: seeds `random`.
    ///
    /// A session owns everything it builds (its environment holds the library's declarations, so
    /// a cell's `extension Int` changes only its own session); sessions share no mutable state and
    /// may be created and used on any thread, one thread at a time per session. Parsing and
    /// checking recurse as deep as the source nests, so they run on the large stack too: a
    /// thread's default stack (Swift concurrency's, a test runner's) is not enough for them.
    public init(modules: [LibraryModule] = [], seed: UInt64 = 42) {
        random = RandomGenerator(seed: seed)
        compiler = Compiler(runtime: runtime, env: env)
        runtime.compile = { [unowned compiler] fn, s in compiler.functionCode(fn, substitution: s) }
        runtime.session = self
        Self.runOnLargeStack {
            self.load(Library.statements, name: "the standard library")
            Library.initializeConstants(self.env)
            for m in [Library.randomModule] + modules {
                self.env.hostTypes.formUnion(m.hostTypes)
                self.runtime.hostFunctions.merge(m.functions) { _, new in new }
                let parsed = Parser.parse(m.source)
                precondition(parsed.errors.isEmpty, "\(m.name) does not parse: \(parsed.errors)")
                self.load(parsed.statements, name: m.name)
            }
        }
    }

    deinit { env.release() }

    /// Checks library declarations into the session's library scope.
    func load(_ statements: [Stmt], name: String) {
        let checker = Checker(env: env, isLibrary: true)
        _ = checker.checkCell(statements)
        for (_, bodies) in checker.pendingBodies { bodies.forEach { $0() } }
        precondition(checker.diagnostics.isEmpty, "\(name) does not check: \(checker.diagnostics)")
    }

    /// How `print` shows a value of static type `type` (host code formats values with it).
    public func describe(_ value: Value, as type: SwiftType) -> String {
        (try? runtime.describe(value, type)) ?? "\(value)"
    }

    /// Called with printed text as it is produced (instead of collecting it in the result).
    public var onOutput: ((String) -> Void)? {
        get { runtime.onOutput }
        set { runtime.onOutput = newValue }
    }

    /// Called with each rich output of host code as it is produced (instead of collecting it).
    public var onDisplay: ((Any) -> Void)? {
        get { runtime.onDisplay }
        set { runtime.onDisplay = newValue }
    }

    /// Parses and checks a cell without running it; its declarations join the session.
    public func check(source: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        Self.runOnLargeStack { diagnostics = self.checkCell(source).diagnostics }
        return diagnostics
    }

    func checkCell(_ source: String) -> (
        statements: [TStmt], checker: Checker?, diagnostics: [Diagnostic]
    ) {
        cellCount += 1
        env.currentCell = cellCount
        let parsed = Parser.parse(source, operators: operators)
        if parsed.errors.isEmpty { operators = operators.declaring(parsed.statements) }
        if !parsed.errors.isEmpty {
            return (
                [], nil, parsed.errors.map { Diagnostic(message: $0.message, position: $0.span.start) }
            )
        }
        // A cell with errors runs nothing, so none of its declarations may stay: later cells would
        // see names without values or bodies. (Members it added to existing types by extensions
        // stay; they are never compiled unless called.)
        let savedGlobals = env.globalScope.symbols
        let savedOperators = env.operators
        let checker = Checker(env: env)
        let statements = checker.checkCell(parsed.statements)
        var diagnostics = checker.diagnostics.sorted { $0.position < $1.position }
        for i in diagnostics.indices {
            guard let name = Session.missingName(in: diagnostics[i].message) else { continue }
            if failedDeclarations.contains(name) {
                diagnostics[i].notes.append("'\(name)' is declared in an earlier cell that has errors, so none of that cell ran")
            } else if uninitializedDeclarations.contains(name) {
                diagnostics[i].notes.append("'\(name)' is declared in an earlier cell that stopped before giving it a value")
            }
        }
        if !diagnostics.isEmpty {
            for (name, symbols) in env.globalScope.symbols where savedGlobals[name]?.count != symbols.count {
                failedDeclarations.insert(name)
            }
            env.globalScope.symbols = savedGlobals
            env.operators = savedOperators
        } else {
            failedDeclarations.subtract(env.globalScope.symbols.keys)
            uninitializedDeclarations.subtract(env.globalScope.symbols.keys)
        }
        return (statements, checker, diagnostics)
    }

    /// Runs one cell.
    /// - Parameter timeout: seconds the cell may run (a cell's `timeout:` option); past it the
    ///   cell stops with "cell exceeded its timeout of N s" at the loop or call it had reached.
    ///   Parsing, checking, compiling and running all happen on the large stack.
    public func run(source: String, timeout: Double? = nil) -> CellResult {
        var result = CellResult(outputs: [], shown: nil, diagnostics: [], trap: nil)
        Self.runOnLargeStack { result = self.runOnThisThread(source, timeout: timeout) }
        return result
    }

    private func runOnThisThread(_ source: String, timeout: Double?) -> CellResult {
        let globals = env.globalScope.symbols
        let (statements, checker, diagnostics) = checkCell(source)
        guard let checker, diagnostics.isEmpty else {
            return CellResult(outputs: [], shown: nil, diagnostics: diagnostics, trap: nil)
        }
        // The last expression statement's value is the cell's result.
        var body = statements
        var last: TExpr? = nil
        if case .expression(let e)? = body.last, !e.type.isVoid, !isNeverCall(e) {
            last = e
            body.removeLast()
        }
        let context = checker.function
        compiler.currentContext = context
        compiler.currentCell = cellCount
        let code = compiler.block(body)
        let lastCode = last.map { compiler.expr($0).value }
        let lastType = last.map { compiler.concrete($0.type) }
        compiler.currentContext = nil
        let runtime = self.runtime
        runtime.output = ""
        runtime.outputs = []
        runtime.depth = 0
        runtime.startDeadline(seconds: timeout)
        defer { runtime.startDeadline(seconds: nil) }
        var result = CellResult(outputs: [], shown: nil, diagnostics: [], trap: nil)
        let current = cellCount
        do {
            let frame = runtime.frames.push(max(context.slotCount, 1))
            defer { runtime.frames.pop(frame) }
            do {
                _ = try code(frame)
                if let lastCode, let lastType {
                    let v = try lastCode(frame)
                    result.shown = ShownValue(value: v, type: lastType, text: try runtime.describe(v, lastType))
                }
            } catch var trap as RuntimeTrap {
                if trap.cell == current { trap.cell = nil }
                result.trap = trap
            } catch let thrown as ThrownError {
                let text = (try? runtime.describe(thrown.value, .existential([]), debug: true)) ?? "error"
                result.trap = RuntimeTrap(
                    message: "Fatal error: Error raised at top level: \(text)", position: thrown.position)
            } catch {
                result.trap = RuntimeTrap(message: "\(error)", position: SourcePosition(line: 1, column: 1))
            }
        }
        runtime.flushText()
        result.outputs = runtime.outputs
        runtime.outputs = []
        if result.trap != nil { forgetUninitializedGlobals(since: globals) }
        return result
    }

    /// After a trap: the cell's globals that the trap left without a value (declared after the
    /// statement that trapped) leave the session, and an earlier cell's declaration of the name
    /// comes back, so a later cell gets "cannot find" instead of reading a value that is not
    /// there. (An optional global reads as nil, which is a value: it stays.)
    func forgetUninitializedGlobals(since before: [String: [Symbol]]) {
        for (name, symbols) in env.globalScope.symbols {
            let old = before[name] ?? []
            let kept = symbols.filter { s in
                guard case .variable(let v) = s, case .global(let box) = v.storage, v.type.optionalWrapped == nil,
                    case .null = box.value
                else { return true }
                return old.contains { o in if case .variable(let ov) = o { return ov === v } else { return false } }
            }
            if kept.count != symbols.count {
                env.globalScope.symbols[name] = kept.isEmpty ? (old.isEmpty ? nil : old) : kept
                if kept.isEmpty && old.isEmpty { uninitializedDeclarations.insert(name) }
            }
        }
    }

    func isNeverCall(_ e: TExpr) -> Bool {
        if case .call(let f, _, _, _) = e.kind { return f.result.symbol?.name == "Never" }
        return false
    }

    /// Runs `body` on a thread with `Runtime.stackSize` bytes of stack and waits for it.
    static func runOnLargeStack(_ body: @escaping () -> Void) {
        final class Work {
            let body: () -> Void
            init(_ b: @escaping () -> Void) { body = b }
        }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        pthread_attr_setstacksize(&attributes, Runtime.stackSize)
        let work = Unmanaged.passRetained(Work(body)).toOpaque()
        #if canImport(Glibc)
        var thread = pthread_t()
        #else
        var thread: pthread_t? = nil
        #endif
        let started = pthread_create(
            &thread, &attributes,
            { raw in
                let w = Unmanaged<Work>.fromOpaque(raw!).takeRetainedValue()
                w.body()
                return nil
            }, work)
        pthread_attr_destroy(&attributes)
        if started != 0 {
            Unmanaged<Work>.fromOpaque(work).takeRetainedValue().body()
            return
        }
        #if canImport(Glibc)
        pthread_join(thread, nil)
        #else
        pthread_join(thread!, nil)
        #endif
    }
}
