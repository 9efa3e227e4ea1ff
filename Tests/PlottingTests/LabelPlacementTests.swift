import Foundation
import Testing

@testable import Plotting

/// The label-placement pass of scatter plots: drawn labels never overlap one another or leave the
/// chart, labels that find no room are counted in a note, and uncrowded labels sit beside their
/// points. Boxes come from the SVG's text positions and our text-width estimate
/// (`LabelPlacement.drawnLabels(inSVG:)`).
@Suite struct LabelPlacementTests {
    /// Fails on the first pair of overlapping label boxes, and on a box outside the chart.
    static func expectNoOverlaps(_ svg: String, width: Double, height: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        let labels = LabelPlacement.drawnLabels(inSVG: svg)
        for i in labels.indices {
            let b = labels[i].box
            #expect(b.left >= 0 && b.right <= width && b.top >= 0 && b.bottom <= height, "\(labels[i].text) at \(b)", sourceLocation: sourceLocation)
            for j in labels.indices where j > i {
                #expect(!b.overlaps(labels[j].box), "\(labels[i].text) overlaps \(labels[j].text)", sourceLocation: sourceLocation)
            }
        }
    }

    /// 80 points in a tight cluster with long titles, as a PCA map's centre is.
    static let crowded: Chart = {
        var rng = Fixtures.LCG(state: 7)
        var xs: [Double] = []
        var ys: [Double] = []
        var names: [String] = []
        for i in 0..<80 {
            xs.append(rng.normal() * (i < 60 ? 0.01 : 0.05))
            ys.append(rng.normal() * (i < 60 ? 0.01 : 0.05))
            names.append("Movie number \(i) with a long title (199\(i % 10))")
        }
        return Chart.scatter(x: xs, y: ys, labels: names, width: 900, height: 700)
    }()

    @Test func crowdedLabelsDoNotOverlapAndTheRestAreCounted() throws {
        let svg = Self.crowded.svg()
        Self.expectNoOverlaps(svg, width: 900, height: 700)
        let drawn = LabelPlacement.drawnLabels(inSVG: svg).count
        #expect(drawn >= 20, "most labels find room (\(drawn) drawn)")
        #expect(drawn < 80)
        #expect(svg.contains("\(80 - drawn) labels left out where they would overlap others"))
        // Titles are drawn whole, never cut with an ellipsis.
        #expect(!svg.contains("…"))
    }

    @Test func sparseLabelsSitBesideTheirPointsWithoutLeaders() {
        let svg = Fixtures.scatter.svg()
        let labels = LabelPlacement.drawnLabels(inSVG: svg)
        #expect(labels.map(\.text).sorted() == ["Contact (1997)", "Fargo (1996)", "Scream (1996)", "Star Wars (1977)", "Titanic (1997)"])
        #expect(!svg.contains("left out"))
        #expect(!svg.contains("stroke-width=\"0.75\""), "no leader lines")
        Self.expectNoOverlaps(svg, width: 480, height: 360)
    }

    @Test func boxesOverlapOnlyWhenTheyShareArea() {
        let a = LabelPlacement.Box(left: 0, top: 0, right: 10, bottom: 10)
        #expect(a.overlaps(LabelPlacement.Box(left: 9, top: 9, right: 20, bottom: 20)))
        #expect(!a.overlaps(LabelPlacement.Box(left: 10, top: 0, right: 20, bottom: 10)), "touching edges")
        #expect(!a.overlaps(LabelPlacement.Box(left: 0, top: 11, right: 10, bottom: 20)))
    }

    @Test func placementPrefersTheRightOfThePoint() {
        let result = LabelPlacement.place(
            points: [(x: 100, y: 100)], labels: ["Fargo"], fontSize: 11,
            bounds: LabelPlacement.Box(left: 0, top: 0, right: 400, bottom: 300))
        #expect(result.leftOut == 0)
        let placed = try? #require(result.placed.first)
        #expect(placed?.x == 106)
        #expect(placed?.anchorsEnd == false)
        #expect(placed?.leaderEnd == nil)
        // At the right edge it goes left of the point instead.
        let edge = LabelPlacement.place(
            points: [(x: 395, y: 100)], labels: ["Fargo"], fontSize: 11,
            bounds: LabelPlacement.Box(left: 0, top: 0, right: 400, bottom: 300))
        #expect(edge.placed.first?.anchorsEnd == true)
        #expect(edge.placed.first?.x == 389)
    }
}

/// Log axes, markers, lines over a scatter and horizontal bars.
@Suite struct ChartFeatureTests {
    @Test func logTicksArePowersOfTen() {
        let ticks = AxisScale.log.ticks(domain: (-3.2, 1.1), count: 6)
        #expect(ticks.map(\.label) == ["0.001", "0.01", "0.1", "1", "10"])
        #expect(ticks.map(\.value) == [-3, -2, -1, 0, 1])
        // Within one decade: 1, 2 and 5 times the powers of ten.
        let narrow = AxisScale.log.ticks(domain: (log10(1.5), log10(60)), count: 6)
        #expect(narrow.map(\.label) == ["2", "5", "10", "20", "50"])
        // Far from 1: short scientific labels.
        #expect(AxisScale.log.ticks(domain: (-7.5, -4.5), count: 6).map(\.label) == ["1e−7", "1e−6", "1e−5"])
    }

    @Test func logScaleLeavesOutValuesAtOrBelowZero() {
        #expect(AxisScale.log.transform(100) == 2)
        #expect(AxisScale.log.transform(0).isNaN)
        #expect(AxisScale.log.transform(-1).isNaN)
        var chart = Chart.line(series: [Series(name: "loss", x: [0, 1, 10, 100], y: [1, 0.1, 0.01, 0.001])], width: 400, height: 300)
        chart.xScale = .log
        chart.yScale = .log
        let svg = chart.svg()
        #expect(svg.contains("1 point not shown (≤ 0 on a log axis)"))
        #expect(svg.contains(">0.001</text>") && svg.contains(">100</text>"))
    }

    @Test func goldens() throws {
        try Golden.check("line-markers-log", Self.markersLog.svg())
        try Golden.check("scatter-with-line", Self.scatterWithLine.svg())
        try Golden.check("barh-long-names", Self.barh.svg())
    }

    @Test func markersDrawADotPerPoint() {
        let svg = Self.markersLog.svg()
        let markers = svg.components(separatedBy: "class=\"markers\"").count - 1
        #expect(markers == 2, "one marker path per series")
        let firstMarkers = svg.components(separatedBy: "h0").count - 1
        #expect(firstMarkers >= 10, "a dot per point of both series plus the legend's")
    }

    @Test func scatterWithALineSharesTheAxes() {
        let svg = Self.scatterWithLine.svg()
        // The line reaches past the points (x 0…6), so the axis covers it.
        #expect(svg.contains(">6</text>"))
        #expect(svg.contains(">least squares</text>"), "named lines are in a legend")
    }

    @Test func horizontalBarsKeepLongNames() {
        let svg = Self.barh.svg()
        #expect(svg.contains(">Star Wars: Episode V - The Empire Strikes Back (1980)</text>"))
        #expect(!svg.contains("…"))
    }

    static let markersLog: Chart = {
        var c = Chart.line(
            series: [
                Series(name: "train", x: [1, 2, 3, 4, 5], y: [1.2, 0.6, 0.3, 0.2, 0.15], markers: true),
                Series(name: "valid", x: [1, 2, 3, 4, 5], y: [1.1, 0.8, 0.85, 0.9, 1.0], markers: true),
            ], title: "Loss (log scale)", xLabel: "epoch", yLabel: "MSE", width: 480, height: 320)
        c.yScale = .log
        return c
    }()

    static let scatterWithLine = Chart.scatter(
        x: [1, 2, 3, 4, 5], y: [1.1, 1.9, 3.2, 3.9, 5.1], lines: [Series(name: "least squares", x: [0, 6], y: [0.05, 6.05])],
        title: "Data and a fitted line", xLabel: "x", yLabel: "y", width: 480, height: 320)

    static let barh = Chart.horizontalBar(
        categories: ["Star Wars: Episode V - The Empire Strikes Back (1980)", "Fargo (1996)", "Titanic (1997)"],
        values: [0.9, 0.7, -0.1], title: "Movie bias", xLabel: "bias", width: 700, height: 240)
}
