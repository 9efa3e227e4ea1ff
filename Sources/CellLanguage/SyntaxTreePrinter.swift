// Prints syntax trees as compact S-expressions, for tests and debugging.
//
// Examples: `1 + 2 * 3` → `(+ 1 (* 2 3))`; `f(x: 1) { $0 }` → `(call f x:1 trailing:(closure () $0))`;
// `let (a, b) = t` → `(let (a b) t)`.

public enum SyntaxTreePrinter {
    public static func print(_ statements: [Stmt]) -> String { statements.map(print).joined(separator: " ") }

    public static func print(_ stmt: Stmt) -> String {
        switch stmt.kind {
        case let .expression(e): return print(e)
        case let .variable(v): return variable(v)
        case let .assignment(target, op, value): return "(\(op.rawValue) \(print(target)) \(print(value)))"
        case let .function(f): return function(f)
        case let .class(c):
            var parts = ["class", c.name]
            if let s = c.superclass { parts.append(": " + s) }
            parts += c.properties.map(variable) + c.initializers.map(function) + c.methods.map(function)
            return "(" + parts.joined(separator: " ") + ")"
        case let .if(conditions, then, otherwise):
            var s = "(if (\(conditions.map(condition).joined(separator: " "))) \(block(then))"
            if let otherwise { s += " else \(block(otherwise))" }
            return s + ")"
        case let .guard(conditions, body): return "(guard (\(conditions.map(condition).joined(separator: " "))) else \(block(body)))"
        case let .forIn(pattern, sequence, body): return "(for \(self.pattern(pattern)) \(print(sequence)) \(block(body)))"
        case let .while(condition, body): return "(while \(print(condition)) \(block(body)))"
        case let .return(value): return value.map { "(return \(print($0)))" } ?? "(return)"
        case .break: return "(break)"
        case .continue: return "(continue)"
        }
    }

    public static func print(_ expr: Expr) -> String {
        switch expr.kind {
        case let .int(v): return String(v)
        case let .double(v): return String(v)
        case let .string(parts):
            if parts.count == 1, case let .literal(s) = parts[0] { return quote(s) }
            return "(string " + parts.map { part -> String in
                switch part {
                case let .literal(s): return quote(s)
                case let .interpolation(e): return print(e)
                }
            }.joined(separator: " ") + ")"
        case let .bool(b): return String(b)
        case .nil: return "nil"
        case let .identifier(name): return name
        case .selfRef: return "self"
        case .superRef: return "super"
        case let .anonymousClosureArgument(n): return "$\(n)"
        case let .array(elements): return "(array" + elements.map { " " + print($0) }.joined() + ")"
        case let .dictionary(entries): return "(dict" + entries.map { " (\(print($0.key)) \(print($0.value)))" }.joined() + ")"
        case let .tuple(elements): return "(tuple" + elements.map { " " + ($0.label.map { "\($0):" } ?? "") + print($0.value) }.joined() + ")"
        case let .prefix(op, operand): return "(\(op.rawValue) \(print(operand)))"
        case let .binary(op, l, r): return "(\(op.rawValue) \(print(l)) \(print(r)))"
        case let .ternary(c, a, b): return "(? \(print(c)) \(print(a)) \(print(b)))"
        case let .call(callee, args): return "(call \(print(callee))\(arguments(args)))"
        case let .member(base, name): return "(. \(print(base)) \(name))"
        case let .tupleIndex(base, i): return "(. \(print(base)) \(i))"
        case let .implicitMember(name): return ".\(name)"
        case let .implicitMemberCall(name, args): return "(call .\(name)\(arguments(args)))"
        case let .subscript(base, args): return "(sub \(print(base))\(arguments(args)))"
        case let .closure(c):
            let params = c.parameters.map { ($0.name ?? "_") + ($0.type.map { ":\($0)" } ?? "") }.joined(separator: " ")
            let returns = c.returnType.map { " -> \($0)" } ?? ""
            return "(closure (\(params))\(returns)" + c.body.map { " " + print($0) }.joined() + ")"
        case let .forceUnwrap(e): return "(! \(print(e)))"
        }
    }

    static func arguments(_ args: [Argument]) -> String {
        args.map { arg in
            " " + (arg.isTrailingClosure ? "trailing:" : arg.label.map { "\($0):" } ?? "") + print(arg.value)
        }.joined()
    }

    static func variable(_ v: VariableDecl) -> String {
        var s = "(\(v.isConstant ? "let" : "var") \(pattern(v.pattern))"
        if let t = v.type { s += ":\(t)" }
        if let e = v.initializer { s += " \(print(e))" }
        return s + ")"
    }

    static func function(_ f: FunctionDecl) -> String {
        let params = f.parameters.map { p -> String in
            var s = (p.label ?? "_") + (p.label == p.name ? "" : " " + p.name)
            if let t = p.type { s += ":\(t)" }
            if let d = p.defaultValue { s += "=\(print(d))" }
            return s
        }.joined(separator: ", ")
        let returns = f.returnType.map { " -> \($0)" } ?? ""
        return "(func \(f.name) (\(params))\(returns) \(block(f.body)))"
    }

    static func block(_ statements: [Stmt]) -> String { "{" + statements.map(print).joined(separator: " ") + "}" }

    static func condition(_ c: Condition) -> String {
        switch c {
        case let .expression(e): return print(e)
        case let .optionalBinding(isConstant, name, value, _): return "(\(isConstant ? "let" : "var") \(name) \(print(value)))"
        }
    }

    static func pattern(_ p: Pattern) -> String {
        switch p {
        case let .name(n): return n
        case .wildcard: return "_"
        case let .tuple(ps): return "(" + ps.map(pattern).joined(separator: " ") + ")"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out + "\""
    }
}
