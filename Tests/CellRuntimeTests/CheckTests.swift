import Testing
@testable import CellRuntime

@Suite struct CheckTests {
    @Test func passingExpectationsAreSilent() {
        check("""
        expect(1 + 1 == 2)
        expect(0.1 + 0.2, equals: 0.3, tolerance: 1e-12)
        expect([6, 70], equals: [6.0, 70.0])
        expect([[1, 2], [3, 4]], equals: [[1, 2], [3, 4]])
        expect((1, "a"), equals: (1, "a"))
        expect(0.91, atMost: 0.92)
        expect(0.76, atLeast: 0.75)
        print("ok") // expect: ok
        """)
    }

    @Test func failuresShowActualAndExpected() {
        check("""
        expect(0.93, atMost: 0.92) // error: 1:8: expectation failed: 0.93 is not at most 0.92
        """)
        check("""
        expect(0.5, atLeast: 0.75) // error: 1:8: expectation failed: 0.5 is not at least 0.75
        """)
        check("""
        expect([6, 71], equals: [6, 70]) // error: 1:8: expectation failed: [6, 71] does not equal [6, 70] (first difference at [1]: 71 vs 70)
        """)
        check("""
        expect(1.5, equals: 1.0, tolerance: 0.1) // error: 1:8: expectation failed: 1.5 does not equal 1.0 within 0.1
        """)
        check("""
        expect([1, 2], equals: [1, 2, 3]) // error: 1:8: expectation failed: [1, 2] does not equal [1, 2, 3] (2 elements, expected 3)
        """)
        check("""
        expect("a", equals: "b") // error: 1:8: expectation failed: "a" does not equal "b"
        """)
    }

    @Test func nanNeverPasses() {
        check("""
        let nan = 0.0 / 0.0
        expect(nan, atMost: 1.0) // error: 2:8: expectation failed: nan is not at most 1.0
        """)
    }
}
