import Testing

@testable import Frames

@Suite struct CSVReaderTests {
    @Test func quotedCommasDoubledQuotesAndNewlines() throws {
        let text = "id,title\n1,\"Misérables, Les (1995)\"\n2,\"He said \"\"hi\"\"\"\n3,\"two\nlines\"\n"
        let frame = try CSVReader.parse(text)
        #expect(frame.shape == (3, 2))
        #expect(try frame.column("title").strings() == ["Misérables, Les (1995)", "He said \"hi\"", "two\nlines"])
        #expect(try frame.column("id").ints() == [1, 2, 3])
    }

    @Test func crlfBOMBlankLinesAndNoTrailingNewline() throws {
        let text = "\u{FEFF}a,b\r\n\r\n1,x\r\n\n2,y\r\n3,z"
        let frame = try CSVReader.parse(text)
        #expect(frame.columnNames == ["a", "b"])  // BOM not part of the first name
        #expect(try frame.column("a").ints() == [1, 2, 3])
        #expect(try frame.column("b").strings() == ["x", "y", "z"])
    }

    @Test func loneCRLineEnds() throws {
        let frame = try CSVReader.parse("a,b\r1,2\r3,4\r")
        #expect(try frame.column("b").ints() == [2, 4])
    }

    @Test func typeInferenceUsesTheWholeColumn() throws {
        var lines = ["n,r,s,e"]
        for i in 0..<1000 { lines.append("\(i),\(i % 5),\(i),") }
        lines.append("7,3.5,abc,")  // a late half star and a late word
        let frame = try CSVReader.parse(lines.joined(separator: "\n"))
        #expect(frame.columns.map(\.type) == [.int, .double, .string, .double])
        let r = try frame.column("r").doubles()
        #expect(r.count == 1001)
        #expect(r[3] == 3.0 && r[1000] == 3.5)
        // A column that became String late keeps the original spellings of earlier rows.
        let s = try frame.column("s").strings()
        #expect(s[0] == "0" && s[999] == "999" && s[1000] == "abc")
        // The all-empty column is Double with every value missing.
        #expect(frame.columns[3].missingCount == 1001)
    }

    @Test func stringReparseKeepsLeadingZerosAndMissing() throws {
        let frame = try CSVReader.parse("code\n007\n\n\"\"\n1.50\nx\n")
        // Blank line skipped; "" is an empty (missing) field.
        #expect(frame.rowCount == 4)
        let code = try frame.column("code")
        #expect(code.type == .string)
        #expect(optionalStrings(code) == ["007", nil, "1.50", "x"])
    }

    @Test func emptyFieldsAreMissingInNumericColumns() throws {
        let frame = try CSVReader.parse("a,b\n1,2.5\n,\n3,4\n")
        let a = try frame.column("a"), b = try frame.column("b")
        #expect(a.type == .int && b.type == .double)
        #expect(optionalDoubles(a) == [1, nil, 3])
        #expect(optionalDoubles(b) == [2.5, nil, 4])
        #expect(thrownError { try a.ints() } as? FrameError == .missingValue(column: "a", row: 1))
    }

    @Test func numberForms() throws {
        let frame = try CSVReader.parse("x\n-1.5e3\n+2\n.5\n5.\n 7 \n1e-2\n0.1\n")
        #expect(try frame.column("x").doubles() == [-1500, 2, 0.5, 5, 7, 0.01, 0.1])
        let big = try CSVReader.parse("x\n9223372036854775807\n-9223372036854775808\n")
        #expect(try big.column("x").ints() == [Int.max, Int.min])
        let overflow = try CSVReader.parse("x\n9223372036854775808\n")
        #expect(try overflow.column("x").type == .double)
        let words = try CSVReader.parse("x\n1\nnan\n")
        #expect(try words.column("x").type == .string)
    }

    @Test func pandasHeaderNames() throws {
        let frame = try CSVReader.parse("a,,a,a\n1,2,3,4\n")
        #expect(frame.columnNames == ["a", "Unnamed: 1", "a.1", "a.2"])
    }

    @Test func missingFile() {
        let error = thrownError { try CSVReader.read("/tmp/no/such/file.csv") }
        #expect(error as? CSVError == .fileNotFound(path: "/tmp/no/such/file.csv"))
        #expect("\(error!)".contains("/tmp/no/such/file.csv"))
    }

    @Test func emptyFile() {
        #expect(thrownError { try CSVReader.parse("", path: "e.csv") } as? CSVError == .emptyFile(path: "e.csv"))
        #expect(thrownError { try CSVReader.parse("\u{FEFF}\n\r\n", path: "e.csv") } as? CSVError == .emptyFile(path: "e.csv"))
    }

    @Test func headerOnlyGivesNoRows() throws {
        let frame = try CSVReader.parse("a,b\n")
        #expect(frame.shape == (0, 2))
    }

    @Test func raggedRowNamesItsLine() {
        // Line 5 of the file (the quoted newline in row 1 counts), 3 fields where the header has 2.
        let error = thrownError { try CSVReader.parse("a,b\n\"x\ny\",1\n2,3\n4,5,6\n", path: "r.csv") }
        #expect(error as? CSVError == .raggedRow(at: CSVLocation(path: "r.csv", line: 5, column: 1), expected: 2, found: 3))
        #expect("\(error!)" == "r.csv:5:1: error: expected 2 fields as in the header, found 3")
        let short = thrownError { try CSVReader.parse("a,b\n1\n", path: "r.csv") }
        #expect(short as? CSVError == .raggedRow(at: CSVLocation(path: "r.csv", line: 2, column: 1), expected: 2, found: 1))
    }

    @Test func unterminatedQuotePointsAtTheOpeningQuote() {
        let error = thrownError { try CSVReader.parse("a,b\n1,2\né,\"open\nmore\n", path: "q.csv") }
        #expect(error as? CSVError == .unterminatedQuote(at: CSVLocation(path: "q.csv", line: 3, column: 3)))
    }

    @Test func characterAfterClosingQuote() {
        let error = thrownError { try CSVReader.parse("a\n\"x\"y\n", path: "c.csv") }
        #expect(error as? CSVError == .unexpectedCharacterAfterQuote(at: CSVLocation(path: "c.csv", line: 2, column: 4), found: "y"))
    }

    @Test func invalidUTF8NamesTheByteAndTheEncodingToPass() {
        let bytes: [UInt8] = Array("a\n".utf8) + [0x66, 0xFF, 0x0A]
        let error = thrownError { try CSVReader.parse(bytes, path: "u.csv") }
        #expect(error as? CSVError == .invalidUTF8(at: CSVLocation(path: "u.csv", line: 2, column: 2), byte: 0xFF))
        let message = (error as? CSVError)?.description ?? ""
        #expect(message.hasPrefix("u.csv:2:2: error: expected UTF-8 text, found the byte 0xFF"))
        #expect(message.contains("encoding: .latin1"))
    }

    @Test func latin1FileAsMovieLensUItem() throws {
        // u.item's own bytes: "Misérables" with é = 0xE9 (Latin-1).
        let bytes: [UInt8] = Array("id,title\n1,Les Mis".utf8) + [0xE9] + Array("rables (1995)\n".utf8)
        let utf8Error = thrownError { try CSVReader.parse(bytes, path: "u.item") }
        #expect(utf8Error as? CSVError == .invalidUTF8(at: CSVLocation(path: "u.item", line: 2, column: 10), byte: 0xE9))
        let frame = try CSVReader.parse(bytes, path: "u.item", encoding: .latin1)
        #expect(try frame.column("title").strings() == ["Les Misérables (1995)"])
    }

    @Test func quoteInsideUnquotedFieldIsKept() throws {
        let frame = try CSVReader.parse("a\n5\"7\n")
        #expect(try frame.column("a").strings() == ["5\"7"])
    }

    @Test func fixtureFilesMatchPandas() throws {
        // pandas: ratings shape (21, 4), movies shape (7, 4); see golden/make_golden.py.
        let ratings = try CSVReader.read(fixturePath("ratings_small.csv"))
        #expect(ratings.shape == (21, 4))
        #expect(ratings.columns.map(\.type) == [.int, .int, .double, .int])  // pandas: movieId float64 (has NaN)
        let movies = try CSVReader.read(fixturePath("movies_small.csv"))
        #expect(movies.shape == (7, 4))
        #expect(
            optionalStrings(try movies.column("title")) == [
                "Toy Story (1995)", "Misérables, Les (1995)",
                "Film with <script>alert(\"x\")</script> in title (2000)", "Two\nLines (1999)",
                "Misérables, Les (2012 remake)", "Never Rated (1980)", "Crème brûlée — café (2010)",
            ])
        #expect(
            optionalStrings(try movies.column("genres")) == [
                "Adventure|Animation|Children", "Drama|War", "Horror", "Comedy", "Drama", nil, "Comedy|Romance",
            ])
        #expect(optionalDoubles(try movies.column("timestamp")) == [2001, 2002, 2003, 2004, 2005, 2006, nil])
    }
}
