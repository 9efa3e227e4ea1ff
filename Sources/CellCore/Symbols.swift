// Declarations as the checker knows them: types, functions, variables and enum cases. They are
// classes owned by the session, so a later cell sees an earlier cell's declarations, and the
// typed tree points at them (the compiler reads their storage and compiled code from them).

import CellSyntax

/// How values of a nominal type are stored at run time (Value.swift). The library's builtin
/// types have their own representation; a cell's types use records, enum cases and objects.
public enum Representation {
    case int, double, float, bool, string, character, substring
    case array, dictionary, set, optional, range, closedRange
    /// A struct: `.record(fields)`, fields in declaration order.
    case record
    /// An enum: `.enumCase(index, payload)`.
    case enumeration
    /// A class: `.object(instance)`.
    case object
    /// A protocol (values of it are existentials).
    case protocolType
    /// A library module's host type: `.host(object)` (Library/Registry.swift).
    case host
}

/// A struct, enum, class or protocol declaration.
public final class TypeSymbol {
    public enum Kind: String { case `struct`, `enum`, `class`, `protocol` }
    public let name: String
    public let kind: Kind
    public var representation: Representation
    public var genericParameters: [GenericParameterSymbol] = []
    /// Stored properties in declaration order (a struct's record fields, a class's fields after
    /// its superclass's).
    public var storedProperties: [VarSymbol] = []
    /// Methods, properties, nested types and enum cases by name.
    var members: [String: [Symbol]] = [:]
    var initializers: [FuncSymbol] = []
    public var cases: [EnumCaseSymbol] = []
    public var superclass: TypeSymbol?
    public var conformances: [TypeSymbol] = []
    public var rawType: SwiftType?
    /// For protocols: `Self`, the conforming type inside requirements and extensions.
    var selfParameter: GenericParameterSymbol?
    /// Which literals may have this type (`Double` takes integer and float literals).
    var literalKinds: Set<LiteralKind> = []
    /// Whether the memberwise initializer is synthesised (a struct with no initializer of its own).
    var synthesizedMemberwise = false
    /// For classes: the vtable slots of overridable methods, and each class's implementations
    /// (filled by the compiler).
    var vtableIndex: [String: Int] = [:]
    /// `final class`: methods are called directly, without the vtable.
    var isFinal = false
    /// Whether the declaration is the library's (printing qualifies a cell's types with `main.`).
    public let isLibrary: Bool

    init(name: String, kind: Kind, representation: Representation, isLibrary: Bool) {
        self.name = name
        self.kind = kind
        self.representation = representation
        self.isLibrary = isLibrary
    }

    /// The type with its own generic parameters as arguments (`Array<Element>` inside Array).
    public var declaredType: SwiftType {
        .nominal(self, genericParameters.map { .genericParameter($0) })
    }

    func add(_ name: String, _ symbol: Symbol) { members[name, default: []].append(symbol) }

    /// Whether the type conforms to `proto` (declared or inherited).
    func conforms(to proto: TypeSymbol) -> Bool {
        if self === proto { return true }
        for c in conformances where c === proto || c.conforms(to: proto) { return true }
        if let s = superclass { return s.conforms(to: proto) }
        return false
    }

    func isSubclass(of other: TypeSymbol) -> Bool {
        var c: TypeSymbol? = self
        while let k = c {
            if k === other { return true }
            c = k.superclass
        }
        return false
    }
}

/// A name in a scope or among a type's members.
enum Symbol {
    case variable(VarSymbol)
    case function(FuncSymbol)
    case type(TypeSymbol)
    case enumCase(EnumCaseSymbol)
    /// A generic parameter or type alias.
    case typeAlias(SwiftType)
}

/// Where a variable lives at run time.
enum Storage {
    /// A top-level variable of a cell: one box per declaration, shared by every cell.
    case global(Box)
    /// A local of a function activation: a slot of its frame (a box when captured).
    case local(slot: Int)
    /// A stored property: a field index of the record or object.
    case field(Int)
    /// A computed property (getter and optional setter are methods of the owner).
    case computed(getter: FuncSymbol, setter: FuncSymbol?)
    /// A library property implemented by the host (`Array.count`).
    case host(String)
}

public final class VarSymbol {
    public let name: String
    public var type: SwiftType
    public let isLet: Bool
    var storage: Storage
    /// Set by the checker when a closure or nested function uses this local: its slot then
    /// holds a `Box` shared with the closure.
    var isCaptured = false
    /// The function context that owns the local (nil for globals and properties).
    weak var context: FunctionContext?
    var isStatic = false
    /// The protocol that requires this property (`var name: String { get }`): reads go to the
    /// conforming type's own property.
    weak var requirementOf: TypeSymbol?
    /// Whether a stored property has an initial value (it is then not a memberwise parameter).
    var initialValue: TExpr?
    var hasInitialValue = false
    init(name: String, type: SwiftType, isLet: Bool, storage: Storage) {
        self.name = name
        self.type = type
        self.isLet = isLet
        self.storage = storage
    }
}

public struct ParameterSymbol {
    var label: String?
    var name: String?
    var type: SwiftType
    var isInout: Bool
    var isVariadic: Bool
    var defaultValue: TExpr?
    var hasDefault: Bool
    /// The local that holds the argument inside the body.
    var variable: VarSymbol?
}

/// A function, method, initializer, operator or accessor.
public final class FuncSymbol {
    public enum Kind { case function, method, initializer, getter, setter }
    public let name: String
    let kind: Kind
    var parameters: [ParameterSymbol]
    var result: SwiftType
    var throwing: Bool
    /// `rethrows`: a call throws only when a function argument does.
    var isRethrows = false
    /// `postfix func`: a one-operand operator written after its operand (`x...`).
    var isPostfix = false
    /// `final func` in a class: subclasses may not override it.
    var isFinal = false
    var genericParameters: [GenericParameterSymbol]
    weak var owner: TypeSymbol?
    var isStatic = false
    var isMutating = false
    /// `init?`
    var isFailable = false
    /// The library's host implementation (Library.swift), when the declaration has one.
    var host: String?
    /// The session's number of the cell that declared it (0: the library).
    var cell = 0
    /// The AST, checked lazily after every signature of the cell is known.
    var declaration: [Stmt]?
    /// Filled by the checker: the typed body and its frame layout.
    var body: [TStmt]?
    var context: FunctionContext?
    /// Filled by the compiler (and reused by every call site, even ones compiled earlier).
    let code = FunctionCode()
    /// Whether the function is nested in another function (it then captures); its closure is
    /// held by `nestedVariable`.
    var isNested = false
    var nestedVariable: VarSymbol?
    /// `override` and vtable slot for class methods.
    var vtableSlot: Int?
    /// Requirements of the extension that declared it (`where Element: Equatable`: parameter,
    /// protocol or type, and whether it is a same-type requirement).
    var requirements: [(GenericParameterSymbol, SwiftType, Bool)] = []
    /// The scope of the declaration's generic parameters (bodies see them).
    var signatureScope: Scope?
    /// The closing brace of the body (where swiftc reports a missing return).
    var closingBrace: SourcePosition?
    /// Specialisations of a generic function, by the substitution's key.
    var specializations: [String: FunctionCode] = [:]
    /// The enum case this function constructs (payload cases used as functions).
    weak var enumCase: EnumCaseSymbol?
    /// A cell's subscript: the getter holds its setter (the index parameters, then the new value).
    var subscriptSetter: FuncSymbol?

    init(
        name: String, kind: Kind, parameters: [ParameterSymbol], result: SwiftType,
        throwing: Bool = false,
        genericParameters: [GenericParameterSymbol] = []
    ) {
        self.name = name
        self.kind = kind
        self.parameters = parameters
        self.result = result
        self.throwing = throwing
        self.genericParameters = genericParameters
    }

    var labels: [String?] { parameters.map(\.label) }

    /// The function's type as a value (`(Int, Int) -> Int`).
    var type: SwiftType {
        .function(
            FunctionType(
                parameters: parameters.map { FunctionParameterType(type: $0.type, isInout: $0.isInout) },
                result: result, throwing: throwing))
    }

    /// `name(label:_:)`, as swiftc names functions in diagnostics.
    var fullName: String { "\(name)(\(parameters.map { ($0.label ?? "_") + ":" }.joined()))" }
}

public final class EnumCaseSymbol {
    public let name: String
    public let index: Int
    /// nil without a payload.
    var payload: [TupleElementType]?
    var rawValue: Value?
    weak var owner: TypeSymbol?
    /// The case as a function (`Shape.circle(radius:)`), for payload cases.
    var constructor: FuncSymbol?
    init(name: String, index: Int, payload: [TupleElementType]?) {
        self.name = name
        self.index = index
        self.payload = payload
    }
}

/// The frame layout of one function body (or of a cell's top-level code): slot numbers are
/// handed out here, and captured variables of enclosing functions get slots of their own.
final class FunctionContext {
    let parent: FunctionContext?
    var slotCount = 0
    /// Outer locals used here, in capture order, and the slot each gets in this frame.
    var captures: [(variable: VarSymbol, slot: Int)] = []
    var resultType: SwiftType
    var throwing: Bool
    /// `self` inside a method (slot 0), and whether it may be mutated.
    var selfVariable: VarSymbol?
    var isMutating = false
    var isInitializer = false
    let isTopLevel: Bool
    /// Labels of the loops we are inside, innermost last.
    var loops: [String?] = []
    /// Error handling (Checker+Effects.swift): the `try`s around the code being checked, how many
    /// enclosing `do`s catch every error or only some, whether the body is a closure's (whose
    /// errors leave it: it is then a throwing closure), and whether an error can leave the body.
    var openTries: [(kind: TryKind, position: SourcePosition)] = []
    var catchAllDepth = 0
    var partialCatchDepth = 0
    var isClosure = false
    var throwsOut = false

    init(parent: FunctionContext?, resultType: SwiftType, throwing: Bool, isTopLevel: Bool = false) {
        self.parent = parent
        self.resultType = resultType
        self.throwing = throwing
        self.isTopLevel = isTopLevel
    }

    func newSlot() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    /// The slot of `variable` in this frame, capturing it (through every enclosing context
    /// between) when it belongs to an outer function.
    func slot(of variable: VarSymbol) -> Int {
        guard case .local(let slot) = variable.storage else { return -1 }
        if variable.context === self { return slot }
        if let c = captures.first(where: { $0.variable === variable }) { return c.slot }
        variable.isCaptured = true
        _ = parent?.slot(of: variable)
        let s = newSlot()
        captures.append((variable, s))
        return s
    }
}
