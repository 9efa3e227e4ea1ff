import Frames
import Testing

@testable import Collab

@Suite struct CollabFilterDatasetTests {
    // Fixtures/small.csv:
    //   userId,movieId,rating,timestamp
    //   5,30,4 / 3,10,3.5 / 5,20,5 / 7,30,1 / 3,30,2.5 / 9,10,0.5
    @Test func indexMapsFollowFirstAppearance() throws {
        let data = try CollabFilterDataset.fromCSV(path: Fixtures.path("small.csv"))
        #expect(data.users == [.int(5), .int(3), .int(7), .int(9)])
        #expect(data.items == [.int(30), .int(10), .int(20)])
        #expect(data.nUsers == 4)
        #expect(data.nItems == 3)
        #expect(data.userIdx == [0, 1, 0, 2, 1, 3])
        #expect(data.itemIdx == [0, 1, 2, 0, 0, 1])
        #expect(data.ratings == [4, 3.5, 5, 1, 2.5, 0.5])
        #expect(data.minScore == 0.5)
        #expect(data.maxScore == 5)
        #expect(data.userIndex == [.int(5): 0, .int(3): 1, .int(7): 2, .int(9): 3])
        #expect(data.itemIndex == [.int(30): 0, .int(10): 1, .int(20): 2])
        #expect(try data.index(ofUser: 7) == 2)
        #expect(try data.index(ofItem: 20) == 2)
        #expect(try data.index(ofItem: .double(10)) == 1)  // 10.0 matches 10, as in pandas
    }

    @Test func unknownIDIsAnError() throws {
        let data = try CollabFilterDataset.fromCSV(path: Fixtures.path("small.csv"))
        #expect(throws: CollabError.unknownID(kind: "user", id: .int(4))) { try data.index(ofUser: 4) }
        #expect(throws: CollabError.unknownID(kind: "item", id: .string("30"))) { try data.index(ofItem: .string("30")) }
    }

    @Test func stringIDsAndOtherColumnNames() throws {
        let data = try CollabFilterDataset.fromCSV(
            path: Fixtures.path("string_ids.csv"),
            user: "user", item: "item", rating: "score")
        #expect(data.users == [.string("alice"), .string("bob")])
        #expect(data.items == [.string("x9"), .string("x1")])
        #expect(data.userIdx == [0, 1, 0])
        #expect(data.itemIdx == [0, 1, 1])
        #expect(data.ratings == [2, 4, 3])
        #expect(try data.index(ofUser: .string("bob")) == 1)
    }

    @Test func fromFrameWithDoubleIDs() throws {
        let frame = try DataFrame([
            Column(name: "userId", doubles: [1.0, 2.5, 1.0]),
            Column(name: "movieId", ints: [7, 7, 8]),
            Column(name: "rating", doubles: [1.25, 2, 3]),
        ])
        let data = try CollabFilterDataset(frame: frame)
        #expect(data.users == [.double(1.0), .double(2.5)])
        #expect(data.userIdx == [0, 1, 0])
        #expect(try data.index(ofUser: 1) == 0)
        #expect(try data.index(ofUser: .double(2.5)) == 1)
        #expect(data.minScore == 1.25)
    }

    @Test func missingColumnListsTheAvailableOnes() {
        let path = Fixtures.path("small.csv")
        #expect(throws: CollabError.columnNotFound("user", available: ["userId", "movieId", "rating", "timestamp"], source: path)) {
            try CollabFilterDataset.fromCSV(path: path, user: "user")
        }
    }

    @Test func badRatingsNameTheRow() {
        #expect(throws: CollabError.nonNumericRating(column: "rating", row: 2, found: "abc")) {
            try CollabFilterDataset.fromCSV(path: Fixtures.path("bad_rating.csv"))
        }
        #expect(throws: CollabError.missingRating(column: "rating", row: 1)) {
            try CollabFilterDataset.fromCSV(path: Fixtures.path("missing_rating.csv"))
        }
        #expect(throws: CollabError.missingID(column: "userId", row: 1)) {
            try CollabFilterDataset.fromCSV(path: Fixtures.path("missing_user.csv"))
        }
    }

    @Test func infiniteOrOversizedRatingIsAnError() throws {
        let frame = try DataFrame([
            Column(name: "userId", ints: [1, 2]),
            Column(name: "movieId", ints: [7, 7]),
            Column(name: "rating", doubles: [1, 1e300]),
        ])
        #expect(throws: CollabError.nonFiniteRating(column: "rating", row: 1, value: 1e300)) {
            try CollabFilterDataset(frame: frame)
        }
    }

    @Test func emptyFilesAreErrors() {
        let empty = Fixtures.path("empty.csv")
        #expect(throws: CollabError.emptyData(source: empty)) { try CollabFilterDataset.fromCSV(path: empty) }
        let header = Fixtures.path("header_only.csv")
        #expect(throws: CollabError.emptyData(source: header)) { try CollabFilterDataset.fromCSV(path: header) }
    }

    @Test func errorMessagesSayWhatWasExpected() {
        let e = CollabError.columnNotFound("user", available: ["a", "b"], source: "r.csv")
        #expect(e.description == "r.csv: expected a column named 'user'; the data has 'a', 'b'")
        #expect(
            CollabError.nonNumericRating(column: "rating", row: 2, found: "abc").description
                == "expected a number in rating column 'rating' at row 2, found 'abc'")
    }
}
