import CellLanguage

/// Compiled code: each cell is compiled once into a tree of Swift closures over `Frame`s, with
/// every local variable resolved to a slot ahead of time (DESIGN.md, "Speed").
typealias Code = (Frame) throws -> Value
typealias StmtCode = (Frame) throws -> Interpreter.Flow
/// A function body: runs the statements and gives the returned (or implicitly returned) value.
typealias BodyCode = (Frame) throws -> Value
/// Binds a value to a pattern's names at run time.
typealias Binder = (Frame, Value) throws -> Void

/// Where a closure finds a captured variable in the frame that creates it.
enum CaptureSource: Hashable {
    case local(Int)
    case capture(Int)
}

/// What a name refers to, decided at compile time.
enum VariableRef {
    /// A slot of the current frame.
    case local(Int)
    /// A captured box of the running closure.
    case capture(Int)
    /// A session global or builtin, looked up by name when run.
    case global(String)
    /// Inside a method: a field or method of `self`, else a global.
    case selfOrGlobal(String)
}

/// The compile-time view of one function body (or one cell's top level): its block scopes with
/// the slot of each name, and the variables it captures from enclosing functions.
final class CompileContext {
    let parent: CompileContext?
    /// A cell's top level: names declared outside any block are session globals.
    let isCellTop: Bool
    /// Inside a method or initializer (or a closure in one): unresolved names may be `self` members.
    let inMethod: Bool
    let kind: FunctionValue.Kind?
    private(set) var scopes: [[String: Int]] = []
    /// Slots of local functions declared ahead (so they can call each other).
    private var hoisted: Set<Int> = []
    private(set) var slotCount = 0
    private(set) var captureSources: [CaptureSource] = []
    private var captureIndex: [CaptureSource: Int] = [:]
    /// Slots of `$0`, `$1` … in a closure without a parameter list.
    private(set) var anonymousSlots: [Int: Int] = [:]

    init(parent: CompileContext?, isCellTop: Bool, inMethod: Bool, kind: FunctionValue.Kind?) {
        self.parent = parent; self.isCellTop = isCellTop; self.inMethod = inMethod; self.kind = kind
    }

    /// Whether a declaration here defines a session global.
    var declaresGlobals: Bool { isCellTop && scopes.isEmpty }

    func pushScope() { scopes.append([:]) }
    func popScope() { scopes.removeLast() }

    /// A new slot for `name` in the innermost scope; redeclaring in the same scope is an error.
    func declareLocal(_ name: String, span: SourceSpan) throws -> Int {
        if scopes.isEmpty { pushScope() }
        if let existing = scopes[scopes.count - 1][name] {
            if hoisted.contains(existing) { return existing }
            throw RuntimeError("invalid redeclaration of '\(name)'", at: span)
        }
        let slot = slotCount
        slotCount += 1
        scopes[scopes.count - 1][name] = slot
        return slot
    }

    /// Declares a local function's name before the block runs (its box is created at block entry).
    func hoist(_ name: String, span: SourceSpan) throws -> Int {
        let slot = try declareLocal(name, span: span)
        hoisted.insert(slot)
        return slot
    }

    /// The slot of `$index` in this closure, allocated on first use.
    func anonymousSlot(_ index: Int) -> Int {
        if let s = anonymousSlots[index] { return s }
        let s = slotCount
        slotCount += 1
        anonymousSlots[index] = s
        return s
    }

    func resolve(_ name: String) -> VariableRef {
        for scope in scopes.reversed() {
            if let s = scope[name] { return .local(s) }
        }
        if !isCellTop, let parent {
            switch parent.resolve(name) {
            case let .local(s): return .capture(capture(.local(s)))
            case let .capture(i): return .capture(capture(.capture(i)))
            case let .global(n): return inMethod ? .selfOrGlobal(n) : .global(n)
            case let .selfOrGlobal(n): return .selfOrGlobal(n)
            }
        }
        return inMethod ? .selfOrGlobal(name) : .global(name)
    }

    private func capture(_ source: CaptureSource) -> Int {
        if let i = captureIndex[source] { return i }
        let i = captureSources.count
        captureSources.append(source)
        captureIndex[source] = i
        return i
    }

    /// Every local name visible here (for "did you mean" notes).
    var visibleNames: [String] {
        scopes.flatMap(\.keys).filter { !$0.hasPrefix("$") } + (parent?.visibleNames ?? [])
    }
}
