import CellLanguage
@testable import CellRuntime
import Foundation
import Plotting
import Testing

/// Chart builtins from cells: what each call builds, and the errors for data that is not numbers.
@Suite struct PlotBuiltinsTests {
    /// The chart the cell expression `source` builds (run as `let result = source`).
    func chart(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Chart {
        let parsed = CellParser.parse("let result = " + source)
        try #require(parsed.errors.isEmpty, "\(parsed.errors)", sourceLocation: sourceLocation)
        let session = Session(baseDirectory: URL(fileURLWithPath: "/tmp/notebook"))
        let result = session.run(parsed.statements)
        try #require(result.error == nil, "\(result.error.map(\.description) ?? "")", sourceLocation: sourceLocation)
        let value = try #require(session.interpreter.globals.lookup("result")?.value, sourceLocation: sourceLocation)
        guard case let .host(h) = value, let object = h as? ChartObject else {
            Issue.record("not a chart: \(value.typeName)", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        return object.chart
    }

    @Test func scatterTakesNumbersLabelsAndColours() throws {
        let c = try chart("scatter(x: [1, 2.5, nil], y: 0..<3, labels: [\"a\", 7, \"c\"], colors: [\"red\"], title: \"T\", width: 300)")
        guard case let .scatter(data) = c.kind else { Issue.record("kind \(c.kind)"); return }
        #expect(data.x.prefix(2) == [1, 2.5] && data.x[2].isNaN, "nil becomes NaN")
        #expect(data.y == [0, 1, 2], "a range gives its integers")
        #expect(data.labels == ["a", "7", "c"])
        #expect(data.colors == ["red"])
        #expect(c.title == "T" && c.width == 300 && c.height == 480)
    }

    @Test func plotForms() throws {
        func series(_ source: String) throws -> [(String, [Double], [Double])] {
            guard case let .line(s) = try chart(source).kind else { return [] }
            return s.map { ($0.name, $0.x, $0.y) }
        }
        let one = try series("plot([3, 1, 2])")
        #expect(one.count == 1 && one[0].1 == [0, 1, 2] && one[0].2 == [3, 1, 2])
        let xy = try series("plot([10, 20], [1.5, 2.5], labels: [\"loss\"])")
        #expect(xy.count == 1 && xy[0].0 == "loss" && xy[0].1 == [10, 20] && xy[0].2 == [1.5, 2.5])
        let nested = try series("plot([[1, 2], [3, 4, 5]], labels: [\"a\", \"b\"])")
        #expect(nested.map(\.0) == ["a", "b"] && nested[1].1 == [0, 1, 2] && nested[1].2 == [3, 4, 5])
        let shared = try series("plot([0.1, 0.2], [[1, 2], [3, 4]])")
        #expect(shared.map(\.1) == [[0.1, 0.2], [0.1, 0.2]] && shared.map(\.0) == ["", ""])
        let tuples = try series("plot(series: [(\"train\", [1, 2], [0.5, 0.4]), (\"valid\", [0.6, 0.55, 0.5])])")
        #expect(tuples.map(\.0) == ["train", "valid"])
        #expect(tuples[1].1 == [0, 1, 2] && tuples[1].2 == [0.6, 0.55, 0.5], "(name, y) runs over 0, 1, 2")
    }

    @Test func histBarAndJointplot() throws {
        guard case let .histogram(h) = try chart("hist([1, 2, 2, 3], bins: 3)").kind else { Issue.record("hist"); return }
        #expect(h.values == [1, 2, 2, 3] && h.bins == 3)
        guard case let .bar(b) = try chart("bar([\"x\", 2], [1, -1])").kind else { Issue.record("bar"); return }
        #expect(b.categories == ["x", "2"] && b.values == [1, -1])
        guard case let .jointplotHex(j) = try chart("jointplot([1, 2], [3, 4], kind: .hex, gridSize: 12)").kind else { Issue.record("joint"); return }
        #expect(j.x == [1, 2] && j.y == [3, 4] && j.gridSize == 12)
    }

    @Test func chartsAreValuesWithSettableProperties() {
        check("""
        let c = hist([1, 2, 3])
        c.title = "Ratings"
        c.xLabel = "stars"
        c.height = 200
        print(c)
        print(c.title, c.xLabel, c.height)
        print(c.svg.hasPrefix("<svg xmlns="))
        // expect: Chart(histogram, "Ratings")
        // expect: Ratings stars 200.0
        // expect: true
        """)
    }

    @Test func aChartDisplaysAsSVG() throws {
        let result = run("let c = bar([\"a\"], [1])\ndisplay(c)\nc")
        let svgs = result.outputs.compactMap { if case let .display(.svg(s)) = $0 { return s } else { return nil } }
        #expect(svgs.count == 2, "display(c) and the cell's last value")
        #expect(svgs.allSatisfy { $0.hasPrefix("<svg viewBox=\"0 0 640 480\"") })
    }

    @Test func errorsNameTheArgument() {
        check("""
        plot([1, "two", 3])
        // error: 1:6: argument 'first': expected numbers, but element 1 is String: "two"; plot(_ first: [Double] or [[Double]], _ second: [Double] or [[Double]] = nil, labels: [String]? = nil, markers: Bool = false, xScale: AxisScale = .linear, yScale: AxisScale = .linear, title: String = "", xLabel: String = "", yLabel: String = "", width: Double = 640, height: Double = 480) -> Chart
        """)
        check("""
        hist([1, 2], bins: 0)
        // error: 1:14: bins must be at least 1, not 0; hist(_ values: [Double], bins: Int = 10, title: String = "", xLabel: String = "", yLabel: String = "", width: Double = 640, height: Double = 480) -> Chart
        """)
        check("""
        jointplot([1], [2], kind: .kde)
        // error: 1:21: argument 'kind' must be .hex (the only kind supported), not Symbol; jointplot(_ x: [Double], _ y: [Double], kind: .hex = .hex, gridSize: Int = 30, title: String = "", xLabel: String = "", yLabel: String = "", width: Double = 640, height: Double = 480) -> Chart
        """)
        check("""
        scatter(x: 5, y: [1])
        // error: 1:9: argument 'x': expected an array of numbers, not Int; scatter(x: [Double], y: [Double], labels: [String]? = nil, colors: [String]? = nil, lines: [(String, [Double], [Double])] = [], xScale: AxisScale = .linear, yScale: AxisScale = .linear, title: String = "", xLabel: String = "", yLabel: String = "", width: Double = 640, height: Double = 480) -> Chart
        """)
        check("""
        plot(series: [("a", [1])], width: -3)
        // error: 1:28: width must be a positive number of pixels, not -3; plot(series: [(String, [Double], [Double])], markers: Bool = false, xScale: AxisScale = .linear, yScale: AxisScale = .linear, title: String = "", xLabel: String = "", yLabel: String = "", width: Double = 640, height: Double = 480) -> Chart
        """)
        check("""
        let c = bar(["a"], [1])
        c.width = 0
        // error: 2:1: 'width' must be a positive number of pixels, not 0
        """)
    }

    @Test func lineChartHelperForOtherDomains() throws {
        let value = PlotBuiltins.lineChart(series: [(name: "lr", x: [0, 1], y: [0.01, 0.02])], title: "LR", xLabel: "iteration")
        guard case let .host(h) = value, let c = (h as? ChartObject)?.chart, case let .line(s) = c.kind else {
            Issue.record("not a line chart"); return
        }
        #expect(s.count == 1 && s[0].name == "lr" && s[0].y == [0.01, 0.02])
        #expect(c.title == "LR" && c.xLabel == "iteration" && c.height == 400)
    }
}
