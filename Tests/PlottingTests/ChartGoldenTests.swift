import Testing

@testable import Plotting

/// One golden per chart kind (see Golden/ and `UPDATE_GOLDEN=1`).
@Suite struct ChartGoldenTests {
    @Test func scatterWithLabelsAndColours() throws {
        try Golden.check("scatter", Fixtures.scatter.svg())
    }

    @Test func lineWithTwoNamedSeries() throws {
        try Golden.check("line", Fixtures.line.svg())
    }

    @Test func histogram() throws {
        try Golden.check("histogram", Fixtures.histogram.svg())
    }

    @Test func barWithANegativeValue() throws {
        try Golden.check("bar", Fixtures.bar.svg())
    }

    @Test func jointplotHex() throws {
        try Golden.check("jointplot", Fixtures.jointplot.svg())
    }

    @Test func standaloneFileHasNamespace() throws {
        try Golden.check("histogram-standalone", Fixtures.histogram.svg(standalone: true))
    }

    @Test func renderingIsDeterministic() {
        #expect(Fixtures.jointplot.svg() == Fixtures.jointplot.svg())
        #expect(Fixtures.scatter.svg() == Fixtures.scatter.svg())
    }
}
