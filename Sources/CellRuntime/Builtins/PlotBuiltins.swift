import CellLanguage
import Plotting

/// Charts in cells: `scatter`, `plot`, `hist`, `bar`, `barh` and `jointplot`, each returning a `Chart`
/// that shows as inline SVG when it is a cell's last value or passed to `display(_:)`. The names and
/// argument orders follow matplotlib (`plt.scatter`, `plt.plot`, `plt.hist`, `plt.bar`) and seaborn
/// (`sns.jointplot(x, y, kind='hex')`).
///
/// Numbers are taken from `[Int]`/`[Double]` arrays, ranges and data-frame columns (`nil` and missing
/// values become NaN, which the chart leaves out and counts in a note); other hosts join in by
/// conforming to `NumbersConvertible` (see `numbers(from:)`). Every chart function also takes
/// `title:`, `xLabel:`, `yLabel:`, `width:` and `height:` (px, clamped to 120...4096), and a `Chart`
/// has settable properties of the same names.
///
/// Several lines with `plot`:
/// - `plot(y)`: one line through (0, y[0]), (1, y[1]), …;
/// - `plot(x, y)`: y against x;
/// - `plot([y1, y2], labels: ["train", "valid"])` or `plot(x, [y1, y2], labels: …)`: one line per
///   inner array (sharing x when given), named in the legend by `labels`;
/// - `plot(series: [("train", xs, ys), ("valid", ys2)])`: named series, each `(name, x, y)` or `(name, y)`.
public enum PlotBuiltins {
    private typealias P = BuiltinParameter

    /// The presentation arguments every chart function takes, after its data arguments.
    private static var common: [BuiltinParameter] {
        [
        P("title", "title", "String", default: .string("")),
        P("xLabel", "xLabel", "String", default: .string("")),
        P("yLabel", "yLabel", "String", default: .string("")),
        P("width", "width", "Double", default: .int(640)),
        P("height", "height", "Double", default: .int(480)),
        ]
    }

    /// The axis-scale arguments of the two-variable charts (`scatter`, `plot`).
    private static var scales: [BuiltinParameter] {
        [
        P("xScale", "xScale", "AxisScale", default: .symbol("linear", []), defaultText: ".linear"),
        P("yScale", "yScale", "AxisScale", default: .symbol("linear", []), defaultText: ".linear"),
        ]
    }

    public static var table: BuiltinTable {
        BuiltinTable(domain: "Plot", functions: functions, properties: ["Chart": chartProperties])
    }

    private static var functions: [BuiltinFunction] {
        [
            BuiltinFunction("scatter", [P("x", "x", "[Double]"), P("y", "y", "[Double]"),
                                        P("labels", "labels", "[String]?", default: Value.none, defaultText: "nil"),
                                        P("colors", "colors", "[String]?", default: Value.none, defaultText: "nil"),
                                        P("lines", "lines", "[(String, [Double], [Double])]", default: .array([]), defaultText: "[]")] + scales + common,
                            returns: "Chart",
                            doc: "A scatter plot of y against x; `labels[i]` (any value, shown as text) is written beside point i and `colors[i]` (a CSS colour) colours it. Labels never overlap: each goes beside its point, else farther out with a leader line, else it is left out and counted in a note (earlier labels first). `lines` draws lines over the points, each `(name, x, y)` (a fitted line: data and model in one chart), named ones in a legend. `xScale`/`yScale`: `.linear` or `.log` (values ≤ 0 left out and noted). Pairs with a NaN or infinite coordinate are left out and counted in a note. matplotlib: `plt.scatter(x, y, c=colors)`, `plt.text` per label, `plt.plot` per line, `plt.xscale('log')`.") { _, a, _ in
                let labels = try optionalTexts(a, "labels")
                let colors = try optionalTexts(a, "colors")
                let lines = try namedSeries(a, "lines", markers: false)
                return try chart(a, Chart.scatter(x: try numbers(a, "x"), y: try numbers(a, "y"), labels: labels, colors: colors, lines: lines))
            },
            BuiltinFunction("plot", [P(nil, "first", "[Double] or [[Double]]"),
                                     P(nil, "second", "[Double] or [[Double]]", default: Value.none, defaultText: "nil"),
                                     P("labels", "labels", "[String]?", default: Value.none, defaultText: "nil"),
                                     P("markers", "markers", "Bool", default: .bool(false), defaultText: "false")] + scales + common,
                            returns: "Chart",
                            doc: "A line chart: `plot(y)` draws y over 0, 1, 2, …; `plot(x, y)` draws y against x; an array of arrays (`plot([y1, y2], labels: [\"train\", \"valid\"])`, `plot(x, [y1, y2])`) draws one line per inner array, named by `labels` in a legend. `markers: true` puts a dot on every point; `xScale`/`yScale`: `.linear` or `.log` (values ≤ 0 left out and noted). NaN points break their line and are counted in a note. matplotlib: `plt.plot(x, y, marker='o')`, `plt.yscale('log')`.") { _, a, _ in
                let markers = try a.bool("markers")
                return try chart(a, Chart.line(series: try lineSeries(a).map { var s = $0; s.markers = markers; return s }))
            },
            BuiltinFunction("plot", [P("series", "series", "[(String, [Double], [Double])]"),
                                     P("markers", "markers", "Bool", default: .bool(false), defaultText: "false")] + scales + common,
                            returns: "Chart",
                            doc: "A line chart of named series, each a tuple `(name, x, y)` or `(name, y)` (y over 0, 1, 2, …), listed in a legend; `markers` and the scales as in `plot(_:_:)`. matplotlib: `plt.plot(x, y, label=name)` per series, then `plt.legend()`.") { _, a, _ in
                try chart(a, Chart.line(series: try namedSeries(a, "series", markers: try a.bool("markers"))))
            },
            BuiltinFunction("hist", [P(nil, "values", "[Double]"), P("bins", "bins", "Int", default: .int(10))] + common,
                            returns: "Chart",
                            doc: "A histogram of `values` in `bins` equal-width bins from the smallest to the largest finite value (the last bin includes its right edge). NaN and infinite values are left out and counted in a note. numpy/matplotlib: `plt.hist(values, bins=bins)`.") { _, a, _ in
                let bins = try a.int("bins")
                guard bins >= 1 else { throw a.error("bins", "bins must be at least 1, not \(bins)") }
                return try chart(a, Chart.histogram(try numbers(a, "values"), bins: bins))
            },
            BuiltinFunction("bar", [P(nil, "categories", "[String]"), P(nil, "values", "[Double]")] + common,
                            returns: "Chart",
                            doc: "A bar chart: one bar from 0 to `values[i]` above `categories[i]` (any value, shown as text), in the order given. matplotlib: `plt.bar(categories, values)`.") { _, a, _ in
                let categories = try texts(a, "categories")
                return try chart(a, Chart.bar(categories: categories, values: try numbers(a, "values")))
            },
            BuiltinFunction("barh", [P(nil, "categories", "[String]"), P(nil, "values", "[Double]")] + common,
                            returns: "Chart",
                            doc: "A horizontal bar chart: one bar from 0 to `values[i]` beside `categories[i]`, the first at the top, for long category names (titles, genres), which get up to 55% of the width before they are cut. matplotlib: `plt.barh(categories, values)`.") { _, a, _ in
                let categories = try texts(a, "categories")
                return try chart(a, Chart.horizontalBar(categories: categories, values: try numbers(a, "values")))
            },
            BuiltinFunction("jointplot", [P(nil, "x", "[Double]"), P(nil, "y", "[Double]"),
                                          P("kind", "kind", ".hex", default: .symbol("hex", []), defaultText: ".hex"),
                                          P("gridSize", "gridSize", "Int", default: .int(30))] + common,
                            returns: "Chart",
                            doc: "A hexbin density of the (x, y) pairs, coloured by count (viridis), with a histogram of x above and of y on the right. `gridSize` hexagons across (1...200). seaborn: `sns.jointplot(x=x, y=y, kind='hex')`.") { _, a, _ in
                guard case let .symbol(kind, _) = a.value("kind"), kind == "hex" else {
                    throw a.mismatch("kind", expected: ".hex (the only kind supported)")
                }
                let gridSize = try a.int("gridSize")
                guard (1...200).contains(gridSize) else { throw a.error("gridSize", "gridSize must be in 1...200, not \(gridSize)") }
                return try chart(a, Chart.jointplotHex(x: try numbers(a, "x"), y: try numbers(a, "y"), gridSize: gridSize))
            },
        ]
    }

    private static var chartProperties: [BuiltinProperty] {
        func text(_ name: String, _ doc: String, _ key: WritableKeyPath<Chart, String> & Sendable) -> BuiltinProperty {
            BuiltinProperty(name, "String", doc: doc, get: { r, _ in .string(try chartObject(r).chart[keyPath: key]) },
                            set: { r, v, _ in
                                guard case let .string(s) = v else { throw BuiltinError("'\(name)' must be a String, not \(v.typeName)") }
                                try chartObject(r).chart[keyPath: key] = s
                            })
        }
        func size(_ name: String, _ doc: String, _ key: WritableKeyPath<Chart, Double> & Sendable) -> BuiltinProperty {
            BuiltinProperty(name, "Double", doc: doc, get: { r, _ in .double(try chartObject(r).chart[keyPath: key]) },
                            set: { r, v, _ in
                                guard let d = v.asDouble, d.isFinite, d > 0 else {
                                    throw BuiltinError("'\(name)' must be a positive number of pixels, not \(Display.literal(v))")
                                }
                                try chartObject(r).chart[keyPath: key] = d
                            })
        }
        return [
            text("title", "The heading drawn above the chart (empty: none).", \.title),
            text("xLabel", "The horizontal axis title.", \.xLabel),
            text("yLabel", "The vertical axis title.", \.yLabel),
            size("width", "The width in px (drawn clamped to 120...4096).", \.width),
            size("height", "The height in px (drawn clamped to 120...4096).", \.height),
            BuiltinProperty("svg", "String", doc: "The chart as SVG text (a standalone document with its xmlns).") { r, _ in
                .string(try chartObject(r).chart.svg(standalone: true))
            },
        ]
    }

    // MARK: - Swift-level helpers for other domains

    /// A line chart as a cell value, for builtins of other domains (the learner's `sched.plotLR()`
    /// and `sched.plotLoss()`): one line per series, named ones listed in a legend.
    /// - Parameters: `series`: (legend name, x, y) per line; lengths may differ (cut to the shorter
    ///   and noted); NaN points break the line. `width`/`height` in px.
    public static func lineChart(series: [(name: String, x: [Double], y: [Double])], title: String = "",
                                 xLabel: String = "", yLabel: String = "",
                                 width: Double = 640, height: Double = 400) -> Value {
        let chart = Chart.line(series: series.map { Series(name: $0.name, x: $0.x, y: $0.y) },
                               title: title, xLabel: xLabel, yLabel: yLabel, width: width, height: height)
        return .host(ChartObject(chart))
    }

    /// Wraps any `Plotting.Chart` as a cell value (shown as inline SVG).
    public static func value(_ chart: Chart) -> Value { .host(ChartObject(chart)) }

    /// The numbers of a cell value, for charts: an array of Int/Double (`nil` becomes NaN), a range,
    /// a data-frame column (missing values become NaN), or any host object conforming to
    /// `NumbersConvertible` (the extension point for tensors). NaN and infinite values are kept:
    /// charts leave them out and count them in a note.
    /// - Throws: `BuiltinError` naming the first element that is not a number, or the value's type.
    public static func numbers(from value: Value) throws -> [Double] {
        switch value {
        case let .array(items):
            var out: [Double] = []
            out.reserveCapacity(items.count)
            for (i, item) in items.enumerated() {
                switch item {
                case let .int(n): out.append(Double(n))
                case let .double(d): out.append(d)
                case .none: out.append(.nan)
                default: throw BuiltinError("expected numbers, but element \(i) is \(item.typeName): \(Display.short(item))")
                }
            }
            return out
        case .range:
            return (Value.sequenceElements(value) ?? []).compactMap(\.asDouble)
        case let .host(h):
            if let column = h as? ColumnObject {
                let c = column.column
                var out: [Double] = []
                out.reserveCapacity(c.count)
                for i in 0..<c.count {
                    switch c[i] {
                    case let .int(n)?: out.append(Double(n))
                    case let .double(d)?: out.append(d)
                    case nil: out.append(.nan)
                    case .string?: throw BuiltinError("expected numbers, but column '\(c.name)' holds strings")
                    }
                }
                return out
            }
            if let convertible = h as? NumbersConvertible { return try convertible.chartNumbers() }
            throw BuiltinError("expected an array of numbers, not \(h.typeName)")
        default:
            throw BuiltinError("expected an array of numbers, not \(value.typeName)")
        }
    }

    // MARK: - Argument helpers

    /// `numbers(from:)` of argument `name`, its errors located at the argument.
    private static func numbers(_ a: BuiltinArguments, _ name: String) throws -> [Double] {
        do { return try numbers(from: a.value(name)) } catch let error as BuiltinError {
            throw a.error(name, "argument '\(name)': \(error.message)")
        }
    }

    /// Texts of an array argument: strings as they are, other values as `print` shows them.
    private static func texts(_ a: BuiltinArguments, _ name: String) throws -> [String] {
        let value = a.value(name)
        if case let .host(h) = value, let column = h as? ColumnObject {
            return (0..<column.column.count).map { column.column[$0]?.description ?? "" }
        }
        guard let items = Value.sequenceElements(value) else {
            throw a.mismatch(name, expected: "an array")
        }
        return items.map { $0.isNil ? "" : Display.text($0) }
    }

    private static func optionalTexts(_ a: BuiltinArguments, _ name: String) throws -> [String]? {
        a.value(name).isNil ? nil : try texts(a, name)
    }

    /// Named series from an array argument of tuples `(name, x, y)` or `(name, y)`.
    private static func namedSeries(_ a: BuiltinArguments, _ argument: String, markers: Bool) throws -> [Series] {
        let items = try a.array(argument)
        var series: [Series] = []
        for (i, item) in items.enumerated() {
            guard case let .tuple(parts, _) = item, parts.count == 2 || parts.count == 3 else {
                throw a.error(argument, "\(argument)[\(i)] must be a tuple (name, x, y) or (name, y), not \(item.typeName)")
            }
            let name = Display.text(parts[0])
            do {
                if parts.count == 3 {
                    series.append(Series(name: name, x: try numbers(from: parts[1]), y: try numbers(from: parts[2]), markers: markers))
                } else {
                    series.append(Series(name: name, y: try numbers(from: parts[1]), markers: markers))
                }
            } catch let error as BuiltinError {
                throw a.error(argument, "\(argument)[\(i)]: \(error.message)")
            }
        }
        return series
    }

    /// The series of `plot(first, second, labels:)`.
    private static func lineSeries(_ a: BuiltinArguments) throws -> [Series] {
        let first = a.value("first"), second = a.value("second")
        let labels = try optionalTexts(a, "labels") ?? []
        func name(_ i: Int) -> String { i < labels.count ? labels[i] : "" }
        func isNested(_ v: Value) -> Bool {
            guard case let .array(items) = v, let head = items.first else { return false }
            switch head {
            case .array, .range, .host: return true
            default: return false
            }
        }
        func nested(_ v: Value, _ argument: String) throws -> [[Double]] {
            guard case let .array(items) = v else { return [] }
            var out: [[Double]] = []
            for (i, item) in items.enumerated() {
                do { out.append(try numbers(from: item)) } catch let error as BuiltinError {
                    throw a.error(argument, "\(argument)[\(i)]: \(error.message)")
                }
            }
            return out
        }
        if second.isNil {
            if isNested(first) {
                return try nested(first, "first").enumerated().map { Series(name: name($0), y: $1) }
            }
            return [Series(name: name(0), y: try numbers(a, "first"))]
        }
        let x = try numbers(a, "first")
        if isNested(second) {
            return try nested(second, "second").enumerated().map { Series(name: name($0), x: x, y: $1) }
        }
        return [Series(name: name(0), x: x, y: try numbers(a, "second"))]
    }

    /// Applies the common presentation arguments and wraps the chart as a cell value.
    private static func chart(_ a: BuiltinArguments, _ base: Chart) throws -> Value {
        var chart = base
        chart.title = try a.string("title")
        chart.xLabel = try a.string("xLabel")
        chart.yLabel = try a.string("yLabel")
        for name in ["width", "height"] {
            let v = try a.double(name)
            guard v.isFinite, v > 0 else { throw a.error(name, "\(name) must be a positive number of pixels, not \(Display.literal(a.value(name)))") }
        }
        chart.width = try a.double("width")
        chart.height = try a.double("height")
        for name in ["xScale", "yScale"] where !a.value(name).isNil {
            guard case let .symbol(symbol, _) = a.value(name), let scale = AxisScale(rawValue: symbol) else {
                throw a.mismatch(name, expected: ".linear or .log")
            }
            if name == "xScale" { chart.xScale = scale } else { chart.yScale = scale }
        }
        return .host(ChartObject(chart))
    }

    private static func chartObject(_ value: Value) throws -> ChartObject {
        guard case let .host(h) = value, let c = h as? ChartObject else { throw BuiltinError("expected a Chart, not \(value.typeName)") }
        return c
    }
}

/// A host object whose numbers can be charted (e.g. a rank-1 tensor); `PlotBuiltins.numbers(from:)`
/// accepts any host conforming to it.
public protocol NumbersConvertible {
    /// The values in order, as Doubles (NaN for missing).
    /// - Throws: `BuiltinError` when the object cannot be read as a flat list of numbers.
    func chartNumbers() throws -> [Double]
}

/// A chart held by a cell; shows as inline SVG. Reference semantics, so `c.title = "…"` changes the
/// chart wherever it is held.
public final class ChartObject: HostObject {
    public var chart: Chart
    public init(_ chart: Chart) { self.chart = chart }
    public var typeName: String { "Chart" }
    public func display() -> DisplayValue { .svg(chart.svg()) }
    public var textDescription: String {
        "Chart(\(chart.kindName)" + (chart.title.isEmpty ? "" : ", \(Display.quote(chart.title))") + ")"
    }
}
