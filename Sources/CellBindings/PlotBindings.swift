// Charts in cells: `scatter`, `plot`, `hist`, `bar` and `jointplot`, each returning a `Chart` that
// shows as inline SVG when it is a cell's value or `display(_:)`'s argument. Names and argument
// orders follow matplotlib (`plt.scatter`, `plt.plot`, `plt.hist`, `plt.bar`) and seaborn
// (`sns.jointplot(x, y, kind='hex')`). Ported from Sources/CellRuntime/Builtins/PlotBuiltins.swift.
//
// Numbers are `[Double]`, with overloads for `[Int]`, a frame's `Column` (missing values are NaN)
// and a `Tensor` of one dimension (or one row or column); labels are `[String]`. NaN and infinite
// values are left out by the chart and counted in a note. Every chart function ends with
// `title:`, `xLabel:`, `yLabel:`, `width:` and `height:` (px, drawn clamped to 120...4096), and a
// `Chart` has settable properties of the same names.

import CellCore
import Frames
import Plotting
import Reporting

/// A chart held by a cell; shows as inline SVG. Reference semantics, so `c.title = "…"` changes the
/// chart wherever it is held.
final class ChartObject: CellDisplayable, CustomStringConvertible {
    var chart: Chart
    init(_ chart: Chart) { self.chart = chart }
    var reportOutput: ReportOutput { .svg(chart.svg()) }
    var description: String {
        let title = chart.title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "Chart(\(chart.kindName)" + (chart.title.isEmpty ? "" : ", \"\(title)\"") + ")"
    }
}

enum PlotBindings {
    /// The presentation parameters every chart function ends with, as declared and as keyed.
    static let common =
        "title: String = \"\", xLabel: String = \"\", yLabel: String = \"\", width: Double = 640, height: Double = 480"
    static let commonKey = "title:String,xLabel:String,yLabel:String,width:Double,height:Double"
    /// The types a chart takes numbers from (one overload each).
    static let numberTypes = ["[Double]", "[Int]", "Column", "Tensor"]

    /// One chart function: its declaration (with the common parameters appended), its key, and
    /// how it builds the chart from the call (the common arguments are applied afterwards).
    struct Entry {
        var declaration: String
        var key: String
        /// Takes `xScale:` and `yScale:` before the common parameters.
        var scaled: Bool
        var build: (HostCall) throws -> Chart
    }

    /// The axis-scale parameters of the two-variable charts (`scatter`, `plot`).
    static let scales: [(label: String, name: String, type: String, default: String?)] = [
        ("xScale", "xScale", "AxisScale", ".linear"), ("yScale", "yScale", "AxisScale", ".linear"),
    ]

    static var entries: [Entry] {
        var out: [Entry] = []
        func add(
            _ name: String, _ own: [(label: String, name: String, type: String, default: String?)],
            scaled: Bool = false, _ build: @escaping (HostCall) throws -> Chart
        ) {
            let parameters = own + (scaled ? scales : [])
            let params = parameters.map { p in
                (p.label == p.name ? p.name : "\(p.label) \(p.name)") + ": \(p.type)" + (p.default.map { " = \($0)" } ?? "")
            }
            let declaration = "func \(name)(\((params + [common]).joined(separator: ", "))) -> Chart"
            let labels = parameters.map { ($0.label == "_" ? "" : "\($0.label):") + $0.type }
            out.append(
                Entry(
                    declaration: declaration, key: "\(name)(\((labels + [commonKey]).joined(separator: ",")))", scaled: scaled,
                    build: build))
        }
        for n in numberTypes {
            add(
                "scatter",
                [
                    ("x", "x", n, nil), ("y", "y", n, nil), ("labels", "labels", "[String]?", "nil"),
                    ("colors", "colors", "[String]?", "nil"), ("lines", "lines", "[(String, [Double], [Double])]", "[]"),
                ],
                scaled: true
            ) { call in
                Chart.scatter(
                    x: try numbers(call, 0), y: try numbers(call, 1), labels: call.optional(2).map { $0.asArray.map(\.asString) },
                    colors: call.optional(3).map { $0.asArray.map(\.asString) }, lines: namedSeries(call, 4, markers: false))
            }
            add("plot", [("_", "y", n, nil), ("labels", "labels", "[String]?", "nil"), ("markers", "markers", "Bool", "false")], scaled: true) {
                call in
                Chart.line(series: [Series(name: label(call, 1, 0), y: try numbers(call, 0), markers: call.bool(2))])
            }
            add(
                "plot",
                [("_", "x", n, nil), ("_", "y", n, nil), ("labels", "labels", "[String]?", "nil"), ("markers", "markers", "Bool", "false")],
                scaled: true
            ) { call in
                Chart.line(
                    series: [Series(name: label(call, 2, 0), x: try numbers(call, 0), y: try numbers(call, 1), markers: call.bool(3))])
            }
            add("hist", [("_", "values", n, nil), ("bins", "bins", "Int", "10")]) { call in
                let bins = call.int(1)
                guard bins >= 1 else { throw HostError("bins must be at least 1, not \(bins)", argument: 1) }
                return Chart.histogram(try numbers(call, 0), bins: bins)
            }
            add(
                "jointplot",
                [
                    ("_", "x", n, nil), ("_", "y", n, nil), ("kind", "kind", "JointKind", ".hex"),
                    ("gridSize", "gridSize", "Int", "30"),
                ]
            ) { call in
                let gridSize = call.int(3)
                guard (1...200).contains(gridSize) else {
                    throw HostError("gridSize must be in 1...200, not \(gridSize)", argument: 3)
                }
                return Chart.jointplotHex(x: try numbers(call, 0), y: try numbers(call, 1), gridSize: gridSize)
            }
        }
        let markers: (label: String, name: String, type: String, default: String?) = ("markers", "markers", "Bool", "false")
        add("plot", [("_", "ys", "[[Double]]", nil), ("labels", "labels", "[String]?", "nil"), markers], scaled: true) { call in
            Chart.line(
                series: call.arguments[0].asArray.enumerated().map { i, y in
                    Series(name: label(call, 1, i), y: y.asArray.map(\.asDouble), markers: call.bool(2))
                })
        }
        add("plot", [("_", "x", "[Double]", nil), ("_", "ys", "[[Double]]", nil), ("labels", "labels", "[String]?", "nil"), markers], scaled: true) {
            call in
            let x = call.doubles(0)
            return Chart.line(
                series: call.arguments[1].asArray.enumerated().map { i, y in
                    Series(name: label(call, 2, i), x: x, y: y.asArray.map(\.asDouble), markers: call.bool(3))
                })
        }
        add("plot", [("series", "series", "[(String, [Double], [Double])]", nil), markers], scaled: true) { call in
            Chart.line(series: namedSeries(call, 0, markers: call.bool(1)))
        }
        add("plot", [("series", "series", "[(String, [Double])]", nil), markers], scaled: true) { call in
            Chart.line(series: namedSeries(call, 0, markers: call.bool(1)))
        }
        for n in ["[Double]", "[Int]", "Column"] {
            add("bar", [("_", "categories", "[String]", nil), ("_", "values", n, nil)]) { call in
                Chart.bar(categories: call.strings(0), values: try numbers(call, 1))
            }
            add("barh", [("_", "categories", "[String]", nil), ("_", "values", n, nil)]) { call in
                Chart.horizontalBar(categories: call.strings(0), values: try numbers(call, 1))
            }
        }
        return out
    }

    static var source: String {
        """
        /// What `jointplot` draws in the middle (seaborn's `kind=`): `.hex` bins the pairs into
        /// hexagons coloured by count (the only kind supported).
        enum JointKind {
            case hex
        }

        /// An axis's scale: `.linear`, or `.log` (base 10; values ≤ 0 are left out and noted).
        /// matplotlib: `plt.xscale('log')`.
        enum AxisScale {
            case linear, log
        }

        /// A chart: shows as SVG when it is a cell's value or passed to `display(_:)`.
        final class Chart {
            /// The heading drawn above the chart (empty: none).
            var title: String { get set }
            /// The horizontal axis title.
            var xLabel: String { get set }
            /// The vertical axis title.
            var yLabel: String { get set }
            /// The width in px (drawn clamped to 120...4096).
            var width: Double { get set }
            /// The height in px (drawn clamped to 120...4096).
            var height: Double { get set }
            /// The chart as SVG text (a standalone document with its xmlns).
            var svg: String { get }
        }

        /// A scatter plot of y against x; `labels[i]` is written beside point i and `colors[i]` (a
        /// CSS colour) colours it. matplotlib: `plt.scatter(x, y, c=colors)` plus `plt.text`.
        /// `plot(y)` draws y over 0, 1, 2, …; `plot(x, y)` y against x; `plot([y1, y2], labels:)` and
        /// `plot(x, [y1, y2], labels:)` one line per array; `plot(series: [(name, x, y)])` or
        /// `[(name, y)]` named lines. NaN points break their line. matplotlib: `plt.plot`.
        /// `hist(values, bins:)`: equal-width bins from the smallest to the largest finite value (the
        /// last includes its right edge). numpy/matplotlib: `plt.hist(values, bins=bins)`.
        /// `bar(categories, values)`: one bar per category, in the order given. matplotlib: `plt.bar`.
        /// `barh(categories, values)`: horizontal bars, the first at the top, for long names.
        /// matplotlib: `plt.barh`. `markers: true` puts a dot on every point of a line;
        /// `scatter(…, lines: [(name, x, y)])` draws lines over the points (a fitted line).
        /// `jointplot(x, y, kind: .hex, gridSize:)`: a hexbin density with the histograms of x above
        /// and of y on the right. seaborn: `sns.jointplot(x=x, y=y, kind='hex')`.

        """ + entries.map(\.declaration).joined(separator: "\n")
    }

    static var module: LibraryModule {
        var functions: [String: HostFunction] = [:]
        for entry in entries {
            let build = entry.build
            let scaled = entry.scaled
            functions[entry.key] = { call in
                let n = call.arguments.count
                var chart = try build(call)
                if scaled {
                    // `AxisScale` cases in declaration order: linear, log.
                    for (i, axis) in [(n - 7, \Chart.xScale), (n - 6, \Chart.yScale)] {
                        if case .enumCase(let k, _) = call.arguments[i] { chart[keyPath: axis] = k == 1 ? .log : .linear }
                    }
                }
                chart.title = call.string(n - 5)
                chart.xLabel = call.string(n - 4)
                chart.yLabel = call.string(n - 3)
                for (i, name) in [(n - 2, "width"), (n - 1, "height")] {
                    let v = call.double(i)
                    guard v.isFinite, v > 0 else {
                        throw HostError("\(name) must be a positive number of pixels, not \(call.describeArgument(i))", argument: i)
                    }
                }
                chart.width = call.double(n - 2)
                chart.height = call.double(n - 1)
                return .host(ChartObject(chart))
            }
        }
        for (name, key) in [("title", \Chart.title), ("xLabel", \Chart.xLabel), ("yLabel", \Chart.yLabel)] {
            functions["Chart.\(name)"] = { call in .string(chartObject(call).chart[keyPath: key]) }
            functions["Chart.\(name).set"] = { call in
                chartObject(call).chart[keyPath: key] = call.string(0)
                return .void
            }
        }
        for (name, key) in [("width", \Chart.width), ("height", \Chart.height)] {
            functions["Chart.\(name)"] = { call in .double(chartObject(call).chart[keyPath: key]) }
            functions["Chart.\(name).set"] = { call in
                let v = call.double(0)
                guard v.isFinite, v > 0 else {
                    throw HostError("'\(name)' must be a positive number of pixels, not \(call.describeArgument(0))")
                }
                chartObject(call).chart[keyPath: key] = v
                return .void
            }
        }
        functions["Chart.svg"] = { call in .string(chartObject(call).chart.svg(standalone: true)) }
        return LibraryModule(name: "Plots", source: source, hostTypes: ["Chart"], functions: functions)
    }

    static func chartObject(_ call: HostCall) -> ChartObject { call.object(nil, as: ChartObject.self) }

    /// The named series of an argument of tuples `(name, x, y)` or `(name, y)` (y over 0, 1, 2, …).
    static func namedSeries(_ call: HostCall, _ argument: Int, markers: Bool) -> [Series] {
        call.arguments[argument].asArray.map { item in
            let parts = item.asRecord
            let name = parts[0].asString
            if parts.count == 3 {
                return Series(name: name, x: parts[1].asArray.map(\.asDouble), y: parts[2].asArray.map(\.asDouble), markers: markers)
            }
            return Series(name: name, y: parts[1].asArray.map(\.asDouble), markers: markers)
        }
    }

    /// `labels[i]` of an optional `[String]` argument, or "" when absent.
    static func label(_ call: HostCall, _ argument: Int, _ i: Int) -> String {
        guard let labels = call.optional(argument)?.asArray, i < labels.count else { return "" }
        return labels[i].asString
    }

    /// The numbers of argument `i`: an `[Double]` or `[Int]` array, a frame's column (missing values
    /// NaN) or a tensor of one dimension (or one row or column).
    static func numbers(_ call: HostCall, _ i: Int) throws -> [Double] {
        switch call.arguments[i] {
        case .array(let items):
            return items.map { v in
                if case .int(let n) = v { return Double(n) }
                return v.asDouble
            }
        case .host(let o as ColumnObject):
            do { return try o.column.doubles() } catch {
                throw HostError("expected numbers, but column '\(o.column.name)' holds strings", argument: i)
            }
        case .host(let o as TensorObject):
            let dims = o.tensor.shape.dims
            guard dims.count <= 1 || dims.filter({ $0 != 1 }).count <= 1 else {
                throw HostError("expected a tensor of one dimension (or one row or column), got shape \(dims)", argument: i)
            }
            return o.tensor.doubles
        default:
            preconditionFailure("interpreter bug: a chart got \(call.arguments[i])")
        }
    }

    // MARK: - Charts for other domains

    /// A line chart as a cell value, for builtins of other domains (the learner's `plotLR()` and
    /// `plotLoss()`): one line per series, named ones listed in a legend; NaN points break a line.
    static func lineChart(
        series: [(name: String, x: [Double], y: [Double])], title: String = "", xLabel: String = "",
        yLabel: String = "", width: Double = 640, height: Double = 400
    ) -> Value {
        .host(
            ChartObject(
                Chart.line(
                    series: series.map { Series(name: $0.name, x: $0.x, y: $0.y) }, title: title, xLabel: xLabel,
                    yLabel: yLabel, width: width, height: height)))
    }

    /// Any `Plotting.Chart` as a cell value (shown as inline SVG).
    static func value(_ chart: Chart) -> Value { .host(ChartObject(chart)) }
}
