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
        case let .expression(e): return expr(e)
        case let .declaration(d): return decl(d)
        case let .if(i): return ifStatement(i)
        case let .guard(conditions, body): return "(guard \(conditionList(conditions)) \(block(body)))"
        case let .while(conditions, body): return "(while \(conditionList(conditions)) \(block(body)))"
        case let .repeat(body, condition): return "(repeat \(block(body)) \(expr(condition)))"
        case let .forIn(f):
            var parts = ["for\(f.isCase ? "-case" : "")", pattern(f.pattern), expr(f.sequence)]
            if let w = f.whereClause { parts.append("(where \(expr(w)))") }
            parts.append(block(f.body))
            return "(" + parts.joined(separator: " ") + ")"
        case let .switch(sw): return switchStatement(sw)
        case let .return(value): return value.map { "(return \(expr($0)))" } ?? "(return)"
        case let .break(label): return label.map { "(break \($0))" } ?? "(break)"
        case let .continue(label): return label.map { "(continue \($0))" } ?? "(continue)"
        case .fallthrough: return "(fallthrough)"
        case let .throw(e): return "(throw \(expr(e)))"
        case let .defer(body): return "(defer \(block(body)))"
        case let .do(body, catches):
            let clauses = catches.map { c -> String in
                var parts = ["catch"]
                if let p = c.pattern { parts.append(pattern(p)) }
                parts += c.otherPatterns.map(pattern)
                if let w = c.whereClause { parts.append("(where \(expr(w)))") }
                parts.append(block(c.body))
                return " (" + parts.joined(separator: " ") + ")"
            }
            return "(do \(block(body))\(clauses.joined()))"
        case let .labeled(label, inner): return "(label \(label) \(stmt(inner)))"
        }
    }

    static func block(_ statements: [Stmt]) -> String {
        "{" + statements.map(stmt).joined(separator: " ") + "}"
    }

    static func ifStatement(_ i: IfStatement) -> String {
        var text = "(if \(conditionList(i.conditions)) \(block(i.then))"
        switch i.otherwise {
        case nil: break
        case let .block(b)?: text += " \(block(b))"
        case let .elseIf(nested, _)?: text += " \(ifStatement(nested))"
        }
        return text + ")"
    }

    static func switchStatement(_ sw: SwitchStatement) -> String {
        let cases = sw.cases.map { c -> String in
            let label = c.isDefault ? "default" : "case " + c.items.map { item in
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
        case let .expression(e): return expr(e)
        case let .optionalBinding(isVar, p, value, _):
            return "(\(isVar ? "var" : "let") \(pattern(p))\(value.map { " " + expr($0) } ?? ""))"
        case let .matching(p, value, _): return "(case \(pattern(p)) \(expr(value)))"
        case let .availability(isUnavailable, _): return isUnavailable ? "(#unavailable)" : "(#available)"
        }
    }

    // MARK: - Expressions

    public static func expr(_ e: Expr) -> String {
        switch e.kind {
        case let .integerLiteral(text), let .floatLiteral(text): return text
        case let .stringLiteral(parts): return string(parts)
        case let .booleanLiteral(b): return b ? "true" : "false"
        case .nilLiteral: return "nil"
        case let .identifier(name, arguments):
            return arguments.isEmpty ? name : "\(name)<\(arguments.map(type).joined(separator: ", "))>"
        case .selfRef: return "self"
        case .superRef: return "super"
        case let .anonymousClosureArgument(n): return "$\(n)"
        case .discard: return "_"
        case let .array(elements): return "(array" + elements.map { " " + expr($0) }.joined() + ")"
        case let .dictionary(entries):
            return "(dict" + entries.map { " (\(expr($0.key)) \(expr($0.value)))" }.joined() + ")"
        case let .tuple(elements):
            return "(tuple" + elements.map { " " + ($0.label.map { "\($0): " } ?? "") + expr($0.value) }.joined() + ")"
        case let .paren(inner): return "(paren \(expr(inner)))"
        case let .prefix(op, operand, _): return "(prefix \(op) \(expr(operand)))"
        case let .postfix(op, operand, _): return "(postfix \(op) \(expr(operand)))"
        case let .binary(op, lhs, rhs, _): return "(\(op) \(expr(lhs)) \(expr(rhs)))"
        case let .assignment(op, target, value, _): return "(\(op) \(expr(target)) \(expr(value)))"
        case let .ternary(c, a, b, _): return "(? \(expr(c)) \(expr(a)) \(expr(b)))"
        case let .call(callee, arguments, _): return "(call \(expr(callee))\(argumentList(arguments)))"
        case let .subscript(base, arguments, _): return "(subscript \(expr(base))\(argumentList(arguments)))"
        case let .member(base, name, _, _, arguments):
            let generic = arguments.isEmpty ? "" : "<\(arguments.map(type).joined(separator: ", "))>"
            return "(. \(expr(base)) \(name)\(generic))"
        case let .tupleIndex(base, i, _): return "(. \(expr(base)) \(i))"
        case let .implicitMember(name, _): return ".\(name)"
        case let .closure(c): return closure(c)
        case let .forceUnwrap(inner, _): return "(! \(expr(inner)))"
        case let .bindOptional(inner, _): return "(bind? \(expr(inner)))"
        case let .optionalEvaluation(inner): return "(optional-chain \(expr(inner)))"
        case let .try(kind, inner): return "(\(kind.rawValue) \(expr(inner)))"
        case let .cast(inner, kind, t, _): return "(\(kind.rawValue) \(expr(inner)) \(type(t)))"
        case let .isType(inner, t, _): return "(is \(expr(inner)) \(type(t)))"
        case let .inoutArgument(inner): return "(& \(expr(inner)))"
        case let .keyPath(root, components):
            return "(keypath \(root.map(type) ?? "_") \(components.joined(separator: ".")))"
        case let .type(t): return "(type \(type(t)))"
        case let .ifExpression(i): return ifStatement(i)
        case let .switchExpression(sw): return switchStatement(sw)
        }
    }

    static func argumentList(_ arguments: [Argument]) -> String {
        arguments.map { argument in
            let label = argument.label.map { "\($0): " } ?? ""
            return " " + (argument.isTrailingClosure ? "trailing " : "") + label + expr(argument.value)
        }.joined()
    }

    static func string(_ parts: [StringPart]) -> String {
        "\"" + parts.map { part -> String in
            switch part {
            case let .literal(text): return escape(text)
            case let .interpolation(arguments, _):
                return "\\(" + arguments.map { ($0.label.map { "\($0): " } ?? "") + expr($0.value) }.joined(separator: ", ") + ")"
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
                "[" + c.captureList.map { item in
                    (item.ownership.map { "\($0) " } ?? "") + item.name + (item.value.map { " = " + expr($0) } ?? "")
                }.joined(separator: ", ") + "]")
        }
        if let parameters = c.parameters {
            head.append(
                "(" + parameters.map { p in (p.name ?? "_") + (p.type.map { ": " + (p.isInout ? "inout " : "") + type($0) } ?? "") }
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
        case let .binding(name): return "(bind \(name))"
        case let .valueBinding(isVar, inner): return "(\(isVar ? "var" : "let") \(pattern(inner)))"
        case let .tuple(elements):
            return "(tuple-pattern" + elements.map { " " + ($0.label.map { "\($0): " } ?? "") + pattern($0.pattern) }.joined() + ")"
        case let .enumCase(t, name, _, arguments):
            let base = (t.map(type) ?? "") + "." + name
            guard let arguments else { return "(case \(base))" }
            return "(case \(base)" + arguments.map { " " + ($0.label.map { "\($0): " } ?? "") + pattern($0.pattern) }.joined() + ")"
        case let .optional(inner): return "(? \(pattern(inner)))"
        case let .isType(t): return "(is \(type(t)))"
        case let .cast(inner, t): return "(as \(pattern(inner)) \(type(t)))"
        case let .expression(e): return "(expr \(expr(e)))"
        case let .typed(inner, t): return "(typed \(pattern(inner)) \(type(t)))"
        }
    }

    public static func type(_ t: TypeRef) -> String {
        switch t.kind {
        case let .named(name, arguments):
            return arguments.isEmpty ? name : "\(name)<\(arguments.map(type).joined(separator: ", "))>"
        case let .nested(base, name, arguments):
            return "\(type(base)).\(name)" + (arguments.isEmpty ? "" : "<\(arguments.map(type).joined(separator: ", "))>")
        case let .array(element): return "[\(type(element))]"
        case let .dictionary(key, value): return "[\(type(key)): \(type(value))]"
        case let .optional(wrapped): return "\(type(wrapped))?"
        case let .implicitlyUnwrappedOptional(wrapped): return "\(type(wrapped))!"
        case let .tuple(elements):
            return "(" + elements.map { ($0.label.map { "\($0): " } ?? "") + type($0.type) }.joined(separator: ", ") + ")"
        case let .function(parameters, throwsKeyword, result):
            let list = parameters.map { p in
                p.attributes.map { "@\($0) " }.joined() + (p.isInout ? "inout " : "") + type(p.type) + (p.isVariadic ? "..." : "")
            }
            return "(" + list.joined(separator: ", ") + ")" + (throwsKeyword ? " throws" : "") + " -> " + type(result)
        case let .composition(members): return members.map(type).joined(separator: " & ")
        case let .existential(inner): return "any \(type(inner))"
        case let .opaque(inner): return "some \(type(inner))"
        case let .metatype(inner, isProtocol): return "\(type(inner)).\(isProtocol ? "Protocol" : "Type")"
        }
    }

    // MARK: - Declarations

    public static func decl(_ d: Decl) -> String {
        let prefix = d.attributes.map { "@\($0) " }.joined() + d.modifiers.map { "\($0) " }.joined()
        return "(" + prefix + declBody(d.kind) + ")"
    }

    static func declBody(_ kind: DeclKind) -> String {
        switch kind {
        case let .variable(v):
            let bindings = v.bindings.map { b -> String in
                var parts = [pattern(b.pattern)]
                if let t = b.type { parts.append(": " + type(t)) }
                if let i = b.initializer { parts.append("= " + expr(i)) }
                if let a = b.accessors { parts.append(accessors(a)) }
                return parts.joined(separator: " ")
            }
            return (v.isLet ? "let " : "var ") + bindings.joined(separator: ", ")
        case let .function(f):
            var parts = ["func \(f.name)\(genericParameters(f.genericParameters))\(parameters(f.parameters))"]
            if f.effects != .none { parts.append(f.effects.rawValue) }
            if let r = f.returnType { parts.append("-> " + type(r)) }
            if !f.whereClause.isEmpty { parts.append(whereClause(f.whereClause)) }
            if let body = f.body { parts.append(block(body)) }
            return parts.joined(separator: " ")
        case let .initializer(i):
            let mark = i.failability == .optional ? "?" : i.failability == .implicitlyUnwrapped ? "!" : ""
            var parts = ["init\(mark)\(genericParameters(i.genericParameters))\(parameters(i.parameters))"]
            if i.effects != .none { parts.append(i.effects.rawValue) }
            if !i.whereClause.isEmpty { parts.append(whereClause(i.whereClause)) }
            if let body = i.body { parts.append(block(body)) }
            return parts.joined(separator: " ")
        case let .deinitializer(body): return "deinit \(block(body))"
        case let .subscript(s):
            return "subscript\(genericParameters(s.genericParameters))\(parameters(s.parameters)) -> \(type(s.returnType)) \(accessors(s.accessors))"
        case let .nominal(n):
            var head = "\(n.kind.rawValue) \(n.name)\(genericParameters(n.genericParameters))"
            if !n.inheritance.isEmpty { head += ": " + n.inheritance.map(type).joined(separator: ", ") }
            if !n.whereClause.isEmpty { head += " " + whereClause(n.whereClause) }
            return head + " " + members(n.members)
        case let .protocol(p):
            var head = "protocol \(p.name)"
            if !p.inheritance.isEmpty { head += ": " + p.inheritance.map(type).joined(separator: ", ") }
            if !p.whereClause.isEmpty { head += " " + whereClause(p.whereClause) }
            return head + " " + members(p.members)
        case let .extension(e):
            var head = "extension \(type(e.extendedType))"
            if !e.inheritance.isEmpty { head += ": " + e.inheritance.map(type).joined(separator: ", ") }
            if !e.whereClause.isEmpty { head += " " + whereClause(e.whereClause) }
            return head + " " + members(e.members)
        case let .enumCase(elements):
            return "case " + elements.map { e -> String in
                var text = (e.isIndirect ? "indirect " : "") + e.name
                if let values = e.associatedValues {
                    text += "(" + values.map { v in
                        (v.label.map { "\($0): " } ?? "") + type(v.type) + (v.defaultValue.map { " = " + expr($0) } ?? "")
                    }.joined(separator: ", ") + ")"
                }
                if let raw = e.rawValue { text += " = " + expr(raw) }
                return text
            }.joined(separator: ", ")
        case let .typeAlias(name, generic, t): return "typealias \(name)\(genericParameters(generic)) = \(type(t))"
        case let .associatedType(name, inheritance, defaultType):
            return "associatedtype \(name)" + (inheritance.isEmpty ? "" : ": " + inheritance.map(type).joined(separator: ", "))
                + (defaultType.map { " = " + type($0) } ?? "")
        case let .import(module): return "import \(module)"
        case let .operatorDecl(fixity, name, group): return "\(fixity) operator \(name)" + (group.map { ": \($0)" } ?? "")
        case let .precedenceGroup(name, higher, lower, associativity, assignment):
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
        parameters.isEmpty ? "" : "<" + parameters.map { $0.name + ($0.constraint.map { ": " + type($0) } ?? "") }.joined(separator: ", ") + ">"
    }

    static func parameters(_ parameters: [Parameter]) -> String {
        "(" + parameters.map { p in
            var text = (p.label ?? "_") + " " + (p.name ?? "_") + ": "
            text += p.attributes.map { "@\($0) " }.joined() + (p.isInout ? "inout " : "") + type(p.type) + (p.isVariadic ? "..." : "")
            if let d = p.defaultValue { text += " = " + expr(d) }
            return text
        }.joined(separator: ", ") + ")"
    }

    static func whereClause(_ requirements: [Requirement]) -> String {
        "where " + requirements.map { r -> String in
            switch r {
            case let .conformance(a, b): return "\(type(a)): \(type(b))"
            case let .sameType(a, b): return "\(type(a)) == \(type(b))"
            }
        }.joined(separator: ", ")
    }

    static func accessors(_ a: AccessorBlock) -> String {
        func accessor(_ name: String, _ x: Accessor?) -> String? {
            x.map { "\(name)\($0.parameterName.map { "(\($0))" } ?? "") \(block($0.body))" }
        }
        switch a {
        case let .computed(getter, setter):
            return "{" + (["get \(block(getter))", accessor("set", setter)].compactMap { $0 }).joined(separator: " ") + "}"
        case let .observers(willSet, didSet):
            return "{" + [accessor("willSet", willSet), accessor("didSet", didSet)].compactMap { $0 }.joined(separator: " ") + "}"
        case let .requirement(settable): return settable ? "{get set}" : "{get}"
        }
    }
}
