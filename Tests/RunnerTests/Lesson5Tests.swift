import CellRuntime
import Foundation
import NotebookDocument
import Plotting
import Reporting
import TestSupport
import Testing

@testable import Runner

/// lesson5.md on MovieLens 100K (fetched by `make data`, which `make test` runs first), checked
/// against golden values computed independently with pandas by `golden/lesson5_part1.py`.
@Suite(.serialized) struct Lesson5Tests {
    static let lessonPath = Repository.root.appendingPathComponent("Notebooks/lesson5.md").path

    // Pasted from golden/lesson5_part1.py (pandas 3.1.1).
    static let ratingsHead = [
        ["196", "242", "3", "881250949"], ["186", "302", "3", "891717742"], ["22", "377", "1", "878887116"], ["244", "51", "2", "880606923"],
        ["166", "346", "1", "886397596"],
    ]
    static let moviesHead = [
        ["1", "Toy Story (1995)", "Animation|Children's|Comedy"], ["2", "GoldenEye (1995)", "Action|Adventure|Thriller"],
        ["3", "Four Rooms (1995)", "Thriller"], ["4", "Get Shorty (1995)", "Action|Comedy|Drama"], ["5", "Copycat (1995)", "Crime|Drama|Thriller"],
    ]
    static let crosstabRows = [7, 13, 181, 234, 276, 279, 303, 393, 405, 416, 429, 450, 537, 655, 846]
    static let crosstabColumns = [1, 7, 50, 56, 98, 100, 121, 127, 174, 181, 258, 286, 288, 294, 300]
    static let crosstabValues: [[String]] = [
        ["", "5.0", "5.0", "5.0", "4.0", "5.0", "5.0", "5.0", "5.0", "3.0", "4.0", "4.0", "4.0", "1.0", "4.0"],
        ["3.0", "2.0", "5.0", "5.0", "4.0", "5.0", "5.0", "5.0", "4.0", "5.0", "4.0", "3.0", "1.0", "2.0", "1.0"],
        ["3.0", "4.0", "", "", "", "3.0", "4.0", "", "", "", "3.0", "1.0", "4.0", "2.0", "3.0"],
        ["3.0", "2.0", "4.0", "3.0", "4.0", "4.0", "", "4.0", "3.0", "3.0", "2.0", "3.0", "3.0", "3.0", "3.0"],
        ["5.0", "5.0", "5.0", "5.0", "5.0", "5.0", "4.0", "5.0", "5.0", "5.0", "5.0", "", "4.0", "4.0", "4.0"],
        ["3.0", "5.0", "3.0", "4.0", "", "4.0", "4.0", "", "4.0", "3.0", "", "", "3.0", "2.0", ""],
        ["5.0", "4.0", "5.0", "5.0", "5.0", "5.0", "3.0", "5.0", "5.0", "5.0", "4.0", "5.0", "4.0", "4.0", "1.0"],
        ["3.0", "4.0", "5.0", "2.0", "", "1.0", "4.0", "", "", "4.0", "4.0", "", "3.0", "4.0", ""],
        ["", "", "5.0", "4.0", "4.0", "", "", "5.0", "5.0", "5.0", "", "", "5.0", "", ""],
        ["5.0", "4.0", "5.0", "5.0", "5.0", "5.0", "5.0", "5.0", "5.0", "5.0", "5.0", "5.0", "5.0", "4.0", "4.0"],
        ["3.0", "2.0", "5.0", "4.0", "4.0", "5.0", "3.0", "4.0", "4.0", "5.0", "4.0", "", "3.0", "", "3.0"],
        ["4.0", "4.0", "5.0", "4.0", "4.0", "4.0", "3.0", "5.0", "5.0", "4.0", "4.0", "4.0", "3.0", "4.0", "4.0"],
        ["2.0", "4.0", "4.0", "5.0", "3.0", "4.0", "1.0", "5.0", "3.0", "2.0", "4.0", "3.0", "2.0", "1.0", "1.0"],
        ["2.0", "3.0", "4.0", "3.0", "4.0", "3.0", "3.0", "5.0", "3.0", "3.0", "2.0", "3.0", "3.0", "3.0", "3.0"],
        ["", "", "5.0", "5.0", "4.0", "", "", "5.0", "5.0", "5.0", "3.0", "", "4.0", "3.0", ""],
    ]

    static func requireData() throws {
        guard Repository.movieLens100K != nil else {
            throw DataMissing()
        }
    }
    struct DataMissing: Error, CustomStringConvertible {
        var description: String { "data/ml-100k/ratings.csv is missing: run `make data` (make test does)" }
    }

    /// The tables a run displayed, in order.
    static func tables(_ run: NotebookRun) -> [ReportTable] {
        run.cells.flatMap(displays).compactMap { if case let .table(t) = $0 { return t } else { return nil } }
    }

    @Test func lessonRunsAndMatchesPandas() throws {
        try Self.requireData()
        // The data part of the lesson (up to the crosstab); `make test` runs the whole lesson with
        // the release build.
        var notebook = try CommonMarkReader.read(path: Self.lessonPath)
        let shallow = try #require(
            notebook.blocks.firstIndex {
                if case let .heading(h) = $0 { return h.text.hasPrefix("Shallow learning") } else { return false }
            })
        notebook.blocks = Array(notebook.blocks[..<shallow])
        let run = NotebookRunner.run(notebook)
        for cell in run.cells where cell.status != .succeeded {
            Issue.record("cell at line \(cell.cell.fenceLine) \(cell.status): \(cell.diagnostics.map(\.description))")
        }
        let tables = Self.tables(run)
        try #require(tables.count >= 3)

        let ratings = tables[0]
        #expect(ratings.columns == ["userId", "movieId", "rating", "timestamp"])
        #expect(ratings.rows == Self.ratingsHead)
        #expect(ratings.index == ["0", "1", "2", "3", "4"])

        let movies = tables[1]
        #expect(movies.columns == ["movieId", "title", "genres"])
        #expect(movies.rows == Self.moviesHead)

        let crosstab = try #require(tables.first { $0.indexName == "userId" })
        #expect(crosstab.totalRows == 15)
        // pandas shows the row keys as the index, named by the rows column.
        #expect(crosstab.columns == Self.crosstabColumns.map(String.init))
        #expect(crosstab.index == Self.crosstabRows.map(String.init))
        #expect(crosstab.indexName == "userId")
        // Compare values as numbers (formatting is the report's business).
        for (row, expected) in zip(crosstab.rows, Self.crosstabValues) {
            let values = row.map { Double($0) }
            #expect(values == expected.map { Double($0) }, "row \(row)")
        }
    }

    /// The lesson up to the heading that starts with `prefix` (exclusive).
    static func lesson(upTo prefix: String) throws -> Notebook {
        var notebook = try CommonMarkReader.read(path: Self.lessonPath)
        let end = try #require(
            notebook.blocks.firstIndex {
                if case let .heading(h) = $0 { return h.text.hasPrefix(prefix) } else { return false }
            })
        notebook.blocks = Array(notebook.blocks[..<end])
        return notebook
    }

    /// The map of movies on the first two components: no two drawn labels' boxes overlap (boxes from
    /// the SVG's text positions and our text-width estimate), none leaves the chart, most of the 50
    /// movies are labelled, and the shallow-learning table lines up with the crosstab.
    @Test func movieMapLabelsDoNotOverlap() throws {
        try Self.requireData()
        let run = NotebookRunner.run(try Self.lesson(upTo: "Collaborative filtering from scratch"))
        for cell in run.cells where cell.status != .succeeded {
            Issue.record("cell at line \(cell.cell.fenceLine) \(cell.status): \(cell.diagnostics.map(\.description))")
        }
        let svgs = run.cells.flatMap(displays).compactMap { if case let .svg(s) = $0 { return s } else { return nil } }
        let map = try #require(svgs.first { $0.contains("on the first two components</title>") })
        let labels = LabelPlacement.drawnLabels(inSVG: map)
        #expect(labels.count >= 35, "\(labels.count) of 50 movies labelled")
        #expect(labels.allSatisfy { !$0.text.hasSuffix("…") || $0.text.count == ScatterData.maxLabelLength })
        for i in labels.indices {
            let a = labels[i].box
            #expect(a.left >= 0 && a.right <= 900 && a.top >= 0 && a.bottom <= 760, "\(labels[i].text) leaves the chart")
            for j in labels.indices where j > i {
                #expect(!a.overlaps(labels[j].box), "\(labels[i].text) overlaps \(labels[j].text)")
            }
        }
        let left = 50 - labels.count
        #expect(left == 0 || map.contains("\(left) label\(left == 1 ? "" : "s") left out where"), "the note counts the labels left out")

        // The shallow-learning table: the crosstab's rows and columns, known cells starred.
        let tables = Self.tables(run)
        let crosstab = try #require(tables.first { $0.indexName == "userId" })
        let fitted = try #require(tables.first { $0.indexName == "userId" && $0.rows.first?.first?.contains(".") == true && $0 != crosstab })
        #expect(crosstab.columnsName == "movieId" && fitted.columnsName == "movieId")
        #expect(fitted.index == crosstab.index && fitted.columns == crosstab.columns)
        for (r, row) in fitted.rows.enumerated() {
            for (c, cell) in row.enumerated() {
                #expect(cell.hasSuffix("*") == !crosstab.rows[r][c].isEmpty, "row \(r) column \(c): \(cell)")
            }
        }
    }

    @Test func brokenCellReportsItsLineAndExitsWithOne() throws {
        try Self.requireData()
        let folder = try temporaryFolder()
        let notebooks = folder.appendingPathComponent("Notebooks")
        try FileManager.default.createDirectory(at: notebooks, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent("data"),
            withDestinationURL: Repository.root.appendingPathComponent("data"))
        let original = try String(contentsOfFile: Self.lessonPath, encoding: .utf8)
        let broken = original.replacingOccurrences(of: "movies.head()", with: "moveis.head()")
        try #require(broken != original)
        try broken.write(to: notebooks.appendingPathComponent("lesson5.md"), atomically: true, encoding: .utf8)
        let brokenLine =
            broken.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("moveis.head()") }.map { $0 + 1 } ?? -1

        let result = try runCLI(["run", "Notebooks/lesson5.md"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Notebooks/lesson5.md:\(brokenLine):1: error: cannot find 'moveis' in scope"), "\(result.stderr)")
        #expect(result.stdout.contains("wrote output/lesson5.html"))
        let html = try String(contentsOf: folder.appendingPathComponent("output/lesson5.html"), encoding: .utf8)
        #expect(
            html.contains("cannot find &#39;moveis&#39; in scope") || html.contains("cannot find &apos;moveis&apos; in scope")
                || html.contains("cannot find 'moveis' in scope"))
        #expect(html.contains("not run"))
        #expect(
            try String(contentsOf: notebooks.appendingPathComponent("lesson5.md"), encoding: .utf8) == broken,
            "the notebook source is never modified")
    }

    @Test func usageAndIOErrorsExitWithTwo() throws {
        let folder = try temporaryFolder()
        let missing = try runCLI(["run", "nope.md"], in: folder)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.md: error: cannot read the notebook"))
        let usage = try runCLI(["run", "--no-such-flag", "x.md"], in: folder)
        #expect(usage.status == 2)
    }
}
