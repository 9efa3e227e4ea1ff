/// A cell's leading `//| key: value` lines (Quarto's `#|` cell options, in Swift comment form).
public struct CellOptions: Sendable, Equatable {
    /// `eval: false` shows the code without running it.
    public var eval: Bool = true
    /// `error: true` marks an expected error: it is shown and does not fail the run.
    public var error: Bool = false
    /// `echo: false` hides the code in the report; outputs are still shown.
    public var echo: Bool = true
    /// `output: false` runs the cell but hides its outputs.
    public var output: Bool = true
    /// `timeout: SECONDS` stops a cell that runs longer.
    public var timeout: Double?
    /// `seed: N` reseeds the session's random generator before the cell runs.
    public var seed: UInt64?
    /// `label: name` and `caption: text`, shown in the report.
    public var label: String?
    public var caption: String?
    /// `parameters: true` marks the cell whose `let` constants `notebook run -p` may override.
    public var parameters: Bool = false

    public init() {}

    /// Every option name, for error messages.
    public static let names = ["caption", "echo", "error", "eval", "label", "output", "parameters", "seed", "timeout"]

    /// True when a line of a cell is an option line (`//| key: value`, leading blanks allowed).
    public static func isOptionLine<S: StringProtocol>(_ line: S) -> Bool {
        line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("//|")
    }

    /// Sets one option from its text form. Throws a message naming the option and what was expected.
    public mutating func set(_ key: String, _ value: String) throws(OptionError) {
        func bool() throws(OptionError) -> Bool {
            switch value {
            case "true": return true
            case "false": return false
            default: throw OptionError("option '\(key)' expects true or false, got '\(value)'")
            }
        }
        switch key {
        case "eval": eval = try bool()
        case "error": error = try bool()
        case "echo": echo = try bool()
        case "output": output = try bool()
        case "parameters": parameters = try bool()
        case "timeout":
            guard let seconds = Double(value), seconds > 0, seconds.isFinite else {
                throw OptionError("option 'timeout' expects a positive number of seconds, got '\(value)'")
            }
            timeout = seconds
        case "seed":
            guard let n = UInt64(value) else {
                throw OptionError("option 'seed' expects a non-negative integer, got '\(value)'")
            }
            seed = n
        case "label": label = value
        case "caption": caption = value
        default:
            throw OptionError("unknown cell option '\(key)'; valid options are \(Self.names.joined(separator: ", "))")
        }
    }
}

/// Why an option line was rejected.
public struct OptionError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}
