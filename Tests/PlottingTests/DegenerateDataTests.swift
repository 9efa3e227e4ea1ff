import Testing

@testable import Plotting

/// Degenerate inputs are drawn, not crashed on; each has a golden.
@Suite struct DegenerateDataTests {
    @Test func singlePoint() throws {
        let svg = Chart.scatter(x: [2], y: [3], title: "One point", width: 320, height: 240).svg()
        try Golden.check("scatter-single-point", svg)
        #expect(svg.contains("h0"))
        try Golden.check("jointplot-single-point", Chart.jointplotHex(x: [2], y: [3], gridSize: 10, width: 300, height: 300).svg())
        try Golden.check("line-single-point", Chart.line(series: [Series(name: "lr", y: [0.01])], width: 320, height: 240).svg())
    }

    @Test func allEqualValues() throws {
        let svg = Chart.scatter(x: [1, 1, 1], y: [0, 0, 0], width: 320, height: 240).svg()
        try Golden.check("scatter-all-equal", svg)
        // x domain 0.9…1.1 (niced with 0.05 steps), y domain −1…1.
        let texts = XMLCheck.parse(svg).texts
        #expect(texts.contains("0.90") && texts.contains("1.10"))
        #expect(texts.contains("−1.0") && texts.contains("1.0"))
        try Golden.check("histogram-all-equal", Chart.histogram([7, 7, 7, 7], bins: 4, width: 320, height: 240).svg())
        try Golden.check("bar-all-zero", Chart.bar(categories: ["a", "b"], values: [0, 0], width: 320, height: 240).svg())
    }

    @Test func emptyDataSaysNoData() throws {
        let charts: [(String, Chart)] = [
            ("scatter-empty", Chart.scatter(x: [], y: [], title: "Empty", width: 320, height: 240)),
            ("line-empty", Chart.line(series: [Series(name: "loss", y: [])], width: 320, height: 240)),
            ("line-no-series", Chart.line(series: [], width: 320, height: 240)),
            ("histogram-empty", Chart.histogram([], width: 320, height: 240)),
            ("bar-empty", Chart.bar(categories: [], values: [], width: 320, height: 240)),
            ("jointplot-empty", Chart.jointplotHex(x: [], y: [], width: 320, height: 320)),
        ]
        for (name, chart) in charts {
            let svg = chart.svg()
            try Golden.check(name, svg)
            #expect(XMLCheck.parse(svg).texts.contains("no data"), "\(name)")
        }
    }

    @Test func nonFiniteValuesAreLeftOutAndCounted() throws {
        let svg = Chart.scatter(x: [1, .nan, 2, 3, .infinity], y: [1, 2, -.infinity, 3, 4], width: 320, height: 240).svg()
        try Golden.check("scatter-nonfinite", svg)
        #expect(XMLCheck.parse(svg).texts.contains("3 points not shown (NaN or infinite)"))
        #expect(svg.components(separatedBy: "h0").count - 1 == 2)

        let allNaN = Chart.scatter(x: [.nan], y: [1], width: 320, height: 240).svg()
        let texts = XMLCheck.parse(allNaN).texts
        #expect(texts.contains("no data") && texts.contains("1 point not shown (NaN or infinite)"))

        let line = Chart.line(series: [Series(name: "loss", y: [1, 0.8, .nan, 0.6, 0.5])], width: 320, height: 240).svg()
        try Golden.check("line-nan-break", line)
        #expect(line.contains("L") && line.components(separatedBy: "M").count >= 3)  // the NaN splits the line in two

        let histogram = Chart.histogram([1, 2, .nan, 3, .infinity], bins: 3, width: 320, height: 240).svg()
        try Golden.check("histogram-nonfinite", histogram)
        #expect(XMLCheck.parse(histogram).texts.contains("2 values not shown (NaN or infinite)"))

        let bar = Chart.bar(categories: ["a", "b", "c"], values: [1, .nan, 2], width: 320, height: 240).svg()
        #expect(XMLCheck.parse(bar).texts.contains("1 bar not shown (NaN or infinite)"))
        let joint = Chart.jointplotHex(x: [1, 2, .nan], y: [1, 2, 3], width: 320, height: 320).svg()
        #expect(XMLCheck.parse(joint).texts.contains("1 point not shown (NaN or infinite)"))
    }

    @Test func mismatchedLengthsAreCutAndNoted() throws {
        let svg = Chart.scatter(x: [1, 2, 3], y: [1, 2], width: 320, height: 240).svg()
        try Golden.check("scatter-length-mismatch", svg)
        #expect(XMLCheck.parse(svg).allText.contains("x has 3 values but y has 2: the first 2 are drawn"))
        let bar = Chart.bar(categories: ["a", "b"], values: [1, 2, 3], width: 320, height: 240).svg()
        #expect(XMLCheck.parse(bar).allText.contains("categories has 2 values but values has 3: the first 2 are drawn"))
        let line = Chart.line(series: [Series(name: "s", x: [0, 1, 2], y: [1, 2])], width: 320, height: 240).svg()
        #expect(XMLCheck.parse(line).allText.contains("series \u{201C}s\u{201D} has 3 x and 2 y values: the first 2 are drawn"))
        let histogram = Chart.histogram([1, 2], bins: 0, width: 320, height: 240).svg()
        #expect(XMLCheck.parse(histogram).allText.contains("bins must be 1…10000, got 0: used 1"))
    }

    @Test func longLabelsAreCutWithAnEllipsis() throws {
        let long = String(repeating: "Raiders of the Lost Ark (Indiana Jones) ", count: 5)
        let svg = Chart.scatter(
            x: [0, 1], y: [0, 1], labels: [long, "short"], title: long, xLabel: long, yLabel: long,
            width: 320, height: 240
        ).svg()
        try Golden.check("scatter-long-labels", svg)
        let texts = XMLCheck.parse(svg).texts
        // A point label wider than 60% of the plot is cut to that width (320 px: about 25 characters at 11 px).
        let cut = try #require(LabelPlacement.drawnLabels(inSVG: svg).first { $0.text.hasPrefix("Raiders") })
        #expect(cut.text.hasSuffix("…") && cut.box.right - cut.box.left <= 0.6 * 320)
        let wide = Chart.scatter(x: [0, 1], y: [0, 1], labels: [long, "short"], width: 1400, height: 240).svg()
        let wideLabel = try #require(LabelPlacement.drawnLabels(inSVG: wide).first { $0.text.hasPrefix("Raiders") })
        #expect(wideLabel.text.count == ScatterData.maxLabelLength && wideLabel.text.hasSuffix("…"))  // at most 80 characters
        #expect(texts.first == long)  // the accessible <title> keeps the whole text
        #expect(texts.dropFirst().allSatisfy { $0.count <= 60 })
        let bar = Chart.bar(categories: [long, "b"], values: [1, 2], width: 320, height: 240).svg()
        try Golden.check("bar-long-categories", bar)
        #expect(XMLCheck.parse(bar).texts.contains { $0.hasPrefix("Raiders") && $0.hasSuffix("…") })
    }

    @Test func twentyThousandPointsStaySmall() {
        var rng = Fixtures.LCG(state: 42)
        let x = (0..<20_000).map { _ in rng.normal() }
        let y = (0..<20_000).map { _ in rng.normal() }
        let svg = Chart.scatter(x: x, y: y).svg()
        #expect(svg.components(separatedBy: "h0").count - 1 == 20_000)
        #expect(svg.utf8.count < 350_000, "\(svg.utf8.count) bytes")
        let parsed = XMLCheck.parse(svg)
        #expect(parsed.error == nil)
        let joint = Chart.jointplotHex(x: x, y: y).svg()
        #expect(joint.utf8.count < 60_000, "\(joint.utf8.count) bytes")
        #expect(XMLCheck.parse(joint).error == nil)
    }

    @Test func extremeMagnitudesDoNotTrap() {
        let m = Double.greatestFiniteMagnitude
        let charts = [
            Chart.scatter(x: [-m, m], y: [0, Double.leastNonzeroMagnitude]),
            Chart.line(series: [Series(y: [m, -m, 1e-300])]),
            Chart.histogram([-m, 0, m]),
            Chart.bar(categories: ["a", "b"], values: [m, -m]),
            Chart.jointplotHex(x: [-m, m, 0], y: [Double.leastNonzeroMagnitude * 2000, Double.leastNonzeroMagnitude * 4000, 0], gridSize: -5),
        ]
        for chart in charts {
            let parsed = XMLCheck.parse(chart.svg())
            #expect(parsed.error == nil, "\(chart.kindName)")
        }
    }
}
