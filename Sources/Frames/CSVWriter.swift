extension DataFrame {
    /// The frame as CSV text (pandas `to_csv(index=False)`): a header row, then one line per row
    /// ending in `\n`; Ints as digits, Doubles as Python's `repr` (`3.0`, `0.1`), missing values
    /// empty; a field holding a comma, a quote or a line break is quoted, quotes doubled (RFC 4180).
    public func csvText() -> String {
        func field(_ s: String) -> String {
            guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
            return "\"" + s.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
        }
        var out = columnNames.map(field).joined(separator: ",") + "\n"
        for row in 0..<rowCount {
            out += columns.map { c in c[row].map { field($0.description) } ?? "" }.joined(separator: ",") + "\n"
        }
        return out
    }
}
