import CellLanguage

/// An error raised while running a cell, located in the cell's source.
///
/// Messages say what was expected ("cannot find 'ratngs' in scope"); `notes` add hints such as
/// "did you mean 'ratings'?" or the signature of the function called.
public struct RuntimeError: Error, CustomStringConvertible {
    public var message: String
    public var span: SourceSpan
    public var notes: [String]
    /// The run (`CellRunResult.runIndex`) of the cell whose source `span` lies in, set when the
    /// error leaves a cell function, method or closure; nil when it is the running cell's own code.
    /// A function defined in an earlier cell and called from a later one fails in its own cell.
    public var definingRun: Int?
    /// The call through which the running cell reached the failing function (the outermost one).
    public var callSpan: SourceSpan?

    public init(_ message: String, at span: SourceSpan, notes: [String] = []) {
        self.message = message; self.span = span; self.notes = notes
    }

    public var description: String {
        "\(span.start): error: \(message)" + notes.map { "\n  note: \($0)" }.joined()
    }
}

/// An error thrown by a builtin implementation that does not know the source location; the
/// interpreter attaches the call's span.
public struct BuiltinError: Error {
    public var message: String
    public var notes: [String]
    public init(_ message: String, notes: [String] = []) { self.message = message; self.notes = notes }
}

/// Closest-name suggestions by Levenshtein distance.
public enum Suggestions {
    /// A note "did you mean 'x'?" for the candidates closest to `name`, or nil when none is close.
    public static func note(for name: String, among candidates: [String]) -> String? {
        let close = closest(to: name, among: candidates)
        guard !close.isEmpty else { return nil }
        return "did you mean " + close.map { "'\($0)'" }.joined(separator: " or ") + "?"
    }

    public static func closest(to name: String, among candidates: [String]) -> [String] {
        let limit = max(1, min(3, name.count / 3 + 1))
        var best: [(String, Int)] = []
        for c in Set(candidates) where c != name && !c.hasPrefix("$") {
            let d = distance(name.lowercased(), c.lowercased())
            if d <= limit { best.append((c, d)) }
        }
        best.sort { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        guard let first = best.first else { return [] }
        return best.filter { $0.1 == first.1 }.prefix(3).map(\.0)
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
