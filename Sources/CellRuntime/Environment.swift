import CellLanguage

/// One variable: a box, so closures that captured it see later assignments.
final class Binding {
    var value: Value
    let isConstant: Bool
    let type: TypeRef?
    /// The `Session.run` call that declared it (to allow redefinition in a later cell only).
    let runIndex: Int
    init(value: Value, isConstant: Bool, type: TypeRef?, runIndex: Int) {
        self.value = value; self.isConstant = isConstant; self.type = type; self.runIndex = runIndex
    }
}

/// The session's global names, shared by every cell. Looked up by name at run time (a later cell
/// may redefine a name that an earlier function uses); `version` lets call sites cache lookups.
final class GlobalScope {
    private(set) var bindings: [String: Binding] = [:]
    private(set) var version = 0

    func lookup(_ name: String) -> Binding? { bindings[name] }

    func define(_ name: String, _ binding: Binding) {
        bindings[name] = binding
        version &+= 1
    }
}

/// The storage of one function call, or of one cell's top-level blocks: a slot per local variable,
/// resolved when the cell was compiled, plus the captured variables of the running closure.
final class Frame {
    var slots: [Binding?]
    let captures: [Binding]
    let selfInstance: Instance?
    let function: FunctionValue?

    init(slotCount: Int, captures: [Binding], selfInstance: Instance?, function: FunctionValue?) {
        self.slots = Array(repeating: nil, count: slotCount)
        self.captures = captures; self.selfInstance = selfInstance; self.function = function
    }

    /// The box in a slot; a placeholder when the declaration has not run (cannot happen for code
    /// the compiler resolved, but never traps).
    @inline(__always)
    func slot(_ i: Int) -> Binding {
        if let b = slots[i] { return b }
        let b = Binding(value: .none, isConstant: false, type: nil, runIndex: 0)
        slots[i] = b
        return b
    }
}
