// A debug printer of syntax trees as S-expressions, one statement per line (used by tests and
// for debugging the parser). Positions are not printed; tests check them separately.

/// Renders statements, expressions, patterns and types as S-expressions:
/// `let x = a + b * 2` prints `(let (bind x) (+ a (* b 2)))`.
public enum SyntaxPrinter {
    /// One line per statement.
    public static func print(_ statements: [Stmt]) -> String {
        statements.map(stmt).joined(separator: "\n")
    }

    public static func stmt(_ s: Stmt) -> String {
        switch s.kind {
        case .expression(let e): return expr(e)
        case .declaration(let d): return decl(d)
        case .if(let i): return ifStatement(i)
        case .guard(let conditions, let body): return "(guard \(conditionList(conditions)) \(block(body)))"
        case .while(let conditions, let body): return "(while \(conditionList(conditions)) \(block(body)))"
        case .repeat(let body, let condition): return "(repeat \(block(body)) \(expr(condition)))"
        case .forIn(let f):
            var parts = ["for\(f.isCase ? "-case" : "")", pattern(f.pattern), expr(f.sequence)]
            if let w = f.whereClause { parts.append("(where \(expr(w)))") }
            parts.append(block(f.body))
            return "(" + parts.joined(separator: " ") + ")"
        case .switch(let sw): return switchStatement(sw)
        case .return(let value): return value.map { "(return \(expr($0)))" } ?? "(return)"
        case .break(let label): return label.map { "(break \($0))" } ?? "(break)"
        case .continue(let label): return label.map { "(continue \($0))" } ?? "(continue)"
        case .fallthrough: return "(fallthrough)"
        case .throw(let e): return "(throw \(expr(e)))"
        case .defer(let body): return "(defer \(block(body)))"
        case .do(let body, let catches):
            let clauses = catches.map { c -> String in
                var parts = ["catch"]
                if let p = c.pattern { parts.append(pattern(p)) }
                parts += c.otherPatterns.map(pattern)
                if let w = c.whereClause { parts.append("(where \(expr(w)))") }
                parts.append(block(c.body))
                return " (" + parts.joined(separator: " ") + ")"
            }
            return "(do \(block(body))\(clauses.joined()))"
        case .labeled(let label, let inner): return "(label \(label) \(stmt(inner)))"
        }
    }

    static func block(_ statements: [Stmt]) -> String {
        "{" + statements.map(stmt).joined(separator: " ") + "}"
    }

    static func ifStatement(_ i: IfStatement) -> String {
        var text = "(if \(conditionList(i.conditions)) \(block(i.then))"
        switch i.otherwise {
        case nil: break
        case .block(let b)?: text += " \(block(b))"
        case .elseIf(let nested, _)?: text += " \(ifStatement(nested))"
        }
        return text + ")"
    }

    static func switchStatement(_ sw: SwitchStatement) -> String {
        let cases = sw.cases.map { c -> String in
            let label =
                c.isDefault
                ? "default"
                : "case "
                    + c.items.map { item in
                        item.whereClause.map { "\(pattern(item.pattern)) (where \(expr($0)))" } ?? pattern(item.pattern)
                    }.joined(separator: " ")
            return " (\(label) \(block(c.body)))"
        }
        return "(switch \(expr(sw.subject))\(cases.joined()))"
    }

    static func conditionList(_ conditions: [Condition]) -> String {
        "[" + conditions.map(condition).joined(separator: " ") + "]"
    }

    static func condition(_ c: Condition) -> String {
        switch c {
        case .expression(let e): return expr(e)
        case .optionalBinding(let isVar, let p, let value, _):
            return "(\(isVar ? "var" : "let") \(pattern(p))\(value.map { " " + expr($0) } ?? ""))"
        case .matching(let p, let value, _): return "(case \(pattern(p)) \(expr(value)))"
        case .availability(let isUnavailable, _): return isUnavailable ? "(#unavailable)" : "(#available)"
        }
    }

    // MARK: - Expressions

    public static func expr(_ e: Expr) -> String {
        switch e.kind {
        case .integerLiteral(let text), .floatLiteral(let text): return text
        case .stringLiteral(let parts): return string(parts)
        case .booleanLiteral(let b): return b ? "true" : "false"
        case .nilLiteral: return "nil"
        case .identifier(let name, let arguments):
            return arguments.isEmpty ? name : "\(name)<\(arguments.map(type).joined(separator: ", "))>"
        case .selfRef: return "self"
        case .superRef: return "super"
        case .anonymousClosureArgument(let n): return "$\(n)"
        case .discard: return "_"
        case .array(let elements): return "(array" + elements.map { " " + expr($0) }.joined() + ")"
        case .dictionary(let entries):
            return "(dict" + entries.map { " (\(expr($0.key)) \(expr($0.value)))" }.joined() + ")"
        case .tuple(let elements):
            return "(tuple" + elements.map { " " + ($0.label.map { "\($0): " } ?? "") + expr($0.value) }.joined() + ")"
        case .paren(let inner): return "(paren \(expr(inner)))"
        case .prefix(let op, let operand, _): return "(prefix \(op) \(expr(operand)))"
        case .postfix(let op, let operand, _): return "(postfix \(op) \(expr(operand)))"
        case .binary(let op, let lhs, let rhs, _): return "(\(op) \(expr(lhs)) \(expr(rhs)))"
        case .assignment(let op, let target, let value, _): return "(\(op) \(expr(target)) \(expr(value)))"
        case .ternary(let c, let a, let b, _): return "(? \(expr(c)) \(expr(a)) \(expr(b)))"
        case .call(let callee, let arguments, _): return "(call \(expr(callee))\(argumentList(arguments)))"
        case .subscript(let base, let arguments, _): return "(subscript \(expr(base))\(argumentList(arguments)))"
        case .member(let base, let name, _, _, let arguments):
            let generic = arguments.isEmpty ? "" : "<\(arguments.map(type).joined(separator: ", "))>"
            return "(. \(expr(base)) \(name)\(generic))"
        case .tupleIndex(let base, let i, _): return "(. \(expr(base)) \(i))"
        case .implicitMember(let name, _): return ".\(name)"
        case .closure(let c): return closure(c)
        case .forceUnwrap(let inner, _): return "(! \(expr(inner)))"
        case .bindOptional(let inner, _): return "(bind? \(expr(inner)))"
        case .optionalEvaluation(let inner): return "(optional-chain \(expr(inner)))"
        case .try(let kind, let inner): return "(\(kind.rawValue) \(expr(inner)))"
        case .cast(let inner, let kind, let t, _): return "(\(kind.rawValue) \(expr(inner)) \(type(t)))"
        case .isType(let inner, let t, _): return "(is \(expr(inner)) \(type(t)))"
        case .inoutArgument(let inner): return "(& \(expr(inner)))"
        case .keyPath(let root, let components):
            return "(keypath \(root.map(type) ?? "_") \(components.joined(separator: ".")))"
        case .type(let t): return "(type \(type(t)))"
        case .ifExpression(let i): return ifStatement(i)
        case .switchExpression(let sw): return switchStatement(sw)
        }
    }

    static func argumentList(_ arguments: [Argument]) -> String {
        arguments.map { argument in
            let label = argument.label.map { "\($0): " } ?? ""
            return " " + (argument.isTrailingClosure ? "trailing " : "") + label + expr(argument.value)
        }.joined()
    }

    static func string(_ parts: [StringPart]) -> String {
        "\""
            + parts.map { part -> String in
                switch part {
                case .literal(let text): return escape(text)
                case .interpolation(let arguments, _):
                    return "\\("
                        + arguments.map { ($0.label.map { "\($0): " } ?? "") + expr($0.value) }.joined(separator: ", ")
                        + ")"
                }
            }.joined() + "\""
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func closure(_ c: ClosureExpr) -> String {
        var head: [String] = []
        if !c.captureList.isEmpty {
            head.append(
                "["
                    + c.captureList.map { item in
                        (item.ownership.map { "\($0) " } ?? "") + item.name
                            + (item.value.map { " = " + expr($0) } ?? "")
                    }.joined(separator: ", ") + "]")
        }
        if let parameters = c.parameters {
            head.append(
                "("
                    + parameters.map { p in
                        (p.name ?? "_") + (p.type.map { ": " + (p.isInout ? "inout " : "") + type($0) } ?? "")
                    }
                    .joined(separator: ", ") + ")")
        }
        if c.throwsKeyword { head.append("throws") }
        if let r = c.returnType { head.append("-> \(type(r))") }
        let signature = head.isEmpty ? "" : head.joined(separator: " ") + " in "
        return "(closure \(signature)\(block(c.body)))"
    }

    // MARK: - Patterns and types

    public static func pattern(_ p: Pattern) -> String {
        switch p.kind {
        case .wildcard: return "_"
        case .binding(let name): return "(bind \(name))"
        case .valueBinding(let isVar, let inner): return "(\(isVar ? "var" : "let") \(pattern(inner)))"
        case .tuple(let elements):
            return "(tuple-pattern"
                + elements.map { " " + ($0.label.map { "\($0): " } ?? "") + pattern($0.pattern) }.joined() + ")"
        case .enumCase(let t, let name, _, let arguments):
            let base = (t.map(type) ?? "") + "." + name
            guard let arguments else { return "(case \(base))" }
            return "(case \(base)"
                + arguments.map { " " + ($0.label.map { "\($0): " } ?? "") + pattern($0.pattern) }.joined() + ")"
        case .optional(let inner): return "(? \(pattern(inner)))"
        case .isType(let t): return "(is \(type(t)))"
        case .cast(let inner, let t): return "(as \(pattern(inner)) \(type(t)))"
        case .expression(let e): return "(expr \(expr(e)))"
        case .typed(let inner, let t): return "(typed \(pattern(inner)) \(type(t)))"
        }
    }

    public static func type(_ t: TypeRef) -> String {
        switch t.kind {
        case .named(let name, let arguments):
            return arguments.isEmpty ? name : "\(name)<\(arguments.map(type).joined(separator: ", "))>"
        case .nested(let base, let name, let arguments):
            return "\(type(base)).\(name)"
                + (arguments.isEmpty ? "" : "<\(arguments.map(type).joined(separator: ", "))>")
        case .array(let element): return "[\(type(element))]"
        case .dictionary(let key, let value): return "[\(type(key)): \(type(value))]"
        case .optional(let wrapped): return "\(grouped(wrapped))?"
        case .implicitlyUnwrappedOptional(let wrapped): return "\(grouped(wrapped))!"
        case .tuple(let elements):
            return "(" + elements.map { ($0.label.map { "\($0): " } ?? "") + type($0.type) }.joined(separator: ", ")
                + ")"
        case .function(let parameters, let throwsKeyword, let result):
            let list = parameters.map { p in
                p.attributes.map { "@\($0) " }.joined() + (p.isInout ? "inout " : "") + type(p.type)
                    + (p.isVariadic ? "..." : "")
            }
            return "(" + list.joined(separator: ", ") + ")" + (throwsKeyword ? " throws" : "") + " -> " + type(result)
        case .composition(let members): return members.map(type).joined(separator: " & ")
        case .existential(let inner): return "any \(type(inner))"
        case .opaque(let inner): return "some \(type(inner))"
        case .metatype(let inner, let isProtocol): return "\(grouped(inner)).\(isProtocol ? "Protocol" : "Type")"
        }
    }

    /// A type that needs parentheses before `?`, `!`, `.Type`: `(() -> Int)?`, `(any P)?`.
    static func grouped(_ t: TypeRef) -> String {
        switch t.kind {
        case .function, .composition, .existential, .opaque: return "(\(type(t)))"
        default: return type(t)
        }
    }

    // MARK: - Declarations

    public static func decl(_ d: Decl) -> String {
        let prefix = d.attributes.map { "@\($0) " }.joined() + d.modifiers.map { "\($0) " }.joined()
        return "(" + prefix + declBody(d.kind) + ")"
    }

    static func declBody(_ kind: DeclKind) -> String {
        switch kind {
        case .variable(let v):
            let bindings = v.bindings.map { b -> String in
                var parts = [pattern(b.pattern)]
                if let t = b.type { parts.append(": " + type(t)) }
                if let i = b.initializer { parts.append("= " + expr(i)) }
                if b.getterEffects != .none { parts.append("get-\(b.getterEffects.rawValue)") }
                if let a = b.accessors { parts.append(accessors(a)) }
                return parts.joined(separator: " ")
            }
            return (v.isLet ? "let " : "var ") + bindings.joined(separator: ", ")
        case .function(let f):
            var parts = ["func \(f.name)\(genericParameters(f.genericParameters))\(parameters(f.parameters))"]
            if f.effects != .none { parts.append(f.effects.rawValue + (f.thrownType.map { "(\(type($0)))" } ?? "")) }
            if let r = f.returnType { parts.append("-> " + type(r)) }
            if !f.whereClause.isEmpty { parts.append(whereClause(f.whereClause)) }
            if let body = f.body { parts.append(block(body)) }
            return parts.joined(separator: " ")
        case .initializer(let i):
            let mark = i.failability == .optional ? "?" : i.failability == .implicitlyUnwrapped ? "!" : ""
            var parts = ["init\(mark)\(genericParameters(i.genericParameters))\(parameters(i.parameters))"]
            if i.effects != .none { parts.append(i.effects.rawValue + (i.thrownType.map { "(\(type($0)))" } ?? "")) }
            if !i.whereClause.isEmpty { parts.append(whereClause(i.whereClause)) }
            if let body = i.body { parts.append(block(body)) }
            return parts.joined(separator: " ")
        case .deinitializer(let body): return "deinit \(block(body))"
        case .subscript(let s):
            return
                "subscript\(genericParameters(s.genericParameters))\(parameters(s.parameters)) -> \(type(s.returnType)) \(accessors(s.accessors))"
        case .nominal(let n):
            var head = "\(n.kind.rawValue) \(n.name)\(genericParameters(n.genericParameters))"
            if !n.inheritance.isEmpty { head += ": " + n.inheritance.map(type).joined(separator: ", ") }
            if !n.whereClause.isEmpty { head += " " + whereClause(n.whereClause) }
            return head + " " + members(n.members)
        case .protocol(let p):
            var head = "protocol \(p.name)"
            if !p.inheritance.isEmpty { head += ": " + p.inheritance.map(type).joined(separator: ", ") }
            if !p.whereClause.isEmpty { head += " " + whereClause(p.whereClause) }
            return head + " " + members(p.members)
        case .extension(let e):
            var head = "extension \(type(e.extendedType))"
            if !e.inheritance.isEmpty { head += ": " + e.inheritance.map(type).joined(separator: ", ") }
            if !e.whereClause.isEmpty { head += " " + whereClause(e.whereClause) }
            return head + " " + members(e.members)
        case .enumCase(let elements):
            return "case "
                + elements.map { e -> String in
                    var text = (e.isIndirect ? "indirect " : "") + e.name
                    if let values = e.associatedValues {
                        text +=
                            "("
                            + values.map { v in
                                (v.label.map { "\($0): " } ?? "") + type(v.type)
                                    + (v.defaultValue.map { " = " + expr($0) } ?? "")
                            }.joined(separator: ", ") + ")"
                    }
                    if let raw = e.rawValue { text += " = " + expr(raw) }
                    return text
                }.joined(separator: ", ")
        case .typeAlias(let name, let generic, let t):
            return "typealias \(name)\(genericParameters(generic)) = \(type(t))"
        case .associatedType(let name, let inheritance, let defaultType):
            return "associatedtype \(name)"
                + (inheritance.isEmpty ? "" : ": " + inheritance.map(type).joined(separator: ", "))
                + (defaultType.map { " = " + type($0) } ?? "")
        case .import(let module): return "import \(module)"
        case .operatorDecl(let fixity, let name, let group):
            return "\(fixity) operator \(name)" + (group.map { ": \($0)" } ?? "")
        case .precedenceGroup(let name, let higher, let lower, let associativity, let assignment):
            var parts = ["precedencegroup \(name)"]
            if !higher.isEmpty { parts.append("higherThan: " + higher.joined(separator: ", ")) }
            if !lower.isEmpty { parts.append("lowerThan: " + lower.joined(separator: ", ")) }
            if let associativity { parts.append("associativity: \(associativity)") }
            if assignment { parts.append("assignment: true") }
            return parts.joined(separator: " ")
        }
    }

    static func members(_ decls: [Decl]) -> String { "{" + decls.map(decl).joined(separator: " ") + "}" }

    static func genericParameters(_ parameters: [GenericParameter]) -> String {
        parameters.isEmpty
            ? ""
            : "<" + parameters.map { $0.name + ($0.constraint.map { ": " + type($0) } ?? "") }.joined(separator: ", ")
                + ">"
    }

    static func parameters(_ parameters: [Parameter]) -> String {
        "("
            + parameters.map { p in
                var text = (p.label ?? "_") + " " + (p.name ?? "_") + ": "
                text +=
                    p.attributes.map { "@\($0) " }.joined() + (p.isInout ? "inout " : "") + type(p.type)
                    + (p.isVariadic ? "..." : "")
                if let d = p.defaultValue { text += " = " + expr(d) }
                return text
            }.joined(separator: ", ") + ")"
    }

    static func whereClause(_ requirements: [Requirement]) -> String {
        "where "
            + requirements.map { r -> String in
                switch r {
                case .conformance(let a, let b): return "\(type(a)): \(type(b))"
                case .sameType(let a, let b): return "\(type(a)) == \(type(b))"
                }
            }.joined(separator: ", ")
    }

    static func accessors(_ a: AccessorBlock) -> String {
        func accessor(_ name: String, _ x: Accessor?) -> String? {
            x.map { "\(name)\($0.parameterName.map { "(\($0))" } ?? "") \(block($0.body))" }
        }
        switch a {
        case .computed(let getter, let setter):
            return "{" + (["get \(block(getter))", accessor("set", setter)].compactMap { $0 }).joined(separator: " ")
                + "}"
        case .observers(let willSet, let didSet):
            return "{"
                + [accessor("willSet", willSet), accessor("didSet", didSet)].compactMap { $0 }.joined(separator: " ")
                + "}"
        case .requirement(let settable): return settable ? "{get set}" : "{get}"
        }
    }
}
