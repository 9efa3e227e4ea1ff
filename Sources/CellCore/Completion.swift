// What an editor asks of a session (Jupyter's complete, inspect and is_complete requests): the
// names that complete what is being typed (names in scope, the library's, keywords, and members
// after `.` from the static type of the expression before it), what a name is (its declaration),
// and whether a cell's source is complete. Nothing here runs code or changes the session.

import CellSyntax

/// The names that may replace `source[start..<end]` (offsets in Unicode scalars, as Jupyter
/// counts cursor positions).
public struct Completions: Equatable, Sendable {
    public var matches: [String]
    public var start: Int
    public var end: Int
}

/// Whether a cell's source can run as it is (Jupyter's is_complete reply).
public enum SourceCompleteness: Equatable, Sendable {
    case complete
    /// An unclosed bracket, a multi-line string or block comment still open, or a trailing infix
    /// operator: more lines are expected, indented by `indent`.
    case incomplete(indent: String)
    /// A syntax error more lines cannot fix (`)` without `(`, an unterminated one-line string).
    case invalid
}

extension Session {
    /// Completions of the name being typed at `offset` (Unicode scalars into `source`): after a
    /// `.`, the members of the static type of the expression before it (static members after a
    /// type name); otherwise the session's names, the library's and the keywords. Sorted.
    public func completions(for source: String, at offset: Int) -> Completions {
        let scalars = Array(source.unicodeScalars)
        let end = min(max(offset, 0), scalars.count)
        var start = end
        while start > 0, Self.isNameScalar(scalars[start - 1]) { start -= 1 }
        let prefix = String(String.UnicodeScalarView(scalars[start..<end]))
        var names: Set<String> = []
        if start > 0, scalars[start - 1] == "." {
            let base = Self.expressionText(before: start - 1, in: scalars)
            let context = Self.linesBefore(start, in: scalars)
            if !base.isEmpty, let type = staticType(ofExpression: base, after: context) { names = memberNames(of: type) }
        } else {
            for scope in [env.globalScope, env.libraryScope] {
                for (name, symbols) in scope.symbols where !symbols.isEmpty { names.insert(name) }
            }
            names.formUnion(Token.keywords)
        }
        let matches = names.filter { name in
            name.hasPrefix(prefix) && Self.isCompletableName(name) && (!name.hasPrefix("_") || prefix.hasPrefix("_"))
        }
        return Completions(matches: matches.sorted(), start: start, end: end)
    }

    /// The declarations of the name at `offset` (a member after `.` is looked up on the static type
    /// of the expression before it), one per line, e.g. `let xs: [Int]` or
    /// `func mean(_ values: [Double]) -> Double`; nil when nothing there names a declaration.
    public func declaration(in source: String, at offset: Int) -> String? {
        let scalars = Array(source.unicodeScalars)
        var start = min(max(offset, 0), scalars.count)
        var end = start
        while start > 0, Self.isNameScalar(scalars[start - 1]) { start -= 1 }
        while end < scalars.count, Self.isNameScalar(scalars[end]) { end += 1 }
        guard start < end else { return nil }
        let name = String(String.UnicodeScalarView(scalars[start..<end]))
        var symbols: [Symbol] = []
        if start > 0, scalars[start - 1] == "." {
            let base = Self.expressionText(before: start - 1, in: scalars)
            let context = Self.linesBefore(start, in: scalars)
            guard !base.isEmpty, let type = staticType(ofExpression: base, after: context) else { return nil }
            let checker = Checker(env: env)
            let lookedUp: SwiftType
            if case .metatype(let t) = type.resolved { lookedUp = t } else { lookedUp = type }
            symbols = checker.lookupMembers(of: lookedUp, named: name).map(\.0)
        } else {
            symbols = env.globalScope.lookup(name) ?? []
            if symbols.isEmpty, let local = staticType(ofExpression: name, after: Self.linesBefore(start, in: scalars)) {
                return "\(name): \(local)"
            }
        }
        let lines = symbols.compactMap(Self.declarationText)
        var seen: Set<String> = []
        let unique = lines.filter { seen.insert($0).inserted }
        return unique.isEmpty ? nil : unique.joined(separator: "\n")
    }

    /// Whether `source` is a complete cell, from its tokens (brackets, strings, comments, a
    /// trailing operator), then its parse.
    public static func completeness(of source: String) -> SourceCompleteness {
        let (tokens, errors) = Lexer.tokenize(source)
        for error in errors {
            if error.message.hasPrefix("unterminated '/*'") { return .incomplete(indent: "") }
            if error.message.hasPrefix("unterminated string literal"),
                Self.startsMultilineString(source, at: error.span.start)
            {
                return .incomplete(indent: "")
            }
        }
        if !errors.isEmpty { return .invalid }
        var depth = 0
        for token in tokens where token.kind == .punctuation {
            switch token.text {
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                depth -= 1
                if depth < 0 { return .invalid }
            default: break
            }
        }
        if depth > 0 { return .incomplete(indent: String(repeating: "    ", count: depth)) }
        let significant = tokens.filter { $0.kind != .eof }
        if let last = significant.last {
            let continues =
                (last.kind == .punctuation && [",", "=", "->", ".", ":"].contains(last.text))
                || (last.kind == .operator && !last.isPostfixForm)
            if continues { return .incomplete(indent: "") }
        }
        return Parser.parse(source).errors.isEmpty ? .complete : .invalid
    }

    // MARK: Helpers

    /// The static type of a one-expression source in the session's scope, after the statements of
    /// `context` (the lines of the cell being written above the cursor's, when they parse), or nil
    /// when it does not check. Checked in a scope of its own as an overload trial, so no
    /// diagnostic is kept and nothing joins the session.
    func staticType(ofExpression text: String, after context: String = "") -> SwiftType? {
        let target = Parser.parse(text, operators: operators)
        guard target.errors.isEmpty, target.statements.count == 1, case .expression = target.statements[0].kind else { return nil }
        // Only the context's variables and functions: types, extensions and operators would
        // change the session's own symbols, which nothing here may do.
        let above = Parser.parse(context, operators: operators)
        let kept = above.errors.isEmpty ? above.statements.filter(Self.isLocalDeclaration) : []
        let checker = Checker(env: env)
        checker.trialDepth = 1
        checker.scope = Scope(parent: env.globalScope)
        guard case .expression(let typed)? = checker.checkCell(kept + target.statements).last else { return nil }
        let type = typed.type.resolved
        if case .error = type { return nil }
        if type.hasVariables { return nil }
        return type
    }

    /// A `let`, `var` or `func` statement (what a completion may check in a scope of its own).
    static func isLocalDeclaration(_ statement: Stmt) -> Bool {
        guard case .declaration(let d) = statement.kind else { return false }
        switch d.kind {
        case .variable, .function: return true
        default: return false
        }
    }

    /// Member names usable after `value.` (instance members) or `Type.` (static members, cases,
    /// nested types) for the given static type.
    func memberNames(of type: SwiftType) -> Set<String> {
        var isStatic = false
        var base = type.resolved
        if case .metatype(let t) = base {
            isStatic = true
            base = t.resolved
        }
        var roots: [TypeSymbol] = []
        switch base {
        case .nominal(let s, _): roots = [s]
        case .existential(let ps): roots = ps
        case .genericParameter(let g): roots = g.constraints
        default: return []
        }
        var names: Set<String> = []
        var seen: Set<ObjectIdentifier> = []
        func visit(_ t: TypeSymbol) {
            guard seen.insert(ObjectIdentifier(t)).inserted else { return }
            for (name, symbols) in t.members where symbols.contains(where: { Self.isMember($0, isStatic: isStatic) }) {
                names.insert(name)
            }
            if isStatic, !t.initializers.isEmpty { names.insert("init") }
            if let s = t.superclass { visit(s) }
            t.conformances.forEach(visit)
        }
        roots.forEach(visit)
        names.remove("subscript")
        if !isStatic { names.remove("init") }
        return names
    }

    static func isMember(_ symbol: Symbol, isStatic: Bool) -> Bool {
        switch symbol {
        case .variable(let v): return v.isStatic == isStatic
        case .function(let f): return f.isStatic == isStatic && f.kind != .setter
        case .enumCase, .type, .typeAlias: return isStatic
        }
    }

    /// How a declaration reads in Swift, for inspection.
    static func declarationText(_ symbol: Symbol) -> String? {
        switch symbol {
        case .variable(let v):
            let prefix = v.isStatic ? "static " : ""
            switch v.storage {
            case .computed(_, let setter):
                return "\(prefix)var \(v.name): \(v.type) { get\(setter == nil ? "" : " set") }"
            case .host:
                return "\(prefix)var \(v.name): \(v.type) { get\(v.isLet ? "" : " set") }"
            default:
                return "\(prefix)\(v.isLet ? "let" : "var") \(v.name): \(v.type)"
            }
        case .function(let f):
            if f.kind == .getter || f.kind == .setter { return nil }
            let parameters = f.parameters.map { p -> String in
                let label = p.label ?? "_"
                let name = p.name.map { $0 == label ? label : "\(label) \($0)" } ?? label
                return "\(name): \(p.isInout ? "inout " : "")\(p.type)\(p.isVariadic ? "..." : "")\(p.hasDefault ? " = …" : "")"
            }
            let generics = f.genericParameters.isEmpty ? "" : "<\(f.genericParameters.map(\.name).joined(separator: ", "))>"
            let signature = "(\(parameters.joined(separator: ", ")))\(f.throwing ? " throws" : "")"
            let owner = f.owner.map { "\($0.name)." } ?? ""
            if f.kind == .initializer { return "\(owner)init\(f.isFailable ? "?" : "")\(generics)\(signature)" }
            let result = f.result.isVoid ? "" : " -> \(f.result)"
            return "\(f.isStatic ? "static " : "")func \(owner)\(f.name)\(generics)\(signature)\(result)"
        case .type(let t):
            let generics = t.genericParameters.isEmpty ? "" : "<\(t.genericParameters.map(\.name).joined(separator: ", "))>"
            var inherits = t.superclass.map { [$0.name] } ?? []
            inherits += t.conformances.map(\.name)
            return "\(t.kind.rawValue) \(t.name)\(generics)\(inherits.isEmpty ? "" : ": " + inherits.joined(separator: ", "))"
        case .enumCase(let c):
            return "case \(c.owner.map { "\($0.name)." } ?? "")\(c.name)"
        case .typeAlias(let t):
            return "typealias = \(t)"
        }
    }

    static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        s == "_" || s.properties.isAlphabetic || ("0"..."9").contains(s)
    }

    /// A name a user can type: starts with a letter or `_` (operator functions are left out).
    static func isCompletableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        return first == "_" || first.properties.isAlphabetic
    }

    /// The postfix expression ending just before `end`: names, `.` and balanced `()`/`[]`
    /// groups (`frame["a"].values`, `f(x).y`).
    static func expressionText(before end: Int, in scalars: [Unicode.Scalar]) -> String {
        var i = end
        scan: while i > 0 {
            let s = scalars[i - 1]
            if isNameScalar(s) || s == "." || s == "?" || s == "!" {
                i -= 1
            } else if s == ")" || s == "]" || s == "\"" {
                var depth = 0
                var inString = false
                var j = i
                while j > 0 {
                    let c = scalars[j - 1]
                    j -= 1
                    if c == "\"" {
                        inString.toggle()
                    } else if !inString {
                        if c == ")" || c == "]" { depth += 1 }
                        if c == "(" || c == "[" { depth -= 1 }
                    }
                    if depth == 0 && !inString { break }
                }
                if depth != 0 || inString { break scan }
                i = j
            } else {
                break
            }
        }
        return String(String.UnicodeScalarView(scalars[i..<end])).trimmingLeadingDots()
    }

    /// The whole lines before the one holding `offset`.
    static func linesBefore(_ offset: Int, in scalars: [Unicode.Scalar]) -> String {
        var i = min(offset, scalars.count)
        while i > 0, scalars[i - 1] != "\n" { i -= 1 }
        return String(String.UnicodeScalarView(scalars[..<i]))
    }

    static func startsMultilineString(_ source: String, at position: SourcePosition) -> Bool {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard position.line >= 1, position.line <= lines.count else { return false }
        let line = lines[position.line - 1]
        let rest = line.dropFirst(max(0, position.column - 1)).drop(while: { $0 == "#" })
        return rest.hasPrefix("\"\"\"")
    }
}

extension String {
    fileprivate func trimmingLeadingDots() -> String {
        String(drop(while: { $0 == "." }))
    }
}
