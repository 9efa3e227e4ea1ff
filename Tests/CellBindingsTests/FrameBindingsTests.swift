// Data frames from cells on the typed interpreter. Expected values are pandas goldens: those on
// Tests/FramesTests/Fixtures come from Tests/FramesTests/golden/make_golden.py (pandas 3.1.1, cited
// in FramesTests/OperationsTests.swift); the MovieLens ones from
// Tests/RunnerTests/golden/lesson5_part1.py. The assign and error cases are ported from
// Tests/CellRuntimeTests/FrameAndMetricsBuiltinsTests.swift.

import CellBindings
import CellCore
import Foundation
import Reporting
import Testing

@Suite(.serialized) struct FrameBindingsTests {
    /// A session in the fixtures' folder with `ratings` and `movies` read.
    func fixtures() -> NotebookSession {
        let s = NotebookSession(baseDirectory: Fixtures.frames)
        let r = s.run(source: "let ratings = readCSV(\"ratings_small.csv\")\nlet movies = readCSV(\"movies_small.csv\")")
        #expect(r.succeeded, "\(r.failure)")
        return s
    }

    func run(_ s: NotebookSession, _ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> NotebookCellResult {
        let r = s.run(source: source)
        #expect(r.succeeded, "\(r.failure)", sourceLocation: sourceLocation)
        return r
    }

    @Test func readHeadTailAndShape() {
        let s = fixtures()
        let r = run(s, "print(ratings.shape, ratings.count, ratings.columnNames)\nprint(ratings.tail(2).count, ratings.head(-19).count)\nratings.head()")
        #expect(r.printed == "(rows: 21, columns: 4) 21 [\"userId\", \"movieId\", \"rating\", \"timestamp\"]\n2 2\n")
        let table = try? #require(r.tables.first)
        #expect(table?.columns == ["userId", "movieId", "rating", "timestamp"])
        #expect(table?.index == ["0", "1", "2", "3", "4"])
        #expect(table?.rows.first == ["1", "30", "2.5", "1260759144"])
        let latin = try! Fixtures.folder([:])
        try! Data([0x74, 0x0A, 0x43, 0x72, 0xE8, 0x6D, 0x65, 0x0A]).write(to: latin.appendingPathComponent("l.csv"))
        let l = run(NotebookSession(baseDirectory: latin), "print(readCSV(\"l.csv\", encoding: .latin1)[\"t\"].strings)")
        #expect(l.printed == "[\"Crème\"]\n")
    }

    @Test func groupByCountsAndMeans() {
        let s = fixtures()
        // pandas: groupby userId size [3, 3, 4, 3, 3, 3, 2]; groupby movieId size [6, 5, 4, 2, 1, 1, 1]
        // (missing key dropped); rating.count [6, 4, 4, 1, 1, 1, 1]; rating.mean below.
        let r = run(
            s,
            """
            let byUser = ratings.groupBy("userId")
            print(byUser.count()["count"].ints, byUser.size().columnNames)
            print(ratings.groupBy("movieId").count()["count"].ints)
            print(ratings.groupBy("movieId").count("rating")["count"].ints)
            print(ratings.groupBy("movieId").mean("rating")["rating"].doubles)
            byUser
            """)
        #expect(
            r.printed == """
                [3, 3, 4, 3, 3, 3, 2] ["userId", "count"]
                [6, 5, 4, 2, 1, 1, 1]
                [6, 4, 4, 1, 1, 1, 1]
                [3.3333333333333335, 4.0, 3.125, 4.0, 1.0, 4.0, 3.5]

                """)
        #expect(r.outputs.last == .text("GroupBy(userId, 7 groups)"))
    }

    @Test func sortedJoinedAndTheLessonsCrosstab() throws {
        let s = fixtures()
        // pandas kind='stable': desc [3, 1, 2, 4, 5, 6, 7]; asc [7, 1, 2, 4, 5, 6, 3];
        // merge(how='inner'): shape (23, 7).
        let r = run(
            s,
            """
            let counts = ratings.groupBy("userId").count()
            print(counts.sorted(by: "count", ascending: false)["userId"].ints, counts.sortValues(by: "count")["userId"].ints)
            let joined = ratings.join(movies, on: "movieId")
            print(joined.shape, joined.columnNames == ratings.merge(movies, on: "movieId").columnNames)
            print(joined.columnNames)
            let topUsers = ratings.groupBy("userId").count("rating").sorted(by: "count", ascending: false).head(3)
            let topMovies = ratings.groupBy("movieId").count("rating").sorted(by: "count", ascending: false).head(3)
            let topR = ratings.join(topUsers, on: "userId").join(topMovies, on: "movieId")
            print(topR["rating"].doubles, topR["count_r"].ints)
            let ct = crosstab(topR, rows: "userId", columns: "movieId", values: "rating", aggregate: .sum)
            let c30: [Double?] = ct["30"].tolist()
            print(ct.columnNames, ct["10"].doubles, c30)
            ct
            """)
        #expect(
            r.printed == """
                [3, 1, 2, 4, 5, 6, 7] [7, 1, 2, 4, 5, 6, 3]
                (rows: 23, columns: 7) true
                ["userId", "movieId", "rating", "timestamp", "title", "genres", "timestamp_r"]
                [2.5, 3.0, 3.0, 4.5, 4.0, 2.0, 5.0, 3.5] [4, 6, 4, 4, 6, 6, 6, 4]
                ["userId", "10", "20", "30"] [3.0, 6.0, 5.0] [Optional(2.5), nil, nil]

                """)
        let table = try #require(r.tables.last)
        #expect(table.indexName == "userId")
        #expect(table.index == ["1", "3", "4"])
        #expect(table.columns == ["10", "20", "30"])
        // pandas crosstab aggfunc='count' and 'mean', user 3's row: [2, 1, -, -, 1] and [3.0, 4.5, -, -, 1.0].
        let agg = run(
            s,
            """
            let n = crosstab(ratings, rows: "userId", columns: "movieId", values: "rating", aggregate: .count)
            let m = crosstab(ratings, rows: "userId", columns: "movieId", values: "rating", aggregate: .mean)
            let n10: [Double?] = n["10"].tolist()
            print(n10[2]!, m["10"].doubles[2], m["20"].doubles[2])
            print(crosstab(ratings, rows: "userId", columns: "movieId", values: "rating").columnNames.count)
            """)
        #expect(agg.printed == "2.0 3.0 4.5\n8\n")
    }

    @Test func columnsUniqueCountsAndReductions() {
        let s = fixtures()
        // pandas: unique movieId [30, 10, 20, 40, 50, 60, None, 70]; nunique 7 and 7; rating min 0.5
        // max 5.0 count 19; movieId min 10 max 70; userId mean 80 / 21.
        let r = run(
            s,
            """
            let u: [Int?] = ratings["movieId"].unique().tolist()
            print(u)
            print(ratings["movieId"].nunique(), ratings["userId"].nunique(), ratings["userId"].unique().ints)
            let lo: Double? = ratings["rating"].min()
            let hi: Double? = ratings["rating"].max()
            let top: Int? = ratings["movieId"].max()
            let first: String? = movies["title"].min()
            print(lo, hi, top, first)
            print(ratings["rating"].name, ratings["rating"].dtype, ratings["rating"].count)
            print(ratings["userId"].mean())
            ratings["movieId"].valueCounts()
            """)
        #expect(
            r.printed == """
                [Optional(30), Optional(10), Optional(20), Optional(40), Optional(50), Optional(60), nil, Optional(70)]
                7 7 [1, 2, 3, 4, 5, 6, 7]
                Optional(0.5) Optional(5.0) Optional(70) Optional("Crème brûlée — café (2010)")
                rating Double 21
                3.8095238095238093

                """)
        // pandas value_counts: 10 (6), 20 (5), 30 (4), 40 (2), then 50, 60, 70 once each.
        let counts = try? #require(r.tables.last)
        #expect(counts?.indexName == "movieId")
        #expect(counts?.index == ["10", "20", "30", "40", "50", "60", "70"])
        #expect(counts?.rows.map { $0[0] } == ["6", "5", "4", "2", "1", "1", "1"])
    }

    @Test func typedValuesComeFromTheContextOrStopTheCell() {
        let s = fixtures()
        let ok = run(
            s,
            """
            let ids: [Int] = ratings["userId"].tolist()
            let stars: [Double] = ratings["userId"].tolist()
            let titles: [String] = movies["title"].tolist()
            print(ids.count, stars[0], titles[0], ratings["userId"].doubles[1])
            """)
        #expect(ok.printed == "21 1.0 Toy Story (1995) 1.0\n")
        // No context: the generic result cannot be inferred, as swiftc says.
        let noContext = s.run(source: "let xs = ratings[\"userId\"].tolist()")
        #expect(noContext.diagnostics.map(\.message) == ["generic parameter 'T' could not be inferred"])
        let wrong = s.run(source: "let xs = ratings[\"rating\"].ints")
        #expect(wrong.trap?.message == "column 'rating' holds Double values, not Int (use .doubles, or ask for [Double])")
        let bools = s.run(source: "let xs: [Bool] = ratings[\"rating\"].tolist()")
        #expect(
            bools.trap?.message
                == "a column's values are Int, Double or String (or their optionals), not Bool; column 'rating' holds Double values")
        let missing = s.run(source: "let xs = ratings[\"movieId\"].ints")
        #expect(missing.trap?.message == "column 'movieId' has a missing value at row 14; ask for [Int?] to get it as nil")
        let nan = run(s, "print(ratings[\"rating\"].doubles[4].isNaN)")
        #expect(nan.printed == "true\n")
        let strings = s.run(source: "let m: String? = ratings[\"rating\"].max()")
        #expect(strings.trap?.message == "column 'rating' holds Double values, not String (ask for Double?)")
    }

    @Test func assignAddsOrReplacesATypedColumn() throws {
        let folder = try Fixtures.folder(["t.csv": "a,b\n1,x\n2,y\n"])
        let s = NotebookSession(baseDirectory: folder)
        let r = run(
            s,
            """
            let f = readCSV("t.csv")
            let g = f.assign("c", [1.5, nil]).assign("b", [3, 4]).assign("d", ["p", "q"]).assign("e", f["a"])
            let c: [Double?] = g["c"].tolist()
            print(g.columnNames, g["b"].ints, c, g["d"].strings, g["e"].dtype)
            print(g[["d", "a"]].columnNames)
            """)
        #expect(r.printed == "[\"a\", \"b\", \"c\", \"d\", \"e\"] [3, 4] [Optional(1.5), nil] [\"p\", \"q\"] Int\n[\"d\", \"a\"]\n")
        let short = s.run(source: "readCSV(\"t.csv\").assign(\"z\", [1, 2, 3])")
        #expect(short.trap?.message == "expected column 'z' to have 2 rows, found 3")
        let missingFile = s.run(source: "let f = readCSV(\"nope.csv\")")
        #expect(
            missingFile.trap?.message
                == "cannot read CSV file \(folder.path)/nope.csv: expected a CSV file, but no file exists at this path")
        #expect(missingFile.trap?.position.column == 17)
    }

    @Test func errorsNameTheColumnAndTypesAreChecked() {
        let s = fixtures()
        let r = s.run(source: "ratings[\"nope\"]")
        #expect(
            r.trap?.message
                == "expected a column named 'nope'; the frame has 'userId', 'movieId', 'rating', 'timestamp'")
        let enumCase = s.run(source: "crosstab(ratings, rows: \"userId\", columns: \"movieId\", values: \"rating\", aggregate: .median)")
        #expect(enumCase.diagnostics.first?.message == "type 'Aggregate' has no member 'median'")
        let encoding = s.run(source: "readCSV(\"x.csv\", encoding: \"latin1\")")
        #expect(encoding.diagnostics.first?.message == "cannot convert value of type 'String' to expected argument type 'CSVEncoding'")
    }

    @Test func aColumnShowsAsAOneColumnTable() {
        let s = fixtures()
        let r = run(s, "movies[\"movieId\"]")
        #expect(r.tables.first?.columns == ["movieId"])
        #expect(r.tables.first?.rows.map { $0[0] } == ["10", "20", "30", "40", "20", "80", "50"])
    }

    /// lesson5.md's data cells on MovieLens 100K, as docs/switch-over-notes.md rewrites them,
    /// against pandas (Tests/RunnerTests/golden/lesson5_part1.py, pandas 3.1.1).
    @Test(.enabled(if: Fixtures.movieLens != nil, "needs data/ml-100k (make data)"))
    func lessonDataCellsMatchPandas() throws {
        let s = NotebookSession(baseDirectory: Fixtures.root.appendingPathComponent("Notebooks"))
        _ = run(s, "let path = \"../data/ml-100k/\"")
        let ratings = run(s, "let ratings = readCSV(path + \"ratings.csv\")\nratings.head()")
        #expect(ratings.tables.first?.rows.first == ["196", "242", "3", "881250949"])
        _ = run(s, "let movies = readCSV(path + \"movies.csv\")\nmovies.head()")
        _ = run(
            s,
            """
            let userCounts = ratings.groupBy("userId").count()
            let topUsers = userCounts.sorted(by: "count", ascending: false).head(15)
            let movieCounts = ratings.groupBy("movieId").count()
            let topMovies = movieCounts.sorted(by: "count", ascending: false).head(15)
            topMovies.join(movies, on: "movieId")
            """)
        let ct = run(
            s,
            """
            let topRatings = ratings.join(topUsers, on: "userId").join(topMovies, on: "movieId")
            let table = crosstab(topRatings, rows: "userId", columns: "movieId", values: "rating", aggregate: .sum)
            expect(table.count, equals: 15)
            expect(table.columnNames.count - 1, equals: 15)
            table
            """)
        let table = try #require(ct.tables.last)
        #expect(table.indexName == "userId")
        #expect(table.index == ["7", "13", "181", "234", "276", "279", "303", "393", "405", "416", "429", "450", "537", "655", "846"])
        #expect(table.columns == ["1", "7", "50", "56", "98", "100", "121", "127", "174", "181", "258", "286", "288", "294", "300"])
        #expect(
            table.rows.first.map { $0.map { Double($0) } }
                == ["", "5.0", "5.0", "5.0", "4.0", "5.0", "5.0", "5.0", "5.0", "3.0", "4.0", "4.0", "4.0", "1.0", "4.0"].map { Double($0) })
        let ids = run(
            s,
            """
            let topUserIds = topUsers["userId"].ints
            let topMovieIds = topMovies["movieId"].ints
            var userRow: [Int: Int] = [:]
            for (i, id) in topUserIds.enumerated() { userRow[id] = i }
            let rows = topRatings["userId"].ints.map { userRow[$0]! }
            let known = topRatings["rating"].doubles
            print(topUserIds.sorted() == [7, 13, 181, 234, 276, 279, 303, 393, 405, 416, 429, 450, 537, 655, 846], rows.count == known.count)
            """)
        #expect(ids.printed == "true true\n")
        // The frame parts of the lesson's movie-bias and classifier cells, rewritten.
        let later = run(
            s,
            """
            let movies2 = readCSV(path + "movies.csv")
            var movieNames: [Int: String] = [:]
            let ids = movies2["movieId"].ints
            let titles = movies2["title"].strings
            for k in 0..<ids.count { movieNames[ids[k]] = titles[k] }
            let byCount = ratings.groupBy("movieId").count().sorted(by: "count", ascending: false).head(3000)
            let topMovieIdsAll = byCount["movieId"].ints
            let liked = ratings["rating"].ints.map { $0 >= 4 ? 1.0 : 0.0 }
            let x = ratings.assign("userIdx", ratings["userId"].ints.map { $0 - 1 }).assign("liked", liked)
            print(topMovieIdsAll.count, movieNames[1]!, x.columnNames, liked.count)
            """)
        #expect(later.printed == "1682 Toy Story (1995) [\"userId\", \"movieId\", \"rating\", \"timestamp\", \"userIdx\", \"liked\"] 100000\n")
    }
}
