import CellLanguage
import Foundation

/// One evaluated argument at a call site.
public struct CallArgument {
    public var label: String?
    public var value: Value
    public var span: SourceSpan
    /// A trailing closure (`xs.sorted { … }`) fills a function-typed parameter whatever its label.
    public var isTrailingClosure: Bool
    public init(label: String?, value: Value, span: SourceSpan, isTrailingClosure: Bool = false) {
        self.label = label; self.value = value; self.span = span; self.isTrailingClosure = isTrailingClosure
    }

    /// Whether this argument can fill `param`.
    func fits(_ param: ParameterShape) -> Bool {
        isTrailingClosure ? param.acceptsClosure : label == param.label
    }
}

/// The shape of a parameter, shared by user functions and builtins.
struct ParameterShape {
    var label: String?
    var name: String
    var hasDefault: Bool
    var isVariadic: Bool
    /// Whether the parameter has a function type (so a trailing closure may fill it).
    var acceptsClosure: Bool
}

/// Matches call arguments to parameters by label and position, Swift's way (in order; defaulted
/// parameters may be skipped). This is the ONE place that checks arity and labels, so every
/// message has the same form: what was expected, then `; signature`.
enum ArgumentBinder {
    /// One entry per parameter: the arguments given for it (empty when omitted, several when variadic).
    /// `signature` is only evaluated for an error message (building it on every call would cost a
    /// string concatenation per builtin call in a training loop).
    static func bind(_ args: [CallArgument], to params: [ParameterShape], signature: @autoclosure () -> String,
                     callSpan: SourceSpan) throws -> [[CallArgument]] {
        // Fast path: one argument per parameter with exactly the expected labels.
        if args.count == params.count,
           zip(args, params).allSatisfy({ $0.fits($1) && !$1.isVariadic }) {
            return args.map { [$0] }
        }
        var result: [[CallArgument]] = Array(repeating: [], count: params.count)
        var i = 0
        for (p, param) in params.enumerated() {
            if param.isVariadic {
                while i < args.count, !args[i].isTrailingClosure, args[i].label == (result[p].isEmpty ? param.label : nil) {
                    result[p].append(args[i]); i += 1
                }
                continue
            }
            if i < args.count, args[i].fits(param) {
                result[p] = [args[i]]; i += 1
            } else if param.hasDefault {
                continue
            } else if i < args.count {
                throw labelMismatch(args[i], param, signature())
            } else {
                throw RuntimeError("missing argument for parameter '\(param.label ?? param.name)'; \(signature())", at: callSpan)
            }
        }
        if i < args.count {
            let a = args[i]
            if let l = a.label {
                throw RuntimeError("argument label '\(l):' not expected; \(signature())", at: a.span)
            }
            throw RuntimeError("extra argument in call; \(signature())", at: a.span)
        }
        return result
    }

    private static func labelMismatch(_ a: CallArgument, _ param: ParameterShape, _ signature: String) -> RuntimeError {
        switch (a.label, param.label) {
        case let (nil, expected?):
            return RuntimeError("missing argument label '\(expected):'; \(signature)", at: a.span)
        case let (given?, nil):
            return RuntimeError("argument label '\(given):' not expected; \(signature)", at: a.span)
        case let (given?, expected?):
            return RuntimeError("argument label '\(given):' not expected, expected '\(expected):'; \(signature)", at: a.span)
        case (nil, nil):
            return RuntimeError("unexpected argument; \(signature)", at: a.span)
        }
    }

    /// Whether the labels of `args` fit `params` (for choosing among overloads).
    static func fits(_ args: [CallArgument], _ params: [ParameterShape]) -> Bool {
        (try? bind(args, to: params, signature: "", callSpan: .unknown)) != nil
    }
}

/// The checked arguments of a builtin call, read by parameter name through typed accessors whose
/// errors name the argument and show the signature.
public struct BuiltinArguments {
    let function: BuiltinFunction
    /// The arguments given for each parameter, in parameter order.
    let bound: [[CallArgument]]
    let callSpan: SourceSpan

    init(function: BuiltinFunction, bound: [[CallArgument]], callSpan: SourceSpan) {
        self.function = function; self.bound = bound; self.callSpan = callSpan
    }

    /// Parameters are few, so a linear search by name beats hashing.
    private func position(_ name: String) -> Int? {
        function.parameters.firstIndex { $0.name == name }
    }

    /// The argument for `name` (its default when omitted; `.none` when neither).
    public func value(_ name: String) -> Value {
        guard let i = position(name) else { return .none }
        return bound[i].first?.value ?? function.parameters[i].defaultValue ?? .none
    }

    /// Every value given to a variadic parameter.
    public func variadic(_ name: String) -> [Value] { position(name).map { bound[$0].map(\.value) } ?? [] }

    /// Whether the caller wrote the argument.
    public func isGiven(_ name: String) -> Bool { position(name).map { !bound[$0].isEmpty } ?? false }

    /// Where argument `name` was written (the call when it was omitted).
    public func span(_ name: String) -> SourceSpan { position(name).flatMap { bound[$0].first?.span } ?? callSpan }

    /// An error located at argument `name`: "argument 'name' must be T, not U; signature".
    public func mismatch(_ name: String, expected: String) -> RuntimeError {
        RuntimeError("argument '\(name)' must be \(expected), not \(value(name).typeName); \(function.signature)", at: span(name))
    }

    /// An error located at argument `name` with a free-form message, followed by the signature.
    public func error(_ name: String, _ message: String) -> RuntimeError {
        RuntimeError("\(message); \(function.signature)", at: span(name))
    }

    public func int(_ name: String) throws -> Int {
        if case let .int(i) = value(name) { return i }
        throw mismatch(name, expected: "Int")
    }

    /// A number as Double (an Int argument promotes).
    public func double(_ name: String) throws -> Double {
        if let d = value(name).asDouble { return d }
        throw mismatch(name, expected: "Double")
    }

    public func bool(_ name: String) throws -> Bool {
        if case let .bool(b) = value(name) { return b }
        throw mismatch(name, expected: "Bool")
    }

    public func string(_ name: String) throws -> String {
        if case let .string(s) = value(name) { return s }
        throw mismatch(name, expected: "String")
    }

    /// An array, or a range/dictionary/string as the array of its elements.
    public func array(_ name: String) throws -> [Value] {
        if let a = try Value.checkedSequenceElements(value(name)) { return a }
        throw mismatch(name, expected: "Array")
    }

    /// A function, closure, builtin or callable instance.
    public func function(_ name: String) throws -> Value {
        switch value(name) {
        case .function, .builtin, .classType, .instance: return value(name)
        default: throw mismatch(name, expected: "a function")
        }
    }

    /// The host object of type `T`.
    public func host<T: HostObject>(_ name: String, as type: T.Type, typeName: String) throws -> T {
        if case let .host(h) = value(name), let t = h as? T { return t }
        throw mismatch(name, expected: typeName)
    }
}

/// What a builtin may use from the interpreter: calling back into cell code, output, the session's
/// random generator and file paths.
public struct BuiltinContext {
    let interpreter: Interpreter
    /// The span of the call being made.
    public let span: SourceSpan

    /// Calls a cell function, closure, builtin or callable instance with positional arguments.
    /// A function value has no argument labels (as in Swift, `xs.map(scaled)` works for
    /// `func scaled(by x: Int)`), so positional arguments take the declared labels.
    public func call(_ callee: Value, _ arguments: [Value]) throws -> Value {
        var labels: [String?] = []
        if case let .function(f) = callee, f.kind != .closure { labels = f.compiled.parameters.map(\.label) }
        let args = arguments.enumerated().map { i, v in
            CallArgument(label: i < labels.count ? labels[i] : nil, value: v, span: span)
        }
        return try interpreter.callValue(callee, args, span: span)
    }

    /// Appends text to the cell's stream output (like `print`).
    public func write(_ text: String) { interpreter.write(text) }

    /// Appends a rich output (like `display(_:)`).
    public func display(_ value: DisplayValue) { interpreter.output.append(.display(value)) }

    /// The session's seeded random generator.
    public var random: SeededRandom { interpreter.random }

    /// A path relative to the notebook's folder.
    public func resolvePath(_ relative: String) -> URL { interpreter.resolvePath(relative) }

    public var registry: BuiltinRegistry { interpreter.registry }
}
