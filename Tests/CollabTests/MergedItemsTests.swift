import Frames
import Testing

@testable import Collab

/// Two movies that share a title ("Hamlet (1996)" in this sample; MovieLens has such pairs) are
/// merged when the learner is keyed by title: the dataset says so.
@Suite struct MergedItemsTests {
    static let csv = """
        userId,movieId,title,rating
        1,10,Hamlet (1996),4
        2,11,Hamlet (1996),2
        1,12,Heat (1995),5
        3,10,Hamlet (1996),3
        3,13,Emma (1996),4
        3,14,Emma (1996),1

        """

    @Test func anItemKeyThatMergesIdsWarns() throws {
        let frame = try CSVReader.parse(Self.csv)
        let byTitle = try CollabFilterDataset(frame: frame, item: "title")
        #expect(byTitle.nItems == 3)
        #expect(
            byTitle.warnings == [
                "the item key 'title' merges items that 'movieId' keeps apart: 'Hamlet (1996)' is movieId 10 and 11 (and 1 more); "
                    + "each such title becomes one item. Pass item: \"movieId\" to keep them apart"
            ])
        let byId = try CollabFilterDataset(frame: frame, item: "movieId")
        #expect(byId.nItems == 5 && byId.warnings.isEmpty)
    }
}
