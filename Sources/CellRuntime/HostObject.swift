import CellLanguage

/// An object owned by another module (DataFrame, Tensor, Learner …) that cells can hold.
///
/// The runtime knows nothing about the type beyond this protocol: its methods and properties are
/// registered in the `BuiltinRegistry` under `typeName`, so a new domain only adds a table.
public protocol HostObject: AnyObject {
    /// The name used in messages and for member lookup in the registry, e.g. "DataFrame".
    var typeName: String { get }
    /// How the object shows as a cell result or through `display(_:)`.
    func display() -> DisplayValue
    /// The one-line text used by `print` and string interpolation.
    var textDescription: String { get }
    /// Whether the object shows when it is a cell's last value (false for a fit's returned
    /// history, whose table the fit has already shown); `display(_:)` always shows it.
    var showsAsResult: Bool { get }
}

extension HostObject {
    public var showsAsResult: Bool { true }
    public var textDescription: String {
        switch display() {
        case let .text(s): return s
        default: return "<\(typeName)>"
        }
    }
}

/// A base class provided by another module for user classes (`class Model: Module`).
///
/// Methods and properties of the base are registered in the registry under `name`; they receive the
/// user instance as receiver. The hook creates per-instance state and hears property assignments
/// (so a module can register its submodules and parameters).
public protocol HostBaseClass: AnyObject {
    /// The class name cells write after the colon, e.g. "Module".
    var name: String { get }
    /// Per-instance state stored in `Instance.hostState`; nil when none is needed.
    func makeState(for instance: Instance) -> AnyObject?
    /// Called after every assignment to a stored property of an instance.
    func didSetProperty(_ instance: Instance, name: String, value: Value)
    /// Called for `super.init(…)` with the evaluated arguments.
    func initialize(_ instance: Instance, arguments: [LabeledValue]) throws
}

extension HostBaseClass {
    public func makeState(for instance: Instance) -> AnyObject? { nil }
    public func didSetProperty(_ instance: Instance, name: String, value: Value) {}
    public func initialize(_ instance: Instance, arguments: [LabeledValue]) throws {}
}

extension Value {
    /// The host object of class `T` this value holds, for builtins reading their receiver or
    /// arguments. - Throws: `BuiltinError` "expected `description`, got <type>" otherwise.
    public func host<T: HostObject>(_ type: T.Type, _ description: String) throws -> T {
        guard case let .host(h as T) = self else { throw BuiltinError("expected \(description), got \(typeName)") }
        return h
    }
}
