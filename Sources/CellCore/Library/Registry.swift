// The registry API: how a domain (tensors, frames, learners, charts) joins the cell language
// (docs/interpreter.md, "The library"). A domain is a `LibraryModule`: Swift declarations, checked
// like the standard library's (so its calls get the same overload choice, literal typing and
// diagnostics as a cell's own functions), and host implementations of its body-less declarations,
// keyed as the standard library's are (`Owner.name(label:ParameterTypes)`). The core knows nothing
// of any domain: it depends on no domain module, and domains depend on it.
//
// Keys, for declarations without a body:
//
//     func readCSV(_ path: String) -> DataFrame             readCSV(String)
//     init(_ values: [Double], requiresGrad: Bool = false)  Tensor.init([Double],requiresGrad:Bool)
//     func sum(_ dim: Int) -> Tensor                        Tensor.sum(Int)
//     static func + (lhs: Tensor, rhs: Tensor) -> Tensor    Tensor.+(Tensor,Tensor)
//     var shape: [Int] { get }                              Tensor.shape
//     var grad: Tensor? { get set }                         Tensor.grad, and Tensor.grad.set
//     subscript(_ i: Int) -> Tensor { get set }             Tensor.subscript(Int), and
//                                                           Tensor.subscript(Int).set
//
// A setter receives the new value as its last argument. A key no module implements compiles to a
// trap naming it, so a missing implementation is found by the first cell that calls it.

import CellSyntax

/// A host implementation: reads its arguments (and receiver) from the call and returns the
/// result as a `Value` of the declared result type (`.void` for `Void`; `.null(0)` for nil).
/// Throwing `HostError` stops the cell with that message at the call (or at one argument).
public typealias HostFunction = (inout HostCall) throws -> Value

/// One domain's part of the cell language.
public struct LibraryModule {
    /// Shown in messages and the generated reference ("Tensors", "Frames").
    public var name: String
    /// Swift declarations: types, functions, properties, with doc comments. Declarations with a
    /// body are interpreted; those without are bound to `functions` by key (see above).
    public var source: String
    /// Classes declared in `source` whose values are host objects (`Value.host`), created and
    /// read only by host implementations. Other classes of the source are ordinary classes that
    /// cells may subclass (such as a `Module` base class).
    public var hostTypes: Set<String>
    /// Host implementations by key.
    public var functions: [String: HostFunction]

    public init(
        name: String, source: String, hostTypes: Set<String> = [], functions: [String: HostFunction] = [:]
    ) {
        self.name = name
        self.source = source
        self.hostTypes = hostTypes
        self.functions = functions
    }
}

/// A failure of a host implementation: the cell stops with `message` at the call, or at the
/// argument `argument` (0-based) when given.
public struct HostError: Error, CustomStringConvertible {
    public var message: String
    public var argument: Int?
    public init(_ message: String, argument: Int? = nil) {
        self.message = message
        self.argument = argument
    }
    public var description: String { message }
}

/// One call of a host implementation: its arguments in declaration order (defaults filled in,
/// a variadic parameter as one array), the receiver of a method, and what host code may do
/// with the running session.
public struct HostCall {
    /// The arguments, in the order of the declaration's parameters.
    public var arguments: [Value]
    /// `self` for methods and property accessors (`.void` for free and static functions). A
    /// mutating method of a value type writes its changes here.
    public var receiver: Value
    /// The static types of the arguments at this call (generic parameters substituted).
    public let argumentTypes: [SwiftType]
    /// The static type the call's result must have (a generic result is inferred from context:
    /// `let ids: [Int] = column.tolist()`).
    public let resultType: SwiftType
    let runtime: Runtime
    let span: SourceSpan

    init(
        arguments: [Value], receiver: Value, argumentTypes: [SwiftType], resultType: SwiftType = .void,
        runtime: Runtime, span: SourceSpan
    ) {
        self.arguments = arguments
        self.receiver = receiver
        self.argumentTypes = argumentTypes
        self.resultType = resultType
        self.runtime = runtime
        self.span = span
    }

    /// The session the call runs in (for its per-session state: `Session.hostState`).
    public var session: Session {
        guard let s = runtime.session else { preconditionFailure("interpreter bug: no session") }
        return s
    }

    /// The line and column of the call in its cell.
    public var position: SourcePosition { span.start }

    /// Calls a function value (a closure or function a cell passed) with arguments.
    public func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        try runtime.call(function, arguments, at: span)
    }

    /// Calls the method `name` of an object of a cell's class (dynamic dispatch through its
    /// class and superclasses), such as a model's `callAsFunction`.
    /// - Throws: `HostError` when the object's class has no such method.
    public func callMethod(_ name: String, on object: Value, _ arguments: [Value]) throws -> Value {
        try runtime.callMethod(name, on: object, arguments, at: span)
    }

    /// Whether an object of a cell's class has a method `name` (its own or inherited).
    public func hasMethod(_ name: String, on object: Value) -> Bool {
        runtime.method(name, on: object) != nil
    }

    /// How `print` shows `value` of static type `type`.
    public func describe(_ value: Value, as type: SwiftType) -> String {
        (try? runtime.describe(value, type)) ?? "\(value)"
    }

    /// How `print` shows argument `i`.
    public func describeArgument(_ i: Int) -> String {
        describe(arguments[i], as: argumentTypes[i])
    }

    /// Appends printed text to the cell's output.
    public func write(_ text: String) { runtime.write(text) }

    /// Shows a rich output (a chart, a table, a progress display) in the cell's outputs, in
    /// order with printed text. The core does not look inside `payload`; the runner renders it.
    public func show(_ payload: Any) { runtime.show(payload) }
}

/// One output of a cell, in the order produced.
public enum CellOutput {
    /// Printed text (consecutive prints merged).
    case text(String)
    /// A value the cell shows: its last expression's value.
    case value(ShownValue)
    /// A rich output a host implementation showed (`HostCall.show`).
    case display(Any)
}

/// A value with its static type and Swift's description of it.
public struct ShownValue {
    public let value: Value
    public let type: SwiftType
    /// What `print` shows for it.
    public let text: String
    public init(value: Value, type: SwiftType, text: String) {
        self.value = value
        self.type = type
        self.text = text
    }
}

extension Runtime {
    /// Flushes pending text into `outputs`, then appends a rich output.
    func show(_ payload: Any) {
        if let onDisplay {
            onDisplay(payload)
            return
        }
        flushText()
        outputs.append(.display(payload))
    }

    func flushText() {
        if !output.isEmpty {
            outputs.append(.text(output))
            output = ""
        }
    }

    /// The method `name` of an object's dynamic class or its superclasses.
    func method(_ name: String, on object: Value) -> FuncSymbol? {
        guard case .object(let o) = object else { return nil }
        var t: TypeSymbol? = o.type.symbol
        while let k = t {
            for case .function(let f) in k.members[name] ?? [] where !f.isStatic { return f }
            t = k.superclass
        }
        return nil
    }

    func callMethod(_ name: String, on object: Value, _ arguments: [Value], at span: SourceSpan) throws -> Value {
        guard let fn = method(name, on: object) else {
            let type: String
            if case .object(let o) = object { type = o.type.symbol.name } else { type = "this value" }
            throw HostError("\(type) has no method '\(name)'")
        }
        if let host = fn.host, let h = hostFunctions[host] {
            var call = HostCall(
                arguments: arguments, receiver: object, argumentTypes: fn.parameters.map(\.type), runtime: self,
                span: span)
            return try h(&call)
        }
        guard let code = compile?(fn, [:]) else { preconditionFailure("interpreter bug: no compiler") }
        let frame = frames.push(max(code.slotCount, arguments.count + 1))
        defer { frames.pop(frame) }
        frame[0] = object
        for (i, a) in arguments.enumerated() { frame[i + 1] = a }
        return try invoke(code, frame, at: span)
    }
}

extension Compiler {
    /// A call of a module's host implementation: arguments evaluated in order, then the host
    /// function; a mutating method of a value type writes its receiver back.
    func moduleCall(
        _ host: @escaping HostFunction, isStatic: Bool, isMutating: Bool, base: TExpr?, arguments args: [TExpr],
        span: SourceSpan, resultType: SwiftType
    ) -> Code {
        let runtime = self.runtime
        let argCodes = args.map { expr($0).value }
        let types = args.map { concrete($0.type) }
        let spans = args.map(\.span)
        let staticResult = concrete(resultType)
        func run(_ call: inout HostCall) throws -> Value {
            try hostRun(host, &call, argumentSpans: spans, span: span)
        }
        if let base, !isStatic, isMutating, base.type.symbol?.kind != .class {
            let modify = lvalue(base)
            return typed(resultType) { f in
                var values: [Value] = []
                values.reserveCapacity(argCodes.count)
                for c in argCodes { values.append(try c(f)) }
                var result = Value.void
                try modify(f) { v in
                    var call = HostCall(
                        arguments: values, receiver: v, argumentTypes: types, resultType: staticResult, runtime: runtime,
                        span: span)
                    v = .none
                    defer { v = call.receiver }
                    result = try run(&call)
                }
                return result
            }
        }
        let b: ValueCode? = (base != nil && !isStatic) ? expr(base!).value : nil
        return typed(resultType) { f in
            let receiver = try b?(f) ?? .void
            var values: [Value] = []
            values.reserveCapacity(argCodes.count)
            for c in argCodes { values.append(try c(f)) }
            var call = HostCall(
                arguments: values, receiver: receiver, argumentTypes: types, resultType: staticResult, runtime: runtime,
                span: span)
            return try run(&call)
        }
    }
}

extension Compiler {
    /// Runs a host implementation, turning its `HostError` into a trap at the call or argument.
    func hostRun(_ host: @escaping HostFunction, _ call: inout HostCall, argumentSpans: [SourceSpan], span: SourceSpan)
        throws -> Value
    {
        do {
            return try host(&call)
        } catch let e as HostError {
            let at = e.argument.flatMap { $0 < argumentSpans.count ? argumentSpans[$0] : nil } ?? span
            throw RuntimeTrap(message: e.message, position: at.start)
        }
    }

    /// The modify accessor of a module's settable property or subscript (`t.grad = nil`,
    /// `df["x"] = …`, `t[0] += 1`): read through the getter, mutate, write through the setter
    /// (the receiver is a host object or class instance, so nothing is written back to the base).
    func hostModify(get: @escaping ValueCode, setter: @escaping HostFunction, base: TExpr, arguments args: [TExpr], span: SourceSpan)
        -> ModifyCode
    {
        let runtime = self.runtime
        let b = expr(base).value
        let argCodes = args.map { expr($0).value }
        let types = args.map { concrete($0.type) }
        let spans = args.map(\.span)
        return { [unowned self] f, body in
            var value = try get(f)
            try body(&value)
            var values: [Value] = []
            for c in argCodes { values.append(try c(f)) }
            values.append(value)
            var call = HostCall(arguments: values, receiver: try b(f), argumentTypes: types, runtime: runtime, span: span)
            _ = try self.hostRun(setter, &call, argumentSpans: spans, span: span)
        }
    }
}

extension Compiler {
    /// `t.grad = nil`, `df["x"] = column`: a module's setter called directly (Swift calls no
    /// getter for a plain assignment, and the getter may fail: a new column does not exist yet).
    func hostAssignment(_ target: TExpr, _ value: TExpr) -> Code? {
        let key: String
        let base: TExpr
        var args: [TExpr] = []
        switch target.kind {
        case .property(let b?, let v):
            guard case .host(let k) = v.storage else { return nil }
            key = k
            base = b
        case .subscript(let b, let fn, let a):
            guard let k = fn.host else { return nil }
            key = k
            base = b
            args = a
        default: return nil
        }
        guard let setter = runtime.hostFunctions[key + ".set"] else { return nil }
        let runtime = self.runtime
        let b = expr(base).value
        let argCodes = (args + [value]).map { expr($0).value }
        let types = (args + [value]).map { concrete($0.type) }
        let spans = (args + [value]).map(\.span)
        let span = target.span
        return .value { [unowned self] f in
            let receiver = try b(f)
            var values: [Value] = []
            for c in argCodes { values.append(try c(f)) }
            var call = HostCall(arguments: values, receiver: receiver, argumentTypes: types, runtime: runtime, span: span)
            _ = try self.hostRun(setter, &call, argumentSpans: spans, span: span)
            return .void
        }
    }
}
