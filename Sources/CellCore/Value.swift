import CellSyntax

// Runtime values (docs/interpreter.md, "Values and the compiler").
//
// A value does not carry its static type: the compiler knows it and builds code (and printers)
// for it. So `.int` holds every fixed-width integer by bit pattern, `.record` holds a struct's
// fields or a tuple's elements in order, `.enumCase` a case index and its payload. Optional is
// encoded without allocation: `.some(x)` is `x` itself and `.none` is `.null(0)`; for nested
// optionals, `.some(.none)` of `T??` is `.null(1)` (the number of `some` around the inner `none`).

/// One runtime value.
public enum Value {
    case int(Int)
    case double(Double)
    case float(Float)
    case bool(Bool)
    case string(String)
    case character(Character)
    case array([Value])
    case dictionary([Value: Value])
    case set(Set<Value>)
    /// A struct's stored properties, or a tuple's elements, or a range's bounds.
    case record([Value])
    /// An enum value: the case's index in its declaration, and its payload (empty without one).
    case enumCase(Int, [Value])
    case object(Instance)
    case function(Closure)
    /// `Optional.none`, `n` levels inside `some` (see above).
    case null(Int)
    /// A captured local's shared storage (only ever in frame slots).
    case box(Box)
    /// A value of an existential type (`Any`, `any P`): the value and its dynamic type.
    case existential(ExistentialBox)
    /// An object of a host type that a library module declared (`LibraryModule.hostTypes`): a
    /// tensor, a data frame, a learner. Compared and hashed by identity, as class instances are.
    case host(AnyObject)

    /// `nil` of any optional type.
    public static var none: Value { .null(0) }
    /// The value of `()`, what a Void function returns.
    public static var void: Value { .record([]) }

    @inline(__always) public var asInt: Int {
        if case .int(let v) = self { return v }
        wrongValue("Int", self)
    }
    @inline(__always) public var asDouble: Double {
        if case .double(let v) = self { return v }
        wrongValue("Double", self)
    }
    @inline(__always) public var asBool: Bool {
        if case .bool(let v) = self { return v }
        wrongValue("Bool", self)
    }
    @inline(__always) public var asString: String {
        if case .string(let v) = self { return v }
        wrongValue("String", self)
    }
    @inline(__always) public var asArray: [Value] {
        if case .array(let v) = self { return v }
        wrongValue("Array", self)
    }
    @inline(__always) public var asRecord: [Value] {
        if case .record(let v) = self { return v }
        wrongValue("record", self)
    }
    var isNull: Bool {
        if case .null(0) = self { return true }
        return false
    }
}

/// The cold path of the `as…` accessors (kept out of line so they inline well).
@inline(never)
func wrongValue(_ expected: String, _ v: Value) -> Never {
    preconditionFailure("interpreter bug: expected a \(expected) value, got \(v)")
}

extension Value: Hashable {
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.character(let x), .character(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.dictionary(let x), .dictionary(let y)): return x == y
        case (.set(let x), .set(let y)): return x == y
        case (.record(let x), .record(let y)): return x == y
        case (.enumCase(let i, let x), .enumCase(let j, let y)): return i == j && x == y
        case (.object(let x), .object(let y)): return x === y
        case (.function(let x), .function(let y)): return x === y
        case (.null(let x), .null(let y)): return x == y
        case (.box(let x), .box(let y)): return x.value == y.value
        case (.existential(let x), .existential(let y)): return x.value == y.value
        case (.host(let x), .host(let y)): return x === y
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .int(let v): h.combine(v)
        case .double(let v): h.combine(v)
        case .float(let v): h.combine(v)
        case .bool(let v): h.combine(v)
        case .string(let v): h.combine(v)
        case .character(let v): h.combine(v)
        case .array(let v): h.combine(v)
        case .dictionary(let v): h.combine(v)
        case .set(let v): h.combine(v)
        case .record(let v): h.combine(v)
        case .enumCase(let i, let v):
            h.combine(i)
            h.combine(v)
        case .object(let o): h.combine(ObjectIdentifier(o))
        case .function(let f): h.combine(ObjectIdentifier(f))
        case .null(let n): h.combine(-1 - n)
        case .box(let b): b.value.hash(into: &h)
        case .existential(let e): e.value.hash(into: &h)
        case .host(let o): h.combine(ObjectIdentifier(o))
        }
    }
}

/// Shared storage of a captured local or a global variable.
public final class Box {
    var value: Value
    init(_ value: Value) { self.value = value }
}

/// A class instance: its dynamic class (for dynamic dispatch and printing) and its fields.
public final class Instance {
    let type: ClassRuntime
    var fields: [Value]
    /// The stored properties' values in declaration order (a superclass's first), for host code
    /// that walks an object (such as a module's `parameters()`).
    public var storedValues: [Value] { fields }
    /// The name of the instance's dynamic class.
    public var className: String { type.symbol.name }
    init(type: ClassRuntime, fields: [Value]) {
        self.type = type
        self.fields = fields
    }
}

/// What the run time knows of a class: its symbol, superclass and method table.
final class ClassRuntime {
    let symbol: TypeSymbol
    let superclass: ClassRuntime?
    /// Implementations by vtable slot.
    var vtable: [FunctionCode]
    init(symbol: TypeSymbol, superclass: ClassRuntime?, vtable: [FunctionCode]) {
        self.symbol = symbol
        self.superclass = superclass
        self.vtable = vtable
    }
}

/// A value boxed as `Any` / `any P`, with the static type it had before (its dynamic type).
public final class ExistentialBox {
    let value: Value
    let type: SwiftType
    init(value: Value, type: SwiftType) {
        self.value = value
        self.type = type
    }
}

/// A function value: compiled code and the boxes it captured (copied into the callee's frame
/// slots after the parameters at each call), and `self` for bound methods.
public final class Closure {
    let code: FunctionCode
    let captures: [Value]
    init(code: FunctionCode, captures: [Value]) {
        self.code = code
        self.captures = captures
    }
}

/// The compiled code of one function, filled in once the body is compiled (call sites compiled
/// earlier, such as recursive calls, hold this object and see the body when they run).
public final class FunctionCode {
    /// Runs the body in a fresh frame whose first slots hold the arguments (then the captures).
    var run: (Frame) throws -> Value = { _ in
        preconditionFailure("interpreter bug: function called before it was compiled")
    }
    var slotCount = 0
    /// The slots where a closure's captured boxes go, in the order of `Closure.captures`.
    var captureSlots: [Int] = []
    var name = ""
    /// The session's number of the cell whose source the code comes from (for error locations).
    var cell = 0
    /// Compiled from a closure expression (`{ $0 < $1 }`), whose body never writes the slots of
    /// its parameters that are not `inout` (Runtime.lendingCaller2 relies on it).
    var isClosureExpression = false
}

/// Why a cell stopped early: a trap (Swift's fatal errors) or a thrown Swift error escaping the
/// cell, at a position of the cell.
public struct RuntimeTrap: Error, CustomStringConvertible {
    public var message: String
    public var position: SourcePosition
    /// What to do about it (a timeout's "raise the cell's timeout option").
    public var notes: [String] = []
    /// The session's number of the cell whose source `position` is in (a function declared in
    /// an earlier cell traps in that cell's source); nil: the running cell.
    public var cell: Int?
    /// Where the running cell called into the code that trapped (set when `cell` is another one).
    public var callPosition: SourcePosition?
    public var description: String { "\(position): error: \(message)" }
}

/// A Swift error thrown by `throw` and not yet caught: the thrown value as an existential.
struct ThrownError: Error {
    let value: Value
    let position: SourcePosition
}
