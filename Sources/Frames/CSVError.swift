/// Where in a CSV file something was found: 1-based line and column (column counts characters
/// from the start of the physical line, a quoted field's newlines start new lines).
public struct CSVLocation: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, the form compilers print.
    public var description: String { "\(path):\(line):\(column)" }
}

/// Errors from reading a CSV file. Each case carries the file and, where there is one, the
/// location; `description` says what was expected.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No file at this path.
    case fileNotFound(path: String)
    /// The file exists but could not be read (`reason` is the system's message).
    case unreadableFile(path: String, reason: String)
    /// The file has no header row (no bytes, or only a byte-order mark and blank lines).
    case emptyFile(path: String)
    /// A data row's field count differs from the header's. `location.column` is 1.
    case raggedRow(at: CSVLocation, expected: Int, found: Int)
    /// A quoted field is still open at the end of the file; the location is its opening quote.
    case unterminatedQuote(at: CSVLocation)
    /// A closing quote is followed by something other than a comma or a line end.
    case unexpectedCharacterAfterQuote(at: CSVLocation, found: String)
    /// A field is not valid UTF-8; the location is the first byte that is not, and `byte` its value.
    case invalidUTF8(at: CSVLocation, byte: UInt8)

    public var description: String {
        switch self {
        case .fileNotFound(let path):
            return "\(path): error: expected a CSV file, but no file exists at this path"
        case .unreadableFile(let path, let reason):
            return "\(path): error: expected a readable CSV file: \(reason)"
        case .emptyFile(let path):
            return "\(path): error: expected a header row, but the file is empty"
        case .raggedRow(let at, let expected, let found):
            return "\(at): error: expected \(expected) fields as in the header, found \(found)"
        case .unterminatedQuote(let at):
            return "\(at): error: expected a closing '\"' for the quoted field that starts here"
        case .unexpectedCharacterAfterQuote(let at, let found):
            return "\(at): error: expected ',' or a line end after a closing quote, found '\(found)'"
        case .invalidUTF8(let at, let byte):
            let hex = "0x" + String(byte, radix: 16, uppercase: true)
            let latin1 = String(Character(Unicode.Scalar(byte)))
            return
                "\(at): error: expected UTF-8 text, found the byte \(hex), which is not UTF-8 here "
                + "('\(latin1)' in Latin-1); if the file is Latin-1 (ISO-8859-1), as MovieLens 100K's u.item is, "
                + "read it with encoding: .latin1"
        }
    }
}
