// The pandas verbs that PandasCasesTests cannot compare with a pandas value (their own random
// numbers, files, row closures) and their errors, which name the column or value at fault and
// point at the argument.

import CellBindings
import CellCore
import Foundation
import Testing

@Suite(.serialized) struct PandasVerbsTests {
    func fixtures() -> NotebookSession {
        let s = NotebookSession(baseDirectory: Fixtures.frames)
        let r = s.run(source: "let ratings = readCSV(\"ratings_small.csv\")\nlet movies = readCSV(\"movies_small.csv\")")
        #expect(r.succeeded, "\(r.failure)")
        return s
    }

    @Test func filterWithARowClosureAgreesWithTheMask() {
        let s = fixtures()
        // pandas: r[r.apply(lambda row: row.rating >= 4.0 and row.userId < 4, axis=1)].movieId → [10, 30, 20, 10]
        let r = s.run(
            source: """
                let a = ratings.filter { row in (row.double("rating") ?? 0) >= 4.0 && row.int("userId")! < 4 }
                let b = ratings[(ratings["rating"] >= 4.0) & (ratings["userId"] < 4)]
                print(a["movieId"].ints, a.count == b.count, a.filter { $0.index == 0 }.count)
                """)
        #expect(r.succeeded, "\(r.failure)")
        #expect(r.printed == "[10, 30, 20, 10] true 1\n")
        let wrong = s.run(source: "ratings.filter { $0.int(\"rating\") != nil }")
        #expect(wrong.trap?.message == "column 'rating' holds Double values, not Int (use row.double(\"rating\"))")
    }

    @Test func sampleIsReproducibleAndWithoutReplacement() {
        let s = fixtures()
        let r = s.run(
            source: """
                let a = ratings.sample(8, seed: 7)
                let b = ratings.sample(8, seed: 7)
                print(a["timestamp"].ints == b["timestamp"].ints, Set(a["timestamp"].ints).count, ratings.sample(21).count)
                """)
        #expect(r.succeeded, "\(r.failure)")
        #expect(r.printed == "true 8 21\n")
        let tooMany = s.run(source: "ratings.sample(22)")
        #expect(tooMany.trap?.message == "expected a sample size in 0...21 (rows without replacement), got 22")
    }

    @Test func toCSVWritesWhatReadCSVReadsBack() throws {
        let folder = try Fixtures.folder([:])
        let s = NotebookSession(baseDirectory: folder)
        let r = s.run(
            source: """
                let df = DataFrame([Column("id", [1, nil, 3]), Column("x", [0.5, 2.0, nil]), Column("t", ["a,b", "say \\"hi\\"", "c"])])
                df.toCSV("out.csv")
                let back = readCSV("out.csv")
                let t: [String] = back["t"].tolist()
                let x: [Double?] = back["x"].tolist()
                print(back.columnNames, t, x)
                """)
        #expect(r.succeeded, "\(r.failure)")
        // pandas df.to_csv(index=False): header, floats as repr, missing empty, RFC 4180 quoting.
        let text = try String(contentsOf: folder.appendingPathComponent("out.csv"), encoding: .utf8)
        #expect(text == "id,x,t\n1,0.5,\"a,b\"\n,2.0,\"say \"\"hi\"\"\"\n3,,c\n")
        #expect(r.printed == "[\"id\", \"x\", \"t\"] [\"a,b\", \"say \\\"hi\\\"\", \"c\"] [Optional(0.5), Optional(2.0), nil]\n")
    }

    @Test func assignmentReplacesAndScalarsBroadcast() {
        let s = fixtures()
        let r = s.run(
            source: """
                let m = movies.head(2)
                m["movieId"] = m["movieId"] + 1000
                let n = m.assign("one", 1).assign("half", 0.5).assign("tag", "x")
                print(m["movieId"].ints, n.columnNames, n["one"].ints, n["tag"].strings)
                """)
        #expect(r.succeeded, "\(r.failure)")
        #expect(r.printed == "[1010, 1020] [\"movieId\", \"title\", \"genres\", \"timestamp\", \"one\", \"half\", \"tag\"] [1, 1] [\"x\", \"x\"]\n")
    }

    @Test func errorsNameTheColumnAndPointAtTheArgument() {
        let s = fixtures()
        let cases: [(String, String, Int)] = [
            (
                "ratings[\"title\"]", "expected a column named 'title'; the frame has 'userId', 'movieId', 'rating', 'timestamp'",
                9
            ),
            ("movies[\"title\"] > 3", "expected a String for String column 'title', got 3", 19),
            ("ratings.drop(columns: [\"nope\"])", "expected a column named 'nope'; the frame has 'userId', 'movieId', 'rating', 'timestamp'", 23),
            ("ratings.groupBy(\"nope\").size()", "expected a column named 'nope'; the frame has 'userId', 'movieId', 'rating', 'timestamp'", 1),
            (
                "ratings.merge(movies, on: \"title\", how: .left)", "expected a column named 'title'; the frame has 'userId', 'movieId', 'rating', 'timestamp'",
                27
            ),
            ("ratings[\"rating\"].str.lower()", "str needs a String column; column 'rating' holds Double values", 1),
            ("movies[\"title\"].str.contains(\"(\")", "expected a regular expression, got '(' (pass regex: false to match it literally)", 30),
            ("ratings[\"rating\"].fillna(\"x\")", "expected a number for Double column 'rating', got \"x\"", 26),
            (
                "ratings.explode(\"userId\")",
                "column 'userId' holds no lists; assign it the result of str.split first (df.assign(\"userId\", df[\"userId\"].str.split(\"|\")))", 17
            ),
            ("ratings.sortValues(by: [\"rating\", \"userId\"], ascending: [true])", "", 0),
            ("ratings.groupBy([String]()).size()", "expected at least one key column", 17),
            ("toDatetime(Column(\"t\", [1.0, 1e300]))", "expected dates within 1e16 seconds of 1970 in column 't', got 1e+300", 12),
            ("DataFrame(rows: [(1, 2)])", "expected every tuple element to have a label (the column's name); element 0 has none", 17),
            ("DataFrame(rows: [1, 2])", "expected rows as labelled tuples, such as [(title: \"Heat\", year: 1995)]; got [Int]", 17),
        ]
        for (source, message, column) in cases {
            let r = s.run(source: source)
            if message.isEmpty {
                #expect(r.succeeded, "\(source): one direction applies to every key")
                continue
            }
            #expect(r.trap?.message == message, "\(source)")
            if column > 1 { #expect(r.trap?.position.column == column, "\(source): \(String(describing: r.trap?.position))") }
        }
    }
}
