@testable import CellRuntime
import Testing

/// Requests for more memory than a cell may take are errors, not crashes.
@Suite struct LimitTests {
    @Test func hugeRangesAreNotMadeIntoArrays() {
        check("""
        let xs = Array(0..<1_000_000_000_000)
        // error: 1:10: the range 0..<1000000000000 is too large to make into an array (at most 100000000 elements); loop over it with 'for' instead
        """)
        check("""
        let ys = (0...Int.max).map { $0 }
        // error: 1:10: the range 0...9223372036854775807 is too large to make into an array (at most 100000000 elements); loop over it with 'for' instead
        """)
        check("""
        (0..<5).map { $0 * 2 } // result: [0, 2, 4, 6, 8]
        """)
    }

    @Test func hugeRepeatsAreRefused() {
        check("""
        Array(repeating: 0, count: 1_000_000_000_000)
        // error: 1:21: count must be at most 100000000, got 1000000000000; Array(repeating: Any, count: Int) -> Array
        """)
        check("""
        String(repeating: "ab", count: Int.max)
        // error: 1:25: the string would have more than 100000000 characters; String(repeating: String, count: Int) -> String
        """)
        check("""
        String(repeating: "ab", count: 3) // result: "ababab"
        """)
    }
}
