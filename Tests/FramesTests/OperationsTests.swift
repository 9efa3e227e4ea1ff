import Testing

@testable import Frames

/// Every expected value below was printed by golden/make_golden.py (pandas 3.1.1) on the
/// fixtures in Fixtures/. pandas prints movieId as floats (10.0) because that column has a
/// missing value; Frames keeps it an Int column with a missing value, so values are compared
/// as numbers.
@Suite struct OperationsTests {
    let ratings: DataFrame
    let movies: DataFrame

    init() throws {
        ratings = try CSVReader.read(fixturePath("ratings_small.csv"))
        movies = try CSVReader.read(fixturePath("movies_small.csv"))
    }

    @Test func uniqueInOrderOfFirstAppearance() throws {
        // pandas: unique movieId [30.0, 10.0, 20.0, 40.0, 50.0, 60.0, None, 70.0]
        #expect(optionalDoubles(try ratings.unique("movieId")) == [30, 10, 20, 40, 50, 60, nil, 70])
        #expect(try ratings.unique("userId").ints() == [1, 2, 3, 4, 5, 6, 7])
        #expect(try ratings.nunique("movieId") == 7)
        #expect(try ratings.nunique("userId") == 7)
    }

    @Test func minMaxCountSkipMissing() throws {
        // pandas: rating min max 0.5 5.0 count 19; movieId min max 10.0 70.0 count 20
        #expect(try ratings.min("rating") == .double(0.5))
        #expect(try ratings.max("rating") == .double(5.0))
        #expect(try ratings.count("rating") == 19)
        #expect(try ratings.min("movieId") == .int(10))
        #expect(try ratings.max("movieId") == .int(70))
        #expect(try ratings.count("movieId") == 20)
        #expect(
            thrownError { try movies.min("title") } as? FrameError
                == .wrongType(column: "title", expected: "a numeric", found: .string))
        let empty = try CSVReader.parse("a\n\n")
        #expect(empty.rowCount == 0)
        #expect(try DataFrame([Column(name: "x", doubles: [nil, nil])]).min("x") == nil)
    }

    @Test func groupByCount() throws {
        // pandas: groupby userId size [1..7] [3, 3, 4, 3, 3, 3, 2]
        let byUser = try ratings.groupBy("userId").count()
        #expect(byUser.columnNames == ["userId", "count"])
        #expect(try byUser.column("userId").ints() == [1, 2, 3, 4, 5, 6, 7])
        #expect(try byUser.column("count").ints() == [3, 3, 4, 3, 3, 3, 2])
        // pandas: groupby movieId size [10..70] [6, 5, 4, 2, 1, 1, 1] (missing key dropped)
        let byMovie = try ratings.groupBy("movieId").count()
        #expect(try byMovie.column("movieId").ints() == [10, 20, 30, 40, 50, 60, 70])
        #expect(try byMovie.column("count").ints() == [6, 5, 4, 2, 1, 1, 1])
        // pandas: groupby movieId rating.count [6, 4, 4, 1, 1, 1, 1]
        let ratingCount = try ratings.groupBy("movieId").count("rating")
        #expect(try ratingCount.column("count").ints() == [6, 4, 4, 1, 1, 1, 1])
        // pandas: groupby movieId rating.mean
        let mean = try ratings.groupBy("movieId").mean("rating")
        #expect(try mean.column("rating").doubles() == [3.3333333333333335, 4.0, 3.125, 4.0, 1.0, 4.0, 3.5])
    }

    @Test func groupByStringKeysSortByCodePoint() throws {
        let frame = try CSVReader.parse("k\nb\né\nB\nb\na\n")
        let counts = try frame.groupBy("k").count()
        #expect(try counts.column("k").strings() == ["B", "a", "b", "é"])
        #expect(try counts.column("count").ints() == [1, 1, 2, 1])
    }

    @Test func stableSortKeepsTiesInOriginalOrder() throws {
        let byUser = try ratings.groupBy("userId").count()
        // pandas kind='stable': desc index [3, 1, 2, 4, 5, 6, 7]; asc [7, 1, 2, 4, 5, 6, 3]
        let desc = try byUser.sorted(by: "count", ascending: false)
        #expect(try desc.column("userId").ints() == [3, 1, 2, 4, 5, 6, 7])
        #expect(try desc.column("count").ints() == [4, 3, 3, 3, 3, 3, 2])
        let asc = try byUser.sorted(by: "count")
        #expect(try asc.column("userId").ints() == [7, 1, 2, 4, 5, 6, 3])
    }

    @Test func sortWithMissingValuesLast() throws {
        let rows = try ratings.adding(Column(name: "row", ints: Array(0..<21)))
        // pandas sort_values('rating', kind='stable', na_position='last')
        let desc = try rows.sorted(by: "rating", ascending: false)
        #expect(try desc.column("row").ints() == [5, 10, 18, 6, 19, 3, 7, 11, 16, 12, 20, 1, 2, 14, 0, 9, 15, 8, 13, 4, 17])
        let asc = try rows.sorted(by: "rating")
        #expect(try asc.column("row").ints() == [13, 8, 9, 15, 0, 1, 2, 14, 12, 20, 3, 7, 11, 16, 6, 19, 5, 10, 18, 4, 17])
        // Strings by code point: pandas movies by title rows [6, 2, 1, 4, 5, 0, 3]
        let titled = try movies.adding(Column(name: "row", ints: Array(0..<7))).sorted(by: "title")
        #expect(try titled.column("row").ints() == [6, 2, 1, 4, 5, 0, 3])
    }

    @Test func innerJoinLikePandasMerge() throws {
        let joined = try ratings.join(movies, on: "movieId")
        // pandas merge(how='inner', suffixes=('', '_r')): shape (23, 7)
        #expect(joined.columnNames == ["userId", "movieId", "rating", "timestamp", "title", "genres", "timestamp_r"])
        #expect(joined.rowCount == 23)
        #expect(try joined.column("userId").ints() == [1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 6, 6, 6, 7])
        #expect(
            try joined.column("movieId").ints()
                == [30, 10, 20, 20, 10, 40, 30, 20, 20, 10, 50, 10, 10, 20, 20, 30, 10, 40, 20, 20, 20, 20, 30])
        let film = "Film with <script>alert(\"x\")</script> in title (2000)"
        let toy = "Toy Story (1995)", les = "Misérables, Les (1995)", les12 = "Misérables, Les (2012 remake)"
        let two = "Two\nLines (1999)", creme = "Crème brûlée — café (2010)"
        #expect(
            try joined.column("title").strings() == [
                film, toy, les, les12, toy, two, film, les, les12, toy, creme, toy, toy, les, les12, film, toy,
                two, les, les12, les, les12, film,
            ])
        #expect(
            optionalDoubles(try joined.column("timestamp_r")) == [
                2003, 2001, 2002, 2005, 2001, 2004, 2003, 2002, 2005, 2001, nil, 2001, 2001, 2002, 2005, 2003,
                2001, 2004, 2002, 2005, 2002, 2005, 2003,
            ])
    }

    @Test func joinErrors() throws {
        let keys = try DataFrame([Column(name: "movieId", strings: ["10"])])
        #expect(
            thrownError { try ratings.join(keys, on: "movieId") } as? FrameError
                == .incompatibleJoinKeys(column: "movieId", left: .int, right: .string))
        #expect(
            thrownError { try ratings.join(movies, on: "title") } as? FrameError
                == .columnNotFound("title", available: ["userId", "movieId", "rating", "timestamp"]))
        // Int and Double keys match by value; missing keys match missing keys, as in pandas.
        let left = try DataFrame([Column(name: "k", ints: [1, nil, 2])])
        let right = try DataFrame([Column(name: "k", doubles: [2.0, nil, 1.0]), Column(name: "v", strings: ["two", "none", "one"])])
        let j = try left.join(right, on: "k")
        #expect(try j.column("v").strings() == ["one", "none", "two"])
    }

    @Test func lessonTopNFilterAndCrosstab() throws {
        // The lesson's cell 10 on the fixture, with the top 3 instead of 15.
        let topUsers = try ratings.groupBy("userId").count("rating").sorted(by: "count", ascending: false).head(3)
        let topMovies = try ratings.groupBy("movieId").count("rating").sorted(by: "count", ascending: false).head(3)
        // pandas: topUsers [3, 1, 4] [4, 3, 3]; topMovies [10, 20, 30] [6, 4, 4]
        #expect(try topUsers.column("userId").ints() == [3, 1, 4])
        #expect(try topMovies.column("movieId").ints() == [10, 20, 30])
        #expect(try topMovies.column("count").ints() == [6, 4, 4])
        let topR = try ratings.join(topUsers, on: "userId").join(topMovies, on: "movieId")
        #expect(topR.columnNames == ["userId", "movieId", "rating", "timestamp", "count", "count_r"])
        #expect(try topR.column("userId").ints() == [1, 1, 1, 3, 3, 3, 4, 4])
        #expect(try topR.column("movieId").ints() == [30, 10, 20, 20, 10, 10, 10, 20])
        #expect(try topR.column("rating").doubles() == [2.5, 3.0, 3.0, 4.5, 4.0, 2.0, 5.0, 3.5])
        #expect(try topR.column("count").ints() == [3, 3, 3, 4, 4, 4, 3, 3])
        #expect(try topR.column("count_r").ints() == [4, 6, 4, 4, 6, 6, 6, 4])
        let ct = try crosstab(topR, rows: "userId", columns: "movieId", values: "rating", aggregate: .sum)
        #expect(ct.columnNames == ["userId", "10", "20", "30"])
        #expect(try ct.column("userId").ints() == [1, 3, 4])
        #expect(optionalDoubles(try ct.column("10")) == [3.0, 6.0, 5.0])
        #expect(optionalDoubles(try ct.column("20")) == [3.0, 4.5, 3.5])
        #expect(optionalDoubles(try ct.column("30")) == [2.5, nil, nil])
    }

    /// Rows of a crosstab as pandas prints them (row key, then values; nil = NaN).
    private func crosstabRows(_ aggregate: CrosstabAggregate) throws -> [[Double?]] {
        let ct = try crosstab(ratings, rows: "userId", columns: "movieId", values: "rating", aggregate: aggregate)
        #expect(ct.columnNames == ["userId", "10", "20", "30", "40", "50", "60", "70"])
        #expect(try ct.column("userId").ints() == [1, 2, 3, 4, 5, 6, 7])
        let columns = ct.columns.dropFirst().map(optionalDoubles)
        return (0..<ct.rowCount).map { r in columns.map { $0[r] } }
    }

    @Test func crosstabSumCountMean() throws {
        #expect(
            try crosstabRows(.sum) == [
                [3.0, 3.0, 2.5, nil, nil, nil, nil],
                [4.0, nil, 5.0, 0.0, nil, nil, nil],
                [6.0, 4.5, nil, nil, 1.0, nil, nil],
                [5.0, 3.5, nil, nil, nil, 4.0, nil],
                [2.0, nil, 0.5, nil, nil, nil, nil],
                [nil, 5.0, nil, 4.0, nil, nil, nil],
                [nil, nil, 4.5, nil, nil, nil, 3.5],
            ])
        #expect(
            try crosstabRows(.count) == [
                [1.0, 1.0, 1.0, nil, nil, nil, nil],
                [1.0, nil, 1.0, 0.0, nil, nil, nil],
                [2.0, 1.0, nil, nil, 1.0, nil, nil],
                [1.0, 1.0, nil, nil, nil, 1.0, nil],
                [1.0, nil, 1.0, nil, nil, nil, nil],
                [nil, 1.0, nil, 1.0, nil, nil, nil],
                [nil, nil, 1.0, nil, nil, nil, 1.0],
            ])
        #expect(
            try crosstabRows(.mean) == [
                [3.0, 3.0, 2.5, nil, nil, nil, nil],
                [4.0, nil, 5.0, nil, nil, nil, nil],
                [3.0, 4.5, nil, nil, 1.0, nil, nil],
                [5.0, 3.5, nil, nil, nil, 4.0, nil],
                [2.0, nil, 0.5, nil, nil, nil, nil],
                [nil, 5.0, nil, 4.0, nil, nil, nil],
                [nil, nil, 4.5, nil, nil, nil, 3.5],
            ])
    }

    @Test func crosstabDropsAllMissingRowsAndColumns() throws {
        // Hand-derived: key pair (2, "b") has only a missing value, so with .mean row 2 and
        // column "b" have no value and are dropped, as pandas' pivot_table(dropna=True) does.
        let frame = try DataFrame([
            Column(name: "r", ints: [1, 2, 1]),
            Column(name: "c", strings: ["a", "b", "a"]),
            Column(name: "v", doubles: [1.0, nil, 2.0]),
        ])
        let mean = try crosstab(frame, rows: "r", columns: "c", values: "v", aggregate: .mean)
        #expect(mean.columnNames == ["r", "a"])
        #expect(try mean.column("r").ints() == [1])
        #expect(try mean.column("a").doubles() == [1.5])
        let sum = try crosstab(frame, rows: "r", columns: "c", values: "v", aggregate: .sum)
        #expect(sum.columnNames == ["r", "a", "b"])
        #expect(optionalDoubles(try sum.column("b")) == [nil, 0.0])
        #expect(
            thrownError { try crosstab(frame, rows: "r", columns: "c", values: "c") } as? FrameError
                == .wrongType(column: "c", expected: "a numeric", found: .string))
    }
}
