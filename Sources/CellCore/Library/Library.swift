// Loading the library: its Swift declarations (LibrarySource.swift) are parsed once per process
// and checked like a cell's once per session, and its builtin types get their runtime
// representation and literal kinds.

import CellSyntax

enum Library {
    /// The library's declarations, parsed once per process (the first session parses them; the
    /// syntax tree is an immutable value, so every session, on any thread, checks the same one
    /// into declarations of its own).
    static let statements: [Stmt] = {
        let parsed = Parser.parse(LibrarySource.all)
        precondition(parsed.errors.isEmpty, "the library does not parse: \(parsed.errors)")
        return parsed.statements
    }()

    /// The representation and literal kinds of the library's builtin types, by name.
    static func configure(_ t: TypeSymbol, _ env: Environment) {
        switch t.name {
        case _ where NumberTypes.integerNames.contains(t.name):
            t.representation = .int
            t.literalKinds = [.integer]
        case "Double":
            t.representation = .double
            t.literalKinds = [.integer, .float]
        case "Float":
            t.representation = .float
            t.literalKinds = [.integer, .float]
        case "Bool":
            t.representation = .bool
            t.literalKinds = [.boolean]
        case "String":
            t.representation = .string
            t.literalKinds = [.string]
        case "Character", "UnicodeScalar":
            t.representation = .character
            t.literalKinds = [.string]
        case "Substring":
            t.representation = .substring
            t.literalKinds = [.string]
        case "Array": t.representation = .array
        case "Dictionary": t.representation = .dictionary
        case "Set": t.representation = .set
        case "Optional": t.representation = .optional
        case "Range": t.representation = .range
        case "ClosedRange": t.representation = .closedRange
        case _ where env.hostTypes.contains(t.name): t.representation = .host
        default: break
        }
        env.known[t.name] = t
    }
}
