import Frames
import TestSupport
import Testing

@testable import Collab

// Reference values: docs/lesson5-semantics.md §1 and golden/numpy_permutation.py.
@Suite struct CVIndicesTests {
    @Test func mlLatestSmallSizeStartsAsNumpy() {
        let idxs = cvIdxs(100_004)
        #expect(idxs.count == 20_000)
        #expect(Array(idxs.prefix(10)) == [19090, 99678, 18455, 35755, 66536, 58156, 45934, 67241, 84837, 72699])
    }

    @Test func ml100kSizeStartsAsNumpy() {
        let idxs = cvIdxs(100_000)
        #expect(idxs.count == 20_000)
        #expect(Array(idxs.prefix(10)) == [75721, 80184, 19864, 76699, 92991, 76434, 84004, 80917, 60767, 50074])
        #expect(Set(idxs).count == 20_000)
        #expect(idxs.allSatisfy { $0 >= 0 && $0 < 100_000 })
    }

    @Test func countTruncatesLikePythonInt() {
        // int(0.2·10) = 2; int(0.3·10) = int(3.0000000000000004) = 3; int(0.1·3) = 0.
        #expect(cvIdxs(10) == [8, 1])
        #expect(cvIdxs(10, valPct: 0.3) == [8, 1, 5])
        #expect(cvIdxs(3, valPct: 0.1) == [])
        #expect(cvIdxs(10, valPct: 1.0) == [8, 1, 5, 0, 7, 2, 9, 4, 3, 6])
    }

    @Test func otherSeedsAndDegenerateInputs() {
        #expect(cvIdxs(20, valPct: 0.5, seed: 0) == [18, 1, 19, 8, 10, 17, 6, 13, 4, 2])
        #expect(cvIdxs(0) == [])
        #expect(cvIdxs(-5) == [])
        #expect(cvIdxs(10, valPct: -0.5) == [])
        #expect(cvIdxs(10, valPct: 7) == [8, 1, 5, 0, 7, 2, 9, 4, 3, 6])
        #expect(cvIdxs(10, valPct: .nan) == [])
    }

    /// The real ML-100K file (skipped, visibly, when `data/ml-100k/ratings.csv` is absent outside `make test`).
    @Test(.enabled(if: Repository.movieLens100K != nil || Repository.noSkips, "data/ml-100k/ratings.csv is missing (make data)"))
    func ml100kDatasetAndSplit() throws {
        let path = try #require(Repository.movieLens100K)
        let data = try CollabFilterDataset.fromCSV(path: path)
        #expect(data.count == 100_000)
        #expect(data.nUsers == 943)
        #expect(data.nItems == 1682)
        #expect(Array(data.users.prefix(5)) == [.int(196), .int(186), .int(22), .int(244), .int(166)])
        #expect(Array(data.items.prefix(5)) == [.int(242), .int(302), .int(377), .int(51), .int(346)])
        #expect(data.minScore == 1)
        #expect(data.maxScore == 5)
        let split = try data.split(valIdxs: cvIdxs(data.count))
        #expect(split.train.count == 80_000)
        #expect(split.valid.count == 20_000)
        // pandas: the first validation rows in file order, and the sum of their ratings.
        #expect(Array(split.valid.rows.prefix(5)) == [8, 23, 39, 53, 70])
        #expect(Array(split.train.rows.prefix(5)) == [0, 1, 2, 3, 4])
        #expect(split.valid.ratings.reduce(0.0) { $0 + Double($1) } == 70485)
        let loaders = try CollabData(split: split, batchSize: 64)
        #expect(loaders.trainBatchesPerEpoch == 1250)
        #expect(loaders.validBatchCount == 157)
        #expect(loaders.validationBatches().last?.count == 32)
    }
}
