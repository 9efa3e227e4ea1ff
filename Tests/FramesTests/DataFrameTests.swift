import Testing

@testable import Frames

@Suite struct DataFrameTests {
    let frame: DataFrame

    init() throws {
        frame = try DataFrame([
            Column(name: "id", ints: [1, 2, 3, 4, 5, 6, 7]),
            Column(name: "score", doubles: [0.5, nil, 2, 3, .nan, 5, 6]),
        ])
    }

    @Test func shapeNamesAndHeadTail() throws {
        #expect(frame.shape == (7, 2))
        #expect(frame.columnNames == ["id", "score"])
        #expect(try frame.head().column("id").ints() == [1, 2, 3, 4, 5])
        #expect(try frame.head(2).column("id").ints() == [1, 2])
        #expect(try frame.head(-5).column("id").ints() == [1, 2])
        #expect(try frame.head(100).column("id").ints() == [1, 2, 3, 4, 5, 6, 7])
        #expect(try frame.tail(2).column("id").ints() == [6, 7])
        #expect(frame.head(0).shape == (0, 2))
    }

    @Test func missingColumnErrorListsTheAvailableOnes() {
        let error = thrownError { try frame.column("rating") }
        #expect(error as? FrameError == .columnNotFound("rating", available: ["id", "score"]))
        #expect("\(error!)" == "expected a column named 'rating'; the frame has 'id', 'score'")
    }

    @Test func elementAccessNeverTraps() throws {
        let score = try frame.column("score")
        #expect(score[0] == .double(0.5))
        #expect(score[1] == nil)  // missing
        #expect(score[4] == nil)  // NaN counts as missing
        #expect(score[99] == nil && score[-1] == nil)
        #expect(thrownError { try score.value(at: 7) } as? FrameError == .rowOutOfRange(7, rowCount: 7))
        #expect(try score.value(at: 2) == .double(2))
        #expect(score.missingCount == 2)
        #expect(thrownError { try frame.rows([0, 9]) } as? FrameError == .rowOutOfRange(9, rowCount: 7))
        #expect(thrownError { try score.ints() } as? FrameError == .wrongType(column: "score", expected: "an Int", found: .double))
    }

    @Test func valuesAsArrays() throws {
        #expect(try frame.column("id").doubles() == [1, 2, 3, 4, 5, 6, 7])
        let d = try frame.column("score").doubles()
        #expect(d[0] == 0.5 && d[1].isNaN && d[6] == 6)
        let names = try DataFrame([Column(name: "n", strings: ["a", nil])])
        #expect(thrownError { try names.column("n").strings() } as? FrameError == .missingValue(column: "n", row: 1))
        #expect(
            thrownError { try names.column("n").doubles() } as? FrameError
                == .wrongType(column: "n", expected: "a numeric", found: .string))
    }

    @Test func constructionChecks() {
        #expect(
            thrownError { try DataFrame([Column(name: "a", ints: [1]), Column(name: "a", ints: [2])]) } as? FrameError
                == .duplicateColumnName("a"))
        #expect(
            thrownError { try DataFrame([Column(name: "a", ints: [1]), Column(name: "b", ints: [2, 3])]) } as? FrameError
                == .lengthMismatch(column: "b", expected: 1, found: 2))
    }

    @Test func selectingAndRows() throws {
        let picked = try frame.selecting(["score", "id"]).rows([6, 0])
        #expect(picked.columnNames == ["score", "id"])
        #expect(try picked.column("id").ints() == [7, 1])
    }
}
