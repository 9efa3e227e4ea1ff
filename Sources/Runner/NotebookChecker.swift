import CellBindings
import CellLanguage
import CellRuntime
import Foundation
import NotebookDocument

/// `notebook check`: finds, without running anything, every option error, every syntax error and
/// every name that is neither a builtin nor defined earlier in the notebook.
///
/// Names defined earlier are the `let`/`var`/`func`/`class` declarations of earlier cells and of
/// earlier statements of the same cell, function and closure parameters (`$0` too), loop
/// variables, `if let`/`guard let` bindings, and, inside a class, its stored properties and
/// methods (and those of a cell superclass). Inside a function or method body a global declared
/// anywhere in the same cell counts too (the body runs later, when it is called). Builtins are the
/// registry's functions, the types with static members (`Int.random`) and host base classes.
///
/// Not checked: members after a `.` (values are dynamically typed, so `ratings.hed` is found only
/// when the cell runs), argument labels and types. Cells marked `eval: false` are skipped; in a
/// cell marked `error: true` (an expected error) findings are not reported, but its definitions count.
public enum NotebookChecker {
    /// Every finding, in notebook order.
    public static func check(_ notebook: Notebook, engine: CellEngine) -> [Diagnostic] {
        engine == .typed ? checkTyped(notebook) : check(notebook)
    }

    /// The typed interpreter's check: every cell's option errors, syntax errors and type errors
    /// (Swift's, at the notebook's line and column), each cell checked against the declarations of
    /// the cells before it. Nothing runs.
    public static func checkTyped(_ notebook: Notebook) -> [Diagnostic] {
        let session = NotebookSession(baseDirectory: URL(fileURLWithPath: notebook.path).deletingLastPathComponent())
        var findings: [Diagnostic] = []
        for cell in notebook.cells where cell.options.eval || !cell.optionErrors.isEmpty {
            for error in cell.optionErrors {
                findings.append(
                    Diagnostic(
                        location: error.location, message: error.message,
                        excerpt: Diagnostic.excerpt(of: cell, line: error.location.line, column: error.location.column)))
            }
            guard cell.options.eval else { continue }
            let errors = session.check(source: cell.source)
            if cell.options.error { continue }
            findings += errors.map {
                locate($0.position.line, $0.position.column, in: cell, path: notebook.path, message: $0.message, notes: $0.notes)
            }
        }
        return findings
    }

    /// Every finding, in notebook order (the classic interpreter's name check).
    public static func check(_ notebook: Notebook, registry: BuiltinRegistry = .standard) -> [Diagnostic] {
        var walker = NameWalker(registry: registry)
        var findings: [Diagnostic] = []
        let laterDefinitions = topLevelDefinitions(notebook)
        for cell in notebook.cells where cell.options.eval || !cell.optionErrors.isEmpty {
            func located(_ span: SourceSpan, _ message: String, notes: [String] = []) -> Diagnostic {
                let line = cell.firstSourceLine + span.start.line - 1
                return Diagnostic(
                    location: SourceLocation(path: notebook.path, line: line, column: span.start.column),
                    message: message, notes: notes,
                    excerpt: Diagnostic.excerpt(of: cell, line: line, column: span.start.column))
            }
            for error in cell.optionErrors {
                findings.append(
                    Diagnostic(
                        location: error.location, message: error.message,
                        excerpt: Diagnostic.excerpt(of: cell, line: error.location.line, column: error.location.column)))
            }
            guard cell.options.eval else { continue }
            let parsed = CellParser.parse(cell.source)
            var cellFindings = parsed.errors.map { located($0.span, $0.message) }
            if !parsed.errors.isEmpty {
                // Names after a syntax error would only repeat it ("cannot find 'total'" because its
                // `let` did not parse): report the syntax errors, and count every name the cell
                // appears to declare as defined, so later cells are not flagged either.
                walker.globals.formUnion(declaredNames(inTokensOf: cell.source))
                if !cell.options.error { findings += cellFindings }
                continue
            }
            walker.unknown = []
            walker.walkCell(parsed.statements)
            for (name, span, visible) in walker.unknown {
                var notes: [String] = []
                if let note = Suggestions.note(for: name, among: visible) { notes.append(note) }
                if let line = laterDefinitions[name]?.first(where: { $0 > cell.firstSourceLine + span.start.line - 1 }) {
                    notes.append("'\(name)' is defined later, at line \(line); cells run top to bottom")
                }
                cellFindings.append(located(span, "cannot find '\(name)' in scope", notes: notes))
            }
            cellFindings.sort { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
            if !cell.options.error { findings += cellFindings }
        }
        return findings
    }

    /// Every name that follows `let`, `var`, `func` or `class` in the source, parsed or not.
    static func declaredNames(inTokensOf source: String) -> [String] {
        let tokens = Lexer.tokenize(source).tokens
        var names: [String] = []
        for (i, token) in tokens.enumerated() where token.kind == .keyword && ["let", "var", "func", "class"].contains(token.text) {
            var j = i + 1
            // `let (a, b) = …`: the names of a tuple pattern.
            if j < tokens.count, tokens[j].text == "(" {
                j += 1
                while j < tokens.count, tokens[j].text != ")", tokens[j].text != "=" {
                    if tokens[j].kind == .identifier { names.append(tokens[j].text) }
                    j += 1
                }
            } else if j < tokens.count, tokens[j].kind == .identifier {
                names.append(tokens[j].text)
            }
        }
        return names
    }

    /// The notebook lines where each top-level name is declared.
    private static func topLevelDefinitions(_ notebook: Notebook) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for cell in notebook.cells where cell.options.eval {
            for stmt in CellParser.parse(cell.source).statements {
                for name in NameWalker.declaredNames(stmt) {
                    out[name, default: []].append(cell.firstSourceLine + stmt.span.start.line - 1)
                }
            }
        }
        return out
    }
}

/// Walks cells in order, tracking the names in scope the way the interpreter's CompileContext
/// resolves them, and records every name it cannot resolve.
struct NameWalker {
    let builtins: Set<String>
    let baseClasses: Set<String>
    /// Session globals defined so far.
    var globals: Set<String> = []
    /// Top-level names of the cell being walked (visible inside function bodies, which run later).
    var cellGlobals: Set<String> = []
    /// Members (stored properties and methods) of each class declared so far, superclasses included.
    var classMembers: [String: Set<String>] = [:]
    /// Local block scopes, innermost last.
    var scopes: [Set<String>] = []
    /// Inside a function body (globals of the whole cell are visible).
    var deferred = false
    /// Inside a method or initializer: members of `self` by bare name.
    var selfMembers: Set<String>? = nil
    /// Unresolved names with their span and the names that were visible there.
    var unknown: [(String, SourceSpan, [String])] = []

    init(registry: BuiltinRegistry) {
        var names = Set(registry.functions.keys)
        for type in registry.methods.keys where type.hasSuffix(".Type") { names.insert(String(type.dropLast(5))) }
        for type in registry.properties.keys where type.hasSuffix(".Type") { names.insert(String(type.dropLast(5))) }
        builtins = names
        baseClasses = Set(registry.baseClasses.keys)
    }

    /// The names a top-level statement declares.
    static func declaredNames(_ stmt: Stmt) -> [String] {
        switch stmt.kind {
        case let .variable(decl): return decl.pattern.names
        case let .function(decl): return [decl.name]
        case let .class(decl): return [decl.name]
        default: return []
        }
    }

    mutating func walkCell(_ statements: [Stmt]) {
        cellGlobals = Set(statements.flatMap(Self.declaredNames))
        scopes = []
        deferred = false
        selfMembers = nil
        for stmt in statements { walk(stmt) }
        cellGlobals = []
    }

    // MARK: Scopes

    private mutating func declare(_ names: [String]) {
        if scopes.isEmpty { globals.formUnion(names) } else { scopes[scopes.count - 1].formUnion(names) }
    }

    private func isVisible(_ name: String) -> Bool {
        if scopes.contains(where: { $0.contains(name) }) { return true }
        if let members = selfMembers, members.contains(name) { return true }
        if globals.contains(name) || builtins.contains(name) { return true }
        return deferred && cellGlobals.contains(name)
    }

    private var visibleNames: [String] {
        scopes.flatMap { $0 } + Array(selfMembers ?? []) + Array(globals) + Array(builtins) + (deferred ? Array(cellGlobals) : [])
    }

    private mutating func use(_ name: String, _ span: SourceSpan) {
        if !isVisible(name) { unknown.append((name, span, visibleNames)) }
    }

    /// Walks a block in a new scope; local functions are visible from the block's start (hoisted).
    private mutating func walkBlock(_ statements: [Stmt]) {
        scopes.append([])
        for stmt in statements { if case let .function(d) = stmt.kind { scopes[scopes.count - 1].insert(d.name) } }
        for stmt in statements { walk(stmt) }
        scopes.removeLast()
    }

    /// Runs `body` as the inside of a function: a new scope, globals of the whole cell visible.
    private mutating func inFunction(selfMembers members: Set<String>?? = .none, _ body: (inout NameWalker) -> Void) {
        let saved = (scopes, deferred, selfMembers)
        scopes.append([])
        deferred = true
        if case let .some(m) = members { selfMembers = m }
        body(&self)
        (scopes, deferred, selfMembers) = (saved.0, saved.1, saved.2)
    }

    // MARK: Statements

    mutating func walk(_ stmt: Stmt) {
        switch stmt.kind {
        case let .expression(e):
            walk(e)
        case let .variable(decl):
            if let e = decl.initializer { walk(e) }
            declare(decl.pattern.names)
        case let .assignment(target, _, value):
            walk(target)
            walk(value)
        case let .function(decl):
            declare([decl.name])
            walkFunction(decl, selfMembers: .none)
        case let .class(decl):
            walkClass(decl, span: stmt.span)
        case let .if(conditions, thenBody, elseBody):
            scopes.append([])
            walk(conditions)
            walkBlock(thenBody)
            scopes.removeLast()
            if let elseBody { walkBlock(elseBody) }
        case let .guard(conditions, elseBody):
            walkBlock(elseBody)
            walk(conditions)
        case let .forIn(pattern, sequence, body):
            walk(sequence)
            scopes.append(Set(pattern.names))
            walkBlock(body)
            scopes.removeLast()
        case let .while(condition, body):
            walk(condition)
            walkBlock(body)
        case let .return(e):
            if let e { walk(e) }
        case .break, .continue:
            break
        }
    }

    private mutating func walk(_ conditions: [Condition]) {
        for c in conditions {
            switch c {
            case let .expression(e): walk(e)
            case let .optionalBinding(_, name, value, _):
                walk(value)
                declare([name])
            }
        }
    }

    private mutating func walkFunction(_ decl: FunctionDecl, selfMembers members: Set<String>??) {
        inFunction(selfMembers: members) { w in
            w.scopes[w.scopes.count - 1].formUnion(decl.parameters.map(\.name))
            for p in decl.parameters { if let d = p.defaultValue { w.walk(d) } }
            if decl.body.count == 1, case let .expression(e) = decl.body[0].kind {
                w.walk(e)
            } else {
                w.walkBlock(decl.body)
            }
        }
    }

    private mutating func walkClass(_ decl: ClassDecl, span: SourceSpan) {
        var members = Set(decl.properties.flatMap(\.pattern.names)).union(decl.methods.map(\.name))
        if let superName = decl.superclass {
            if let inherited = classMembers[superName] {
                members.formUnion(inherited)
            } else if !baseClasses.contains(superName) && !isVisible(superName) {
                unknown.append((superName, span, Array(baseClasses) + Array(classMembers.keys)))
            }
        }
        // Declared first: methods may refer to the class by name.
        declare([decl.name])
        classMembers[decl.name] = members
        for p in decl.properties {
            // A property default runs without `self` (as in the interpreter).
            if let e = p.initializer { inFunction(selfMembers: .some(nil)) { w in w.walk(e) } }
        }
        for f in decl.initializers + decl.methods { walkFunction(f, selfMembers: .some(members)) }
    }

    // MARK: Expressions

    mutating func walk(_ e: Expr) {
        switch e.kind {
        case .int, .double, .bool, .nil, .selfRef, .superRef, .anonymousClosureArgument, .implicitMember:
            break
        case let .string(parts):
            for case let .interpolation(inner) in parts { walk(inner) }
        case let .identifier(name):
            use(name, e.span)
        case let .array(items):
            items.forEach { walk($0) }
        case let .dictionary(entries):
            for entry in entries { walk(entry.key); walk(entry.value) }
        case let .tuple(elements):
            elements.forEach { walk($0.value) }
        case let .prefix(_, operand):
            walk(operand)
        case let .binary(_, l, r):
            walk(l); walk(r)
        case let .ternary(c, a, b):
            walk(c); walk(a); walk(b)
        case let .call(callee, args):
            // `[Int]()` and `[String: Double]()` name types, not values.
            switch callee.kind {
            case .array, .dictionary: break
            default: walk(callee)
            }
            args.forEach { walk($0.value) }
        case let .member(base, _), let .tupleIndex(base, _), let .forceUnwrap(base):
            walk(base)
        case let .implicitMemberCall(_, args):
            args.forEach { walk($0.value) }
        case let .subscript(base, args):
            walk(base)
            args.forEach { walk($0.value) }
        case let .closure(c):
            // A closure keeps its surrounding mode: at a cell's top level it usually runs at once.
            scopes.append(Set(c.parameters.compactMap(\.name)))
            if c.body.count == 1, case let .expression(body) = c.body[0].kind {
                walk(body)
            } else {
                walkBlock(c.body)
            }
            scopes.removeLast()
        }
    }
}

extension Pattern {
    /// The names a pattern binds.
    var names: [String] {
        switch self {
        case let .name(n): return [n]
        case .wildcard: return []
        case let .tuple(ps): return ps.flatMap(\.names)
        }
    }
}
