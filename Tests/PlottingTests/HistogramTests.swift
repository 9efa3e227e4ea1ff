import Testing

@testable import Plotting

/// Expected values printed by `python3 numpy_histogram.py` (numpy 2.4.6), pasted here.
@Suite struct HistogramTests {
    @Test func integers() {
        let h = Histogram([1, 2, 2, 3, 3, 3, 4, 5, 10], bins: 10)
        #expect(h.counts == [1, 2, 3, 1, 1, 0, 0, 0, 0, 1])
        #expect(h.edges == [1.0, 1.9, 2.8, 3.7, 4.6, 5.5, 6.4, 7.3, 8.2, 9.1, 10.0])
        #expect(h.nonFinite == 0)
    }

    @Test func tenths() {
        let h = Histogram((0..<30).map { Double($0) * 0.1 }, bins: 10)
        #expect(h.counts == [3, 3, 3, 3, 3, 3, 3, 3, 3, 3])
        #expect(
            h.edges == [
                0.0, 0.29000000000000004, 0.5800000000000001, 0.8700000000000001, 1.1600000000000001, 1.4500000000000002,
                1.7400000000000002, 2.0300000000000002, 2.3200000000000003, 2.6100000000000003, 2.9000000000000004,
            ])
    }

    @Test func allEqualValuesGetAUnitRange() {
        let h = Histogram([5, 5, 5], bins: 10)
        #expect(h.counts == [0, 0, 0, 0, 0, 3, 0, 0, 0, 0])
        #expect(h.edges == [4.5, 4.6, 4.7, 4.8, 4.9, 5.0, 5.1, 5.2, 5.3, 5.4, 5.5])
    }

    @Test func mixedSigns() {
        let h = Histogram([-1.5, 0.3, 0.3, 2.25, 7.0, -3.3, 1e-9], bins: 4)
        #expect(h.counts == [2, 3, 1, 1])
        #expect(h.edges == [-3.3, -0.7249999999999996, 1.8500000000000005, 4.425000000000001, 7.0])
    }

    @Test func valuesOnEdgesAndClosedLastBin() {
        let values = [0.0, 0.1, 0.2, 0.30000000000000004, 0.4, 0.5, 0.6000000000000001, 0.7000000000000001, 0.8, 0.9, 1.0]
        let h = Histogram(values, bins: 10)
        #expect(h.counts == [1, 1, 1, 1, 1, 1, 1, 1, 1, 2])
        #expect(h.edges == values)
    }

    @Test func sevenBins() {
        let h = Histogram((0..<50).map { Double($0) * 0.7 } + [3.3, 3.3, 14.0], bins: 7)
        #expect(h.counts == [9, 7, 8, 7, 7, 7, 8])
        #expect(h.edges == [0.0, 4.8999999999999995, 9.799999999999999, 14.7, 19.599999999999998, 24.499999999999996, 29.4, 34.3])
    }

    @Test func nonFiniteAndDegenerateInputs() {
        let h = Histogram([1, .nan, 2, .infinity, -.infinity, 3], bins: 2)
        #expect(h.counts == [1, 2])
        #expect(h.nonFinite == 3)
        let empty = Histogram([], bins: 3)
        #expect(empty.edges.isEmpty && empty.counts == [0, 0, 0])
        #expect(Histogram([1, 2], bins: 0).counts == [2])
        #expect(Histogram([1, 2], bins: 1_000_000).counts.count == Histogram.maxBins)
        // A span too wide for a Double: every value still lands in a bin.
        let wide = Histogram([-Double.greatestFiniteMagnitude, 0, Double.greatestFiniteMagnitude], bins: 4)
        #expect(wide.counts.reduce(0, +) == 3)
    }
}

/// `np.histogram(a, bins=n, range=(lo, hi))`: values outside the range are ignored.
@Suite struct HistogramRangeTests {
    @Test func explicitRange() {
        // np.histogram([1, 2, 2, 3, 3, 3, 4, 5, 10], bins=4, range=(0, 4)) → [0, 1, 2, 4], edges 0, 1, 2, 3, 4
        let h = Histogram([1, 2, 2, 3, 3, 3, 4, 5, 10], bins: 4, range: (0, 4))
        #expect(h.counts == [0, 1, 2, 4])
        #expect(h.edges == [0, 1, 2, 3, 4])
        // An unusable range falls back to the data's [min, max].
        #expect(Histogram([1, 2], bins: 2, range: (3, 3)).edges == [1, 1.5, 2])
    }
}
