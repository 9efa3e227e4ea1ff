import Testing

@testable import Plotting

@Suite struct TicksTests {
    @Test func zeroToOneInFifths() {
        // Raw step 0.2 = 2 × 10^-1: mantissa 2, ticks 0/5 … 5/5.
        #expect(Ticks.values(0, 1, count: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        let spec = Ticks.spec(0, 1, count: 5)
        #expect(spec == TickSpec(first: 0, last: 5, mantissa: 2, power: -1))
        #expect(spec.map(TickFormat.labels) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }

    @Test func zeroToNinetySevenIsNicedToHundred() throws {
        // 97 / 5 = 19.4 → mantissa 1.94 ≥ √2 → step 20; nice floors 0 and ceils 97 to 100.
        let nice = Ticks.nice(0, 97, count: 5)
        #expect(nice == (0, 100))
        #expect(Ticks.values(nice.0, nice.1, count: 5) == [0, 20, 40, 60, 80, 100])
        #expect(try TickFormat.labels(#require(Ticks.spec(0, 100, count: 5))) == ["0", "20", "40", "60", "80", "100"])
        // Without nicing, d3 stops at the last multiple inside: 80.
        #expect(Ticks.values(0, 97, count: 5) == [0, 20, 40, 60, 80])
        #expect(LinearScale.domain(covering: [3, 97, 0, 41]) == (0, 100))
    }

    @Test func tinyValuesUseShortScientificLabels() throws {
        // (3e-5 − 1e-5) / 5 = 4e-6 → mantissa 4 ≥ √10 → 5e-6 steps; indices 2…6 of 1/200000.
        let spec = try #require(Ticks.spec(1e-5, 3e-5, count: 5))
        #expect(spec == TickSpec(first: 2, last: 6, mantissa: 5, power: -6))
        #expect(spec.values == [1e-5, 1.5e-5, 2e-5, 2.5e-5, 3e-5])
        #expect(TickFormat.labels(spec) == ["1e-5", "1.5e-5", "2e-5", "2.5e-5", "3e-5"])
    }

    @Test func labelsHaveNoFloatNoise() throws {
        let spec = try #require(Ticks.spec(0, 0.3, count: 3))
        #expect(spec.values == [0, 0.1, 0.2, 0.3])  // 3/10 is 0.3, unlike 3 × 0.1 = 0.30000000000000004
        #expect(TickFormat.labels(spec) == ["0.0", "0.1", "0.2", "0.3"])
    }

    @Test func negativeAndHugeRanges() throws {
        #expect(try TickFormat.labels(#require(Ticks.spec(-1, 1, count: 4))) == ["−1.0", "−0.5", "0.0", "0.5", "1.0"])
        #expect(try TickFormat.labels(#require(Ticks.spec(0, 5e6, count: 5))) == ["0", "1e6", "2e6", "3e6", "4e6", "5e6"])
        #expect(try TickFormat.labels(#require(Ticks.spec(0, 2500, count: 5))) == ["0", "500", "1000", "1500", "2000", "2500"])
    }

    @Test func matchesD3RoundingOfHalves() {
        // d3.ticks(-0.5, 2.5, 10): step 0.3 → 0.2; Math.round(-2.5) = -2, so the first tick is -0.4.
        let values = Ticks.values(-0.5, 2.5, count: 10)
        #expect(values.first == -0.4)
        #expect(values.last == 2.4)
        #expect(values.count == 15)
    }

    @Test func degenerateRanges() {
        #expect(Ticks.values(3, 3) == [3])
        #expect(Ticks.values(0, .infinity) == [])
        #expect(Ticks.values(.nan, 1) == [])
        #expect(Ticks.spec(0, Double.leastNonzeroMagnitude, count: 5) == nil)
        #expect(Ticks.spec(0, 1, count: 0) == nil)
        #expect(Ticks.values(2, 1, count: 1) == [1, 2])  // reversed input is sorted
        #expect(Ticks.values(0, 1, count: Int.max).count == 1001)  // count clamped to 1000: steps of 0.001
        let ends = Axis.linearTicks(domain: (0, Double.leastNonzeroMagnitude), count: 5)
        #expect(ends.map(\.label) == ["0", "4.94066e-324"])
        let huge = Axis.linearTicks(domain: (-Double.greatestFiniteMagnitude, Double.greatestFiniteMagnitude), count: 5)
        #expect(huge.count == 2)
    }

    @Test func integerOnlyTicksForCounts() {
        #expect(Axis.linearTicks(domain: (0, 1), count: 5, integerOnly: true).map(\.label) == ["0", "1"])
        #expect(Axis.linearTicks(domain: (0, 3), count: 10, integerOnly: true).map(\.value) == [0, 1, 2, 3])
    }

    @Test func compactAndScientificFormatting() {
        #expect(TickFormat.scientific(15, power: -6) == "1.5e-5")
        #expect(TickFormat.scientific(-200, power: 4) == "−2e6")
        #expect(TickFormat.plain(-3, power: -2) == "−0.03")
        #expect(TickFormat.plain(0, power: -2) == "0.00")
        #expect(TickFormat.plain(7, power: 3) == "7000")
        #expect(TickFormat.compact(1e-05) == "1e-5")
        #expect(TickFormat.compact(123456789) == "1.23457e8")
        #expect(TickFormat.compact(-0.25) == "−0.25")
        #expect(TickFormat.compact(.nan) == "NaN")
    }
}
