/// A place in a notebook file: 1-based line and column, printed as `path:line:col`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int
    public init(path: String, line: Int, column: Int) { self.path = path; self.line = line; self.column = column }
    public var description: String { "\(path):\(line):\(column)" }
}

/// A problem found in the document itself (not in a cell's code).
public struct DocumentDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    public init(location: SourceLocation, message: String) { self.location = location; self.message = message }
    public var description: String { "\(location): \(message)" }
}

/// Reading a notebook failed as a whole.
public enum DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notUTF8(path: String)

    public var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): error: cannot read the notebook: \(reason)"
        case let .notUTF8(path): return "\(path): error: the notebook is not valid UTF-8 text"
        }
    }
}
