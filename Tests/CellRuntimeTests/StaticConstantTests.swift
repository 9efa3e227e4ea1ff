@testable import CellRuntime
import Testing

/// `Int.max`, `Int.min`, `Double.pi`, `Double.infinity`, `Double.nan`.
@Suite struct StaticConstantTests {
    @Test func constantsOfIntAndDouble() {
        check("""
        print(Int.max, Int.min) // expect: 9223372036854775807 -9223372036854775808
        print(Double.pi) // expect: 3.141592653589793
        print(Double.infinity > 1e308, -Double.infinity < 0) // expect: true true
        let n = Double.nan
        print(n == n) // expect: false
        Int.max + 1
        // error: 6:1: arithmetic overflow: 9223372036854775807 + 1 does not fit in Int
        """)
    }

    @Test func anUnknownStaticMemberSuggestsTheClosest() {
        check("""
        Double.py
        // error: 1:1: no member 'py' on Double
        // note: did you mean 'pi'?
        """)
    }
}
