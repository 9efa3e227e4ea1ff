import CellLanguage
import CellRuntime
import Foundation
import NotebookDocument

/// `notebook run FILE -p name=value`: overrides the `let` constants of the cell marked
/// `//| parameters: true` (papermill's parameters cell). Each value is typed like the literal it
/// replaces (an Int literal takes an Int, a Double literal a number, a Bool literal true or false,
/// a String literal any text), and the cell's source is rewritten before anything runs, so the
/// report shows the values used, each followed by a `// -p name=value` comment.
public enum Parameters {
    /// One `name=value` from the command line.
    public struct Assignment: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(name: String, value: String) { self.name = name; self.value = value }
    }

    /// A parameter the notebook declares: its name, the kind of its literal and its current text.
    public struct Declaration: Sendable, Equatable {
        public enum Kind: String, Sendable { case int = "Int", double = "Double", bool = "Bool", string = "String" }
        public var name: String
        public var kind: Kind
        /// The literal as written in the cell.
        public var literal: String
        /// Where the literal starts and ends in the cell (half-open, cell-relative).
        var span: SourceSpan
    }

    /// Parses `name=value` (the value may contain `=` and be empty).
    public static func parse(_ text: String) throws(ParameterError) -> Assignment {
        guard let eq = text.firstIndex(of: "=") else {
            throw ParameterError("expected NAME=VALUE after -p, got '\(text)'")
        }
        let name = String(text[..<eq]).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw ParameterError("expected a parameter name before '=' in '-p \(text)'") }
        return Assignment(name: name, value: String(text[text.index(after: eq)...]))
    }

    /// The parameters a cell declares: its top-level `let`/`var` whose value is a one-line literal.
    public static func declarations(in cell: Cell) -> [Declaration] {
        let parsed = CellParser.parse(cell.source)
        let lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [Declaration] = []
        for stmt in parsed.statements {
            guard case let .variable(decl) = stmt.kind, case let .name(name) = decl.pattern,
                let initializer = decl.initializer, var kind = literalKind(initializer),
                initializer.span.start.line == initializer.span.end.line
            else { continue }
            if case let .named(typeName, [])? = decl.type, let annotated = Declaration.Kind(rawValue: typeName) {
                if annotated == .double && kind == .int { kind = .double }
            }
            let text = slice(lines, initializer.span) ?? ""
            out.append(Declaration(name: name, kind: kind, literal: text, span: initializer.span))
        }
        return out
    }

    /// Rewrites the notebook's parameters cell with `assignments`.
    /// - Throws: `ParameterError` when no cell is marked `parameters: true`, a name is not one of
    ///   its literal constants (the message lists them and suggests the closest), or a value does
    ///   not parse as the literal's type.
    public static func inject(_ assignments: [Assignment], into notebook: Notebook) throws(ParameterError) -> Notebook {
        guard !assignments.isEmpty else { return notebook }
        let marked = notebook.cells.filter { $0.options.parameters }
        if marked.count > 1 {
            throw ParameterError(
                "\(notebook.path):\(marked[1].fenceLine):1: error: only one cell may be marked '//| parameters: true'; "
                    + "the first is at line \(marked[0].fenceLine)"
            )
        }
        guard let cell = marked.first else {
            throw ParameterError("\(notebook.path): error: -p was given but no cell is marked '//| parameters: true'")
        }
        let declared = declarations(in: cell)
        var lines = cell.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var edits: [(Declaration, String, Assignment)] = []
        for assignment in assignments {
            guard let declaration = declared.last(where: { $0.name == assignment.name }) else {
                let names = declared.map(\.name)
                var message = "\(notebook.path):\(cell.fenceLine): error: unknown parameter '\(assignment.name)'; "
                message +=
                    names.isEmpty
                    ? "the parameters cell declares no literal constants"
                    : "the parameters cell declares \(names.map { "'\($0)'" }.joined(separator: ", "))"
                if let note = Suggestions.note(for: assignment.name, among: names) { message += "; \(note)" }
                throw ParameterError(message)
            }
            let literal = try literal(for: assignment, as: declaration, cell: cell, path: notebook.path)
            edits.removeAll { $0.0.name == declaration.name }
            edits.append((declaration, literal, assignment))
        }
        // Right to left within a line so earlier columns stay valid.
        for (declaration, literal, assignment) in edits.sorted(by: { $0.0.span.start > $1.0.span.start }) {
            let start = declaration.span.start, end = declaration.span.end
            let index = start.line - 1
            guard lines.indices.contains(index), start.line == end.line else { continue }
            var characters = Array(lines[index])
            let lower = max(0, min(characters.count, start.column - 1))
            let upper = max(lower, min(characters.count, end.column - 1))
            characters.replaceSubrange(lower..<upper, with: Array(literal))
            lines[index] = String(characters) + (lines[index].contains("// -p ") ? "" : "  // -p \(assignment.name)=\(assignment.value)")
        }
        var changed = cell
        changed.source = lines.joined(separator: "\n")
        var result = notebook
        result.blocks = notebook.blocks.map { block in
            if case let .cell(c) = block, c.index == cell.index { return .cell(changed) }
            return block
        }
        return result
    }

    /// The Swift literal for `assignment.value`, typed like `declaration`.
    static func literal(for assignment: Assignment, as declaration: Declaration, cell: Cell, path: String) throws(ParameterError) -> String {
        let value = assignment.value
        let line = cell.firstSourceLine + declaration.span.start.line - 1
        func wrongType(_ expected: String) -> ParameterError {
            ParameterError(
                "\(path):\(line):\(declaration.span.start.column): error: parameter '\(declaration.name)' expects \(expected) "
                    + "(like its literal \(declaration.literal)), got '\(value)'"
            )
        }
        switch declaration.kind {
        case .int:
            guard let i = Int(value.trimmingCharacters(in: .whitespaces)) else { throw wrongType("an Int") }
            return String(i)
        case .double:
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            guard let d = Double(trimmed), d.isFinite, !trimmed.lowercased().contains("n") else { throw wrongType("a number") }
            return String(d)
        case .bool:
            guard value == "true" || value == "false" else { throw wrongType("true or false") }
            return value
        case .string:
            // A Swift string literal. Known duplicate: the cell runtime has its own quoters
            // (CellRuntime's Display.quote, CellLanguage's SyntaxTreePrinter.quote, which drops
            // `\r`); one shared quoter belongs in the rewritten cell language (docs/interpreter.md).
            var s = "\""
            for c in value {
                switch c {
                case "\\": s += "\\\\"
                case "\"": s += "\\\""
                case "\n": s += "\\n"
                case "\t": s += "\\t"
                case "\r": s += "\\r"
                default: s.append(c)
                }
            }
            return s + "\""
        }
    }

    private static func literalKind(_ e: Expr) -> Declaration.Kind? {
        switch e.kind {
        case .int: return .int
        case .double: return .double
        case .bool: return .bool
        case let .string(parts):
            return parts.allSatisfy { if case .literal = $0 { return true } else { return false } } ? .string : nil
        case let .prefix(.negate, inner):
            switch inner.kind {
            case .int: return .int
            case .double: return .double
            default: return nil
            }
        default: return nil
        }
    }

    private static func slice(_ lines: [Substring], _ span: SourceSpan) -> String? {
        guard span.start.line == span.end.line, lines.indices.contains(span.start.line - 1) else { return nil }
        let characters = Array(lines[span.start.line - 1])
        let lower = max(0, min(characters.count, span.start.column - 1))
        let upper = max(lower, min(characters.count, span.end.column - 1))
        return String(characters[lower..<upper])
    }
}

/// A `-p` parameter that cannot be applied; reported before any cell runs.
public struct ParameterError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
