/// Vectorised string methods of a String column (pandas `Series.str`): missing in, missing out.
extension Column {
    func mapStrings<T>(_ transform: (String) throws -> T?) throws -> [T?] {
        guard case .string(let v) = values else {
            throw FrameError.wrongType(column: name, expected: "a String", found: type)
        }
        return try (0..<count).map { isPresent($0) ? try transform(v[$0]) : nil }
    }

    /// pandas `str.lower()` (full Unicode lowercasing, as Python's `str.lower`).
    public func lowercased() throws -> Column { Column(name: name, strings: try mapStrings { $0.lowercased() }) }

    /// pandas `str.upper()`.
    public func uppercased() throws -> Column { Column(name: name, strings: try mapStrings { $0.uppercased() }) }

    /// pandas `str.len()`: the number of Unicode scalars (Python's `len`, code points), as Int.
    public func lengths() throws -> Column { Column(name: name, ints: try mapStrings { $0.unicodeScalars.count }) }

    /// pandas `str.strip()`: without leading and trailing whitespace.
    public func stripped() throws -> Column {
        Column(
            name: name,
            strings: try mapStrings { s in
                let scalars = s.unicodeScalars
                guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
                else { return "" }
                return String(scalars[first...last])
            })
    }

    /// pandas `str.contains(pattern, regex=…, case=…)`: whether each value contains `pattern`
    /// (a regular expression when `regex`); missing values give false (pandas `na=False`).
    /// - Throws: ``FrameError/wrongType(column:expected:found:)``; an invalid regular expression
    ///   as ``FrameError/invalidPattern(_:)``.
    public func contains(_ pattern: String, regex: Bool = true, caseSensitive: Bool = true) throws -> [Bool] {
        let matcher: (String) -> Bool
        if regex {
            guard let compiled = try? Regex(pattern) else { throw FrameError.invalidPattern(pattern) }
            let r = caseSensitive ? compiled : compiled.ignoresCase()
            matcher = { $0.contains(r) }
        } else if caseSensitive {
            matcher = { $0.contains(pattern) }
        } else {
            let lower = pattern.lowercased()
            matcher = { $0.lowercased().contains(lower) }
        }
        return try mapStrings(matcher).map { $0 ?? false }
    }

    /// pandas `str.startswith(prefix)`; missing values give false.
    public func startsWith(_ prefix: String) throws -> [Bool] {
        try mapStrings { $0.hasPrefix(prefix) }.map { $0 ?? false }
    }

    /// pandas `str.endswith(suffix)`; missing values give false.
    public func endsWith(_ suffix: String) throws -> [Bool] {
        try mapStrings { $0.hasSuffix(suffix) }.map { $0 ?? false }
    }

    /// pandas `str.replace(pattern, replacement, regex=…)`: every match replaced by `replacement`
    /// (literal text: no group references).
    /// - Throws: ``FrameError/wrongType(column:expected:found:)``, ``FrameError/invalidPattern(_:)``.
    public func replacing(_ pattern: String, with replacement: String, regex: Bool = false) throws -> Column {
        if regex {
            guard let compiled = try? Regex(pattern) else { throw FrameError.invalidPattern(pattern) }
            return Column(name: name, strings: try mapStrings { $0.replacing(compiled, with: replacement) })
        }
        guard !pattern.isEmpty else { throw FrameError.invalidPattern(pattern) }
        return Column(name: name, strings: try mapStrings { $0.replacing(pattern, with: replacement) })
    }

    /// pandas `str.slice(start, stop)`: code points `start..<stop` as Python slices them (negative
    /// positions count from the end; out-of-range positions clamp).
    public func slicing(start: Int?, stop: Int?) throws -> Column {
        Column(
            name: name,
            strings: try mapStrings { s in
                let scalars = Array(s.unicodeScalars)
                let n = scalars.count
                func clamp(_ i: Int?, _ fallback: Int) -> Int {
                    guard let i else { return fallback }
                    return i < 0 ? Swift.max(n + i, 0) : Swift.min(i, n)
                }
                let a = clamp(start, 0), b = clamp(stop, n)
                var out = String.UnicodeScalarView()
                if a < b { out.append(contentsOf: scalars[a..<b]) }
                return String(out)
            })
    }

    /// pandas `str.split(separator)` (a literal separator): each value's pieces, nil for missing.
    public func split(_ separator: String) throws -> [[String]?] {
        try mapStrings { s in s.split(separator: separator, omittingEmptySubsequences: false).map(String.init) }
    }
}
