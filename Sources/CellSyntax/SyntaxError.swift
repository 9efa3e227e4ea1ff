// The one error type of the lexer and parser.

/// A problem in a cell's source, phrased as swiftc phrases it where swiftc has a message for it
/// ("expected ')' in expression list"), located in the cell (1-based line and column).
public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var span: SourceSpan
    public init(message: String, span: SourceSpan) { self.message = message; self.span = span }
    /// `line:column: error: message`, positions relative to the cell.
    public var description: String { "\(span.start): error: \(message)" }
}
