// What running code needs besides its frames: the printed output, the call depth (a runaway
// recursion is an error, not a crash), and calling function values.

import CellSyntax

/// The control signal of a statement: go on, leave a loop or switch (by id), return, fall
/// through to the next switch case.
enum Flow: Equatable {
    case normal
    case breakTo(Int)
    case continueTo(Int)
    case returned
    case fallthroughCase
}

/// An expression that leaves an optional chain (`a?.b` with `a` nil): caught by the chain.
struct OptionalChainExit: Error {
    let depth: Int
}

final class Runtime {
    /// The deepest call nesting allowed (cells run on a thread with `stackSize` bytes of stack).
    static let maxCallDepth = 100_000
    static let stackSize = 1 << 30

    /// Printed text not yet moved into `outputs` (consecutive prints are one text output).
    var output = ""
    /// The cell's outputs so far, in order (text is moved here when a rich output follows it).
    var outputs: [CellOutput] = []
    var depth = 0
    /// The slots of the activations running now (Frame.swift).
    let frames = FrameStack()
    /// Called with each piece of printed text, when the session streams output.
    var onOutput: ((String) -> Void)?
    /// Called with each rich output of host code, when the session streams output.
    var onDisplay: ((Any) -> Void)?
    /// The library modules' host implementations by key (Library/Registry.swift).
    var hostFunctions: [String: HostFunction] = [:]
    /// The session this runtime belongs to (host code reaches its state through it).
    weak var session: Session?
    /// Cancellation.swift: checks since the cell started, its deadline (monotonic ns, 0 for none).
    var ticks: UInt32 = 0
    var deadline: UInt64 = 0
    var timeoutSeconds = 0.0
    /// Compiles a function on first use at run time (description getters, existential witnesses).
    var compile: ((FuncSymbol, Substitution) -> FunctionCode)?

    func write(_ text: String) {
        if let onOutput { onOutput(text) } else { output += text }
    }

    func trap(_ message: String, _ span: SourceSpan) -> RuntimeTrap {
        RuntimeTrap(message: message, position: span.start)
    }

    /// Runs a function's code in `frame` (arguments already in their slots).
    @inline(__always) func invoke(_ code: FunctionCode, _ frame: Frame, at span: SourceSpan) throws
        -> Value
    {
        depth += 1
        defer { depth -= 1 }
        try tick(span)
        if depth > Runtime.maxCallDepth {
            throw trap(
                "Fatal error: maximum call depth \(Runtime.maxCallDepth) exceeded (is there a recursion without a base case?)",
                span)
        }
        do {
            return try code.run(frame)
        } catch var trap as RuntimeTrap {
            // On the way out: the code's cell (once), and the outermost call site (each level).
            if trap.cell == nil { trap.cell = code.cell }
            trap.callPosition = span.start
            throw trap
        }
    }

    /// Calls a function value with arguments (from host code such as `map`).
    func call(_ f: Value, _ args: [Value], at span: SourceSpan) throws -> Value {
        guard case .function(let c) = f else {
            preconditionFailure("interpreter bug: calling a non-function")
        }
        let frame = frames.push(max(c.code.slotCount, args.count))
        defer { frames.pop(frame) }
        for (i, a) in args.enumerated() { frame[i] = a }
        for (slot, v) in zip(c.code.captureSlots, c.captures) { frame[slot] = v }
        return try invoke(c.code, frame, at: span)
    }

    /// A reusable caller of one function value with `n` arguments (the function value's cases
    /// resolved once, not per call).
    func caller(_ f: Value, at span: SourceSpan) -> ([Value]) throws -> Value {
        guard case .function(let c) = f else {
            preconditionFailure("interpreter bug: calling a non-function")
        }
        let code = c.code
        let captures = c.captures
        // A strong reference: `unowned` costs an atomic check per call, and callers are short-lived.
        let runtime = self
        let frames = self.frames
        return { args in
            let frame = frames.push(max(code.slotCount, args.count))
            defer { frames.pop(frame) }
            let p = frame.slots
            for i in 0..<args.count { p[i] = args[i] }
            for (slot, v) in zip(code.captureSlots, captures) { p[slot] = v }
            return try runtime.invoke(code, frame, at: span)
        }
    }

    /// Reusable callers of a function value with one and two arguments (no array per call:
    /// `map`, `filter`, `sorted(by:)` call them once per element).
    func caller1(_ f: Value, at span: SourceSpan) -> (Value) throws -> Value {
        guard case .function(let c) = f else {
            preconditionFailure("interpreter bug: calling a non-function")
        }
        let code = c.code
        let captures = c.captures
        let count = max(code.slotCount, 1)
        let runtime = self
        let frames = self.frames
        if captures.isEmpty {
            return { a in
                let frame = frames.push(count)
                defer { frames.pop(frame) }
                frame.slots[0] = a
                return try runtime.invoke(code, frame, at: span)
            }
        }
        return { a in
            let frame = frames.push(count)
            defer { frames.pop(frame) }
            let p = frame.slots
            p[0] = a
            for (slot, v) in zip(code.captureSlots, captures) { p[slot] = v }
            return try runtime.invoke(code, frame, at: span)
        }
    }

    func caller2(_ f: Value, at span: SourceSpan) -> (Value, Value) throws -> Value {
        guard case .function(let c) = f else {
            preconditionFailure("interpreter bug: calling a non-function")
        }
        let code = c.code
        let captures = c.captures
        let count = max(code.slotCount, 2)
        let runtime = self
        let frames = self.frames
        if captures.isEmpty {
            return { a, b in
                let frame = frames.push(count)
                defer { frames.pop(frame) }
                let p = frame.slots
                p[0] = a
                p[1] = b
                return try runtime.invoke(code, frame, at: span)
            }
        }
        return { a, b in
            let frame = frames.push(count)
            defer { frames.pop(frame) }
            let p = frame.slots
            p[0] = a
            p[1] = b
            for (slot, v) in zip(code.captureSlots, captures) { p[slot] = v }
            return try runtime.invoke(code, frame, at: span)
        }
    }

    /// A caller of a closure expression with two arguments that lends them instead of copying
    /// them: bitwise copies go into the parameter slots and are forgotten (overwritten without a
    /// release) before the frame is popped, so a call retains nothing. Sound because the caller
    /// keeps the values alive during the call and a closure expression never writes a parameter
    /// slot that is not `inout` (the callers here pass none). Nil for other function values.
    func lendingCaller2(_ f: Value, at span: SourceSpan)
        -> ((UnsafePointer<Value>, UnsafePointer<Value>) throws -> Value)?
    {
        guard case .function(let c) = f, c.code.isClosureExpression else { return nil }
        let code = c.code
        let captures = c.captures
        let count = max(code.slotCount, 2)
        let runtime = self
        let frames = self.frames
        return { a, b in
            let frame = frames.push(count)
            let p = frame.slots
            // (The size written as a constant, so the copies are inlined moves, not memmove calls.)
            UnsafeMutableRawPointer(p).copyMemory(from: a, byteCount: MemoryLayout<Value>.size)
            UnsafeMutableRawPointer(p + 1).copyMemory(from: b, byteCount: MemoryLayout<Value>.size)
            defer {
                p.initialize(to: .none)
                (p + 1).initialize(to: .none)
                frames.pop(frame)
            }
            for (slot, v) in zip(code.captureSlots, captures) { p[slot] = v }
            return try runtime.invoke(code, frame, at: span)
        }
    }

    /// The `description` of a cell's type that declares one (CustomStringConvertible).
    func customDescription(_ s: TypeSymbol) -> ((Value) throws -> String)? {
        guard !s.isLibrary,
            s.conformances.contains(where: { $0.name == "CustomStringConvertible" })
                || s.superclass != nil,
            let getter = descriptionGetter(s)
        else { return nil }
        return { [unowned self] value in
            var getter = getter
            if case .object(let o) = value, let dynamic = self.descriptionGetter(o.type.symbol) {
                getter = dynamic
            }
            let code = self.compile?(getter, [:]) ?? getter.code
            let frame = self.frames.push(max(1, code.slotCount))
            defer { self.frames.pop(frame) }
            frame[0] = value
            return try self.invoke(code, frame, at: .unknown).asString
        }
    }

    func descriptionGetter(_ s: TypeSymbol) -> FuncSymbol? {
        var t: TypeSymbol? = s
        while let k = t {
            if case .variable(let v)? = k.members["description"]?.first,
                case .computed(let g, _) = v.storage
            {
                return g
            }
            t = k.superclass
        }
        return nil
    }
}
