import Testing

@testable import Frames

@Suite struct DisplayTests {
    @Test func floatColumnsFormatLikePandas() throws {
        // Expected cells copied from pandas 3.1.1 `DataFrame.to_string()` (golden/make_golden.py):
        //      a            b             c     d             e    f          g
        // 0  2.5  881250949.0  1.260759e+09  2.25  1.000000e-07  0.3 -1234567.5
        // 1  3.0          1.0  2.000000e+00  3.00  1.000000e+00  1.0        0.5
        // 2  1.0          2.0  3.000000e+00 -1.00  2.000000e+00  2.0        2.0
        let frame = try DataFrame([
            Column(name: "a", doubles: [2.5, 3.0, 1.0]),
            Column(name: "b", doubles: [881250949.0, 1.0, 2.0]),
            Column(name: "c", doubles: [1260759144.0, 2.0, 3.0]),
            Column(name: "d", doubles: [2.25, 3.0, -1.0]),
            Column(name: "e", doubles: [1e-7, 1.0, 2.0]),
            Column(name: "f", doubles: [0.1 + 0.2, 1.0, 2.0]),
            Column(name: "g", doubles: [-1234567.5, 0.5, 2.0]),
        ])
        let table = frame.table()
        #expect(table.columns == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(table.index == ["0", "1", "2"])
        #expect(
            table.rows == [
                ["2.5", "881250949.0", "1.260759e+09", "2.25", "1.000000e-07", "0.3", "-1234567.5"],
                ["3.0", "1.0", "2.000000e+00", "3.00", "1.000000e+00", "1.0", "0.5"],
                ["1.0", "2.0", "3.000000e+00", "-1.00", "2.000000e+00", "2.0", "2.0"],
            ])
        #expect(table.totalRows == 3 && table.totalColumns == 7)
    }

    @Test func ratingsHeadLikePandas() throws {
        // pandas (ratings.head().to_string()), except that pandas shows movieId as 30.0 (a float
        // column because of its missing value) and the missing rating as NaN:
        //    userId  movieId  rating   timestamp
        // 0       1     30.0     2.5  1260759144
        // 4       2     40.0     NaN   835355681
        let ratings = try CSVReader.read(fixturePath("ratings_small.csv"))
        let table = ratings.head().table()
        #expect(table.columns == ["userId", "movieId", "rating", "timestamp"])
        #expect(table.index == ["0", "1", "2", "3", "4"])
        #expect(
            table.rows == [
                ["1", "30", "2.5", "1260759144"],
                ["1", "10", "3.0", "1260759179"],
                ["1", "20", "3.0", "1260759182"],
                ["2", "10", "4.0", "835355493"],
                ["2", "40", "", "835355681"],
            ])
    }

    @Test func longFramesShowHeadEllipsisTail() throws {
        let frame = try DataFrame([Column(name: "x", ints: Array(0..<25)), Column(name: "s", strings: (0..<25).map { "r\($0)" })])
        let table = frame.table(maxRows: 6)
        #expect(table.index == ["0", "1", "2", "...", "22", "23", "24"])
        #expect(table.rows[3] == ["...", "..."])
        #expect(table.rows[4] == ["22", "r22"])
        #expect(table.totalRows == 25)
        #expect(table.isTruncated)
        #expect(!frame.table(maxRows: 25).isTruncated)
        #expect(frame.table(maxRows: 25).rows.count == 25)
    }

    @Test func textIsPassedThroughUnescaped() throws {
        let movies = try CSVReader.read(fixturePath("movies_small.csv"))
        let table = movies.table()
        #expect(table.rows[2][1] == "Film with <script>alert(\"x\")</script> in title (2000)")
        #expect(table.rows[5][2] == "")  // missing genre
        #expect(table.rows[6][3] == "")  // missing timestamp
        #expect(table.rows[0][3] == "2001")
    }
}

@Suite struct TextLayoutTests {
    @Test func textMatchesPandasToString() throws {
        // pandas 3.1.1 printed (golden/make_golden.py, first table, columns a, d, f):
        let frame = try DataFrame([
            Column(name: "a", doubles: [2.5, 3.0, 1.0]),
            Column(name: "d", doubles: [2.25, 3.0, -1.0]),
            Column(name: "f", doubles: [0.1 + 0.2, 1.0, 2.0]),
        ])
        #expect(frame.description == "     a     d    f\n0  2.5  2.25  0.3\n1  3.0  3.00  1.0\n2  1.0 -1.00  2.0")
        // pandas: '    n    s\n0   1    x\n1 -20  <b>\n2   3  NaN'
        let mixed = try DataFrame([Column(name: "n", ints: [1, -20, 3]), Column(name: "s", strings: ["x", "<b>", nil])])
        #expect(mixed.description == "    n    s\n0   1    x\n1 -20  <b>\n2   3  NaN")
    }

    @Test func edgeArgumentsDoNotTrap() throws {
        let frame = try DataFrame([Column(name: "x", ints: [1, 2, 3])])
        #expect(frame.tail(Int.min).rowCount == 0)
        #expect(frame.head(Int.min).rowCount == 0)
        #expect(frame.tail(-1).rowCount == 2)
        #expect(frame.table(maxRows: Int.min).rows.count == 3)  // treated as 2: head 1, "...", tail 1
    }
}
