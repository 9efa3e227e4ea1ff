// Chart builtins from cells: what each call builds, how a chart shows, and the errors. Ported from
// Tests/CellRuntimeTests/PlotBuiltinsTests.swift; what the old dynamic checks caught at run time
// (a String among the numbers, `kind: .kde`, a number for an array) is now a type error.

import CellCore
import Foundation
import Plotting
import Reporting
import Testing

@testable import CellBindings

@Suite(.serialized) struct PlotBindingsTests {
    func session() -> NotebookSession { NotebookSession(baseDirectory: Fixtures.frames) }

    /// The chart the cell's last expression builds.
    func chart(_ source: String, in s: NotebookSession? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> Chart {
        let r = (s ?? session()).core.run(source: source)
        try #require(r.succeeded, "\(r.diagnostics) \(String(describing: r.trap))", sourceLocation: sourceLocation)
        guard case .host(let o)? = r.shown?.value, let c = o as? ChartObject else {
            Issue.record("not a chart: \(String(describing: r.shown?.text))", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        return c.chart
    }

    @Test func scatterTakesNumbersLabelsAndColours() throws {
        let c = try chart("scatter(x: [1, 2.5, .nan], y: [0, 1, 2], labels: [\"a\", \"7\", \"c\"], colors: [\"red\"], title: \"T\", width: 300)")
        guard case .scatter(let data) = c.kind else {
            Issue.record("kind \(c.kind)")
            return
        }
        #expect(data.x.prefix(2) == [1, 2.5] && data.x[2].isNaN)
        #expect(data.y == [0, 1, 2])
        #expect(data.labels == ["a", "7", "c"])
        #expect(data.colors == ["red"])
        #expect(c.title == "T" && c.width == 300 && c.height == 480)
    }

    @Test func plotForms() throws {
        func series(_ source: String) throws -> [(String, [Double], [Double])] {
            guard case .line(let s) = try chart(source).kind else { return [] }
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
        let tuples = try series("plot(series: [(\"train\", [1, 2], [0.5, 0.4]), (\"valid\", [1, 2, 3], [0.6, 0.55, 0.5])])")
        #expect(tuples.map(\.0) == ["train", "valid"])
        let ys = try series("plot(series: [(\"valid\", [0.6, 0.55, 0.5])])")
        #expect(ys[0].1 == [0, 1, 2] && ys[0].2 == [0.6, 0.55, 0.5], "(name, y) runs over 0, 1, 2")
        let typed = try series("let steps: [Int] = [1, 2, 3]\nlet losses: [Int] = [9, 4, 1]\nplot(steps, losses)")
        #expect(typed[0].1 == [1, 2, 3] && typed[0].2 == [9, 4, 1])
    }

    @Test func histBarAndJointplot() throws {
        guard case .histogram(let h) = try chart("hist([1, 2, 2, 3], bins: 3)").kind else {
            Issue.record("hist")
            return
        }
        #expect(h.values == [1, 2, 2, 3] && h.bins == 3)
        guard case .bar(let b) = try chart("bar([\"x\", \"2\"], [1, -1])").kind else {
            Issue.record("bar")
            return
        }
        #expect(b.categories == ["x", "2"] && b.values == [1, -1])
        guard case .jointplotHex(let j) = try chart("jointplot([1, 2], [3, 4], kind: .hex, gridSize: 12)").kind else {
            Issue.record("joint")
            return
        }
        #expect(j.x == [1, 2] && j.y == [3, 4] && j.gridSize == 12)
    }

    @Test func chartsTakeAFramesColumns() throws {
        let s = session()
        _ = s.run(source: "let ratings = readCSV(\"ratings_small.csv\")")
        guard case .histogram(let h) = try chart("hist(ratings[\"rating\"], bins: 5)", in: s).kind else {
            Issue.record("hist")
            return
        }
        #expect(h.values.count == 21 && h.values[0] == 2.5 && h.values[4].isNaN, "missing values are NaN")
        guard case .scatter(let d) = try chart("scatter(x: ratings[\"userId\"], y: ratings[\"rating\"])", in: s).kind else {
            Issue.record("scatter")
            return
        }
        #expect(d.x.prefix(3) == [1, 1, 1])
        let strings = s.run(source: "let m = readCSV(\"movies_small.csv\")\nhist(m[\"title\"])")
        #expect(strings.trap?.message == "expected numbers, but column 'title' holds strings")
    }

    @Test func chartsAreValuesWithSettableProperties() {
        let r = session().run(
            source: """
                let c = hist([1, 2, 3])
                c.title = "Ratings"
                c.xLabel = "stars"
                c.height = 200
                print(c)
                print(c.title, c.xLabel, c.height)
                print(c.svg.hasPrefix("<svg xmlns="))
                """)
        #expect(r.printed == "Chart(histogram, \"Ratings\")\nRatings stars 200.0\ntrue\n", "\(r.failure)")
    }

    @Test func aChartDisplaysAsSVG() {
        let r = session().run(source: "let c = bar([\"a\"], [1])\ndisplay(c)\nc")
        #expect(r.svgs.count == 2, "display(c) and the cell's last value")
        #expect(r.svgs.allSatisfy { $0.hasPrefix("<svg viewBox=\"0 0 640 480\"") })
    }

    @Test func errorsNameTheArgumentOrAreTypeErrors() {
        let s = session()
        #expect(!s.run(source: "plot([1, \"two\", 3])").diagnostics.isEmpty)
        let bins = s.run(source: "hist([1, 2], bins: 0)")
        #expect(bins.trap?.message == "bins must be at least 1, not 0")
        #expect(bins.trap?.position.column == 20)
        let kind = s.run(source: "jointplot([1], [2], kind: .kde)")
        // swiftc says "type 'JointKind' has no member 'kde'"; our checker, given jointplot's
        // overloads, says "no exact matches in call to global function 'jointplot'" (a CellCore
        // wording gap, not a frames one). Either way it is a type error.
        #expect(
            kind.diagnostics.first?.message.hasPrefix("no exact matches") == true || kind.diagnostics.first?.message == "type 'JointKind' has no member 'kde'")
        #expect(!s.run(source: "scatter(x: 5, y: [1])").diagnostics.isEmpty)
        let width = s.run(source: "plot(series: [(\"a\", [1])], width: -3)")
        #expect(width.trap?.message == "width must be a positive number of pixels, not -3.0")
        let set = s.run(source: "let c = bar([\"a\"], [1])\nc.width = 0")
        #expect(set.trap?.message == "'width' must be a positive number of pixels, not 0.0")
        #expect(set.trap?.position.line == 2)
    }

    /// Every overload reaches its host implementation (a key without one would trap with "is not
    /// implemented yet"). The Tensor overloads wait for the Tensors port (no way to make one yet).
    @Test func everyOverloadIsImplemented() {
        let s = session()
        let r = s.run(
            source: """
                let f = readCSV("ratings_small.csv")
                let (d, i, c) = ([1.0, 2.0], [1, 2], f["userId"])
                var charts = [scatter(x: d, y: d), scatter(x: i, y: i, labels: ["a", "b"]), scatter(x: c, y: c)]
                charts += [plot(d), plot(i), plot(c), plot(d, d), plot(i, i), plot(c, c, labels: ["u"])]
                charts += [plot([d, d]), plot(d, [d, d]), plot(series: [("a", d, d)]), plot(series: [("a", d)])]
                charts += [hist(d), hist(i), hist(c), bar(["a", "b"], d), bar(["a", "b"], i), bar(["a"], f["rating"])]
                charts += [jointplot(d, d), jointplot(i, i), jointplot(c, c, kind: .hex, gridSize: 3)]
                for chart in charts { _ = chart.svg }
                print(charts.count, charts[0].width, charts[0].yLabel.isEmpty)
                """)
        #expect(r.printed == "22 640.0 true\n", "\(r.failure)")
    }

    @Test func lineChartHelperForOtherDomains() throws {
        let value = PlotBindings.lineChart(series: [(name: "lr", x: [0, 1], y: [0.01, 0.02])], title: "LR", xLabel: "iteration")
        guard case .host(let h) = value, let c = (h as? ChartObject)?.chart, case .line(let s) = c.kind else {
            Issue.record("not a line chart")
            return
        }
        #expect(s.count == 1 && s[0].name == "lr" && s[0].y == [0.01, 0.02])
        #expect(c.title == "LR" && c.xLabel == "iteration" && c.height == 400)
    }
}
