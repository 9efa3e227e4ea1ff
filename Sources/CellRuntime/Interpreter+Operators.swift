import CellLanguage

/// Operators on host objects (`a * b` on Tensors) come from the registry: a method named after the
/// operator (`"+"`, `"*"`, `"=="`, `"<"` …, or `"prefix-"` for negation) under the type name of
/// either operand, taking the two operands (`lhs`, `rhs`) or the one operand as arguments. The
/// left operand's type is asked first. Everything else is `Arithmetic`.
extension Interpreter {
    func binary(_ op: BinaryOperator, _ l: Value, _ r: Value, span: SourceSpan) throws -> Value {
        if l.isHostLike || r.isHostLike, let overloads = hostOperator(op.rawValue, l, r) {
            return try callBuiltin(BoundBuiltin(overloads: overloads, receiver: nil),
                                   [CallArgument(label: nil, value: l, span: span), CallArgument(label: nil, value: r, span: span)],
                                   span: span)
        }
        return try Arithmetic.binary(op, l, r, span: span)
    }

    func prefix(_ op: PrefixOperator, _ v: Value, span: SourceSpan) throws -> Value {
        if v.isHostLike, let overloads = hostOperator("prefix" + op.rawValue, v, nil) {
            return try callBuiltin(BoundBuiltin(overloads: overloads, receiver: nil),
                                   [CallArgument(label: nil, value: v, span: span)], span: span)
        }
        return try Arithmetic.prefix(op, v, span: span)
    }

    private func hostOperator(_ name: String, _ l: Value, _ r: Value?) -> [BuiltinFunction]? {
        for operand in [l, r].compactMap({ $0 }) where operand.isHostLike {
            if let overloads = registry.methodOverloads(type: operand.hostTypeName, name: name) { return overloads }
        }
        return nil
    }
}

extension Value {
    /// A host object, or an instance of a class built on a host base (whose operators the host defines).
    var isHostLike: Bool {
        switch self {
        case .host: return true
        case let .instance(i): return i.classValue.hostBase != nil
        default: return false
        }
    }

    var hostTypeName: String {
        if case let .instance(i) = self, let base = i.classValue.hostBase { return base.name }
        return typeName
    }
}
