/// Row ordering and key factorization shared by sorting, group-by, join and crosstab.
extension Column {
    /// Row positions in stable sorted order, missing values last (pandas
    /// `sort_values(kind='stable', na_position='last')`): equal values keep their original
    /// order in both directions. Strings compare by Unicode scalar values, as Python does.
    func stableOrder(ascending: Bool) -> [Int] {
        var present: [Int] = []
        var missing: [Int] = []
        present.reserveCapacity(count)
        for i in 0..<count { if isPresent(i) { present.append(i) } else { missing.append(i) } }
        switch values {
        case .int(let v): present.sort { Self.before(v[$0], v[$1], $0, $1, ascending) }
        case .double(let v): present.sort { Self.before(v[$0], v[$1], $0, $1, ascending) }
        case .string(let v):
            let scalars = v.map { Array($0.unicodeScalars.map(\.value)) }
            present.sort { a, b in
                let x = scalars[a], y = scalars[b]
                if x == y { return a < b }
                return x.lexicographicallyPrecedes(y) == ascending
            }
        }
        return present + missing
    }

    /// Strict weak order on (value, position): by value in the requested direction, ties by position.
    @inline(__always)
    private static func before<T: Comparable>(_ x: T, _ y: T, _ a: Int, _ b: Int, _ ascending: Bool) -> Bool {
        if x == y { return a < b }
        return (x < y) == ascending
    }

    /// pandas `factorize`: a code per row (`-1` for missing) numbering distinct values in order of
    /// first appearance, and the first row of each code. Equal numbers match across Int and
    /// Double only through ``CellValue/matchKey`` (used by callers comparing two columns).
    func factorize() -> (codes: [Int], firstRows: [Int]) {
        var codes = [Int](repeating: -1, count: count)
        var firstRows: [Int] = []
        func run<T: Hashable>(_ v: [T]) {
            var seen: [T: Int] = [:]
            for i in 0..<v.count where isPresent(i) {
                if let code = seen[v[i]] { codes[i] = code; continue }
                let code = firstRows.count
                seen[v[i]] = code
                firstRows.append(i)
                codes[i] = code
            }
        }
        switch values {
        case .int(let v): run(v)
        case .double(let v): run(v)
        case .string(let v): run(v)
        }
        return (codes, firstRows)
    }

    /// Distinct present values in sorted order, and for each row the rank of its value (`-1` if missing).
    func sortedGroups() -> (keys: Column, rankOfRow: [Int]) {
        let (codes, firstRows) = factorize()
        let distinct = taking(firstRows)
        let order = distinct.stableOrder(ascending: true)  // order[k] = code at rank k
        var rankOfCode = [Int](repeating: 0, count: order.count)
        for (rank, code) in order.enumerated() { rankOfCode[code] = rank }
        let ranks = codes.map { $0 < 0 ? -1 : rankOfCode[$0] }
        return (distinct.taking(order), ranks)
    }
}
