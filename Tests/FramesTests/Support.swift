import Frames

/// Absolute path of a file under Tests/FramesTests/Fixtures (found from this source file, so
/// the tests need no resource bundle).
func fixturePath(_ name: String) -> String {
    let here = #filePath
    let folder = here.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    return folder + "/Fixtures/" + name
}

/// A column's present values as Doubles and missing as nil, for comparing with pandas output
/// (pandas prints NaN; the golden script prints it as None).
func optionalDoubles(_ column: Column) -> [Double?] {
    (0..<column.count).map { column[$0]?.doubleValue }
}

/// A column's values as strings (nil for missing).
func optionalStrings(_ column: Column) -> [String?] {
    (0..<column.count).map { row in
        if case .string(let s)? = column[row] { return s }
        return nil
    }
}

/// The error thrown by `body`, or nil.
func thrownError<T>(_ body: () throws -> T) -> Error? {
    do { _ = try body(); return nil } catch { return error }
}
