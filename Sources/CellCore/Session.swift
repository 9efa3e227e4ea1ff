// A session: one global environment shared by the cells of a notebook (like a Jupyter kernel).
// The whole pipeline of one cell is in `run`: parse → check (every error before anything runs)
// → compile → run on a thread with a large stack.

import CellSyntax

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What running one cell gave.
public struct CellResult {
    /// Printed text, in order.
    public var output: String
    /// The description of the cell's last expression statement, when it has a non-Void value
    /// (shown as the cell's result).
    public var value: String?
    /// Parse and type errors (nothing ran when there are any).
    public var diagnostics: [Diagnostic]
    /// The trap that stopped the cell, if one did.
    public var trap: RuntimeTrap?

    public var succeeded: Bool { diagnostics.isEmpty && trap == nil }
}

public final class Session {
    let env = Environment()
    let runtime = Runtime()
    let compiler: Compiler

    /// A session owns everything it builds (its environment holds the library's declarations, so
    /// a cell's `extension Int` changes only its own session); sessions share no mutable state and
    /// may be created and used on any thread, one thread at a time per session. Parsing and
    /// checking recurse as deep as the source nests, so they run on the large stack too: a
    /// thread's default stack (Swift concurrency's, a test runner's) is not enough for them.
    public init() {
        compiler = Compiler(runtime: runtime, env: env)
        runtime.compile = { [unowned compiler] fn, s in compiler.functionCode(fn, substitution: s) }
        let env = self.env
        Self.runOnLargeStack {
            let checker = Checker(env: env, isLibrary: true)
            _ = checker.checkCell(Library.statements)
            for (_, bodies) in checker.pendingBodies { bodies.forEach { $0() } }
            precondition(checker.diagnostics.isEmpty, "the library does not check: \(checker.diagnostics)")
            Library.initializeConstants(env)
        }
    }

    deinit { env.release() }

    /// Called with printed text as it is produced (instead of collecting it in the result).
    public var onOutput: ((String) -> Void)? {
        get { runtime.onOutput }
        set { runtime.onOutput = newValue }
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
        let parsed = Parser.parse(source)
        if !parsed.errors.isEmpty {
            return (
                [], nil, parsed.errors.map { Diagnostic(message: $0.message, position: $0.span.start) }
            )
        }
        let checker = Checker(env: env)
        let statements = checker.checkCell(parsed.statements)
        let diagnostics = checker.diagnostics.sorted { $0.position < $1.position }
        return (statements, checker, diagnostics)
    }

    /// Runs one cell: parsing, checking, compiling and running all on the large stack.
    public func run(source: String) -> CellResult {
        var result = CellResult(output: "", value: nil, diagnostics: [], trap: nil)
        Self.runOnLargeStack { result = self.runOnThisThread(source) }
        return result
    }

    private func runOnThisThread(_ source: String) -> CellResult {
        let (statements, checker, diagnostics) = checkCell(source)
        guard let checker, diagnostics.isEmpty else {
            return CellResult(output: "", value: nil, diagnostics: diagnostics, trap: nil)
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
        let code = compiler.block(body)
        let lastCode = last.map { compiler.expr($0).value }
        let lastType = last.map { compiler.concrete($0.type) }
        compiler.currentContext = nil
        let runtime = self.runtime
        runtime.output = ""
        runtime.depth = 0
        var result = CellResult(output: "", value: nil, diagnostics: [], trap: nil)
        let frame = Frame.make(max(context.slotCount, 1))
        do {
            _ = try code(frame)
            if let lastCode, let lastType {
                let v = try lastCode(frame)
                result.value = try runtime.describe(v, lastType)
            }
        } catch let trap as RuntimeTrap {
            result.trap = trap
        } catch let thrown as ThrownError {
            let text = (try? runtime.describe(thrown.value, .existential([]), debug: true)) ?? "error"
            result.trap = RuntimeTrap(
                message: "Fatal error: Error raised at top level: \(text)", position: thrown.position)
        } catch {
            result.trap = RuntimeTrap(message: "\(error)", position: SourcePosition(line: 1, column: 1))
        }
        result.output = runtime.output
        runtime.output = ""
        return result
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
