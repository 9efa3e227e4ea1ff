import Frames
import Testing

@testable import Collab

/// A source that returns a fixed order, to check batching by hand.
private struct FixedOrder: RandomSource {
    var orders: [[Int]]
    mutating func permutation(_ n: Int) -> [Int] { orders.isEmpty ? Array(0..<n) : orders.removeFirst() }
}

@Suite struct SplitAndBatchingTests {
    /// 7 rows: users 0…6 are ids 10…16 (each new), item ids cycle 1, 2, 1, 2, …; rating = row + 1.
    private func sevenRows() throws -> CollabFilterDataset {
        let frame = try DataFrame([
            Column(name: "userId", ints: [10, 11, 12, 13, 14, 15, 16]),
            Column(name: "movieId", ints: [1, 2, 1, 2, 1, 2, 1]),
            Column(name: "rating", ints: [1, 2, 3, 4, 5, 6, 7]),
        ])
        return try CollabFilterDataset(frame: frame)
    }

    @Test func splitKeepsOriginalOrderInBothParts() throws {
        let data = try sevenRows()
        let split = try data.split(valIdxs: [5, 1, 3])
        #expect(split.valid.rows == [1, 3, 5])
        #expect(split.valid.userIdx == [1, 3, 5])
        #expect(split.valid.itemIdx == [1, 1, 1])
        #expect(split.valid.ratings == [2, 4, 6])
        #expect(split.train.rows == [0, 2, 4, 6])
        #expect(split.train.ratings == [1, 3, 5, 7])
        #expect(split.train.itemIdx == [0, 0, 0, 0])
    }

    @Test func emptyValidationSet() throws {
        let split = try sevenRows().split(valIdxs: [])
        #expect(split.valid.count == 0)
        #expect(split.train.rows == Array(0..<7))
    }

    @Test func badValidationIndicesAreErrors() throws {
        let data = try sevenRows()
        #expect(throws: CollabError.validationIndexOutOfRange(7, rowCount: 7)) { try data.split(valIdxs: [0, 7]) }
        #expect(throws: CollabError.validationIndexOutOfRange(-1, rowCount: 7)) { try data.split(valIdxs: [-1]) }
        #expect(throws: CollabError.duplicateValidationIndex(2)) { try data.split(valIdxs: [2, 4, 2]) }
    }

    @Test func validationBatchesAreDoubleSizedAndInOrder() throws {
        let data = try sevenRows().data(valIdxs: [], batchSize: 2)
        #expect(data.validBatchSize == 4)
        #expect(data.valid.count == 0)
        #expect(data.validationBatches().isEmpty)
        let all = try CollabData(split: try sevenRows().split(valIdxs: [0, 1, 2, 3, 4, 5, 6]), batchSize: 2)
        let batches = all.validationBatches()
        #expect(all.validBatchCount == 2)
        #expect(batches.map(\.ratings) == [[1, 2, 3, 4], [5, 6, 7]])
        #expect(batches.map(\.userIdx) == [[0, 1, 2, 3], [4, 5, 6]])
        #expect(batches.map(\.rows) == [[0, 1, 2, 3], [4, 5, 6]])
    }

    @Test func trainingBatchesSliceTheEpochPermutationLastPartial() throws {
        let data = try sevenRows().data(valIdxs: [6], batchSize: 4)  // train rows 0…5
        #expect(data.trainBatchesPerEpoch == 2)
        var source = FixedOrder(orders: [[5, 0, 3, 1, 4, 2], [0, 1, 2, 3, 4, 5]])
        let epoch0 = try data.trainingEpoch(using: &source)
        #expect(epoch0.map(\.ratings) == [[6, 1, 4, 2], [5, 3]])
        #expect(epoch0.map(\.userIdx) == [[5, 0, 3, 1], [4, 2]])
        #expect(epoch0.map(\.itemIdx) == [[1, 0, 1, 1], [0, 0]])
        let epoch1 = try data.trainingEpoch(using: &source)  // a fresh draw each epoch
        #expect(epoch1.map(\.ratings) == [[1, 2, 3, 4], [5, 6]])
    }

    @Test func mt19937ShuffleIsNumpysPermutationOrder() throws {
        // Train rows 0…9 with ratings 1…10; numpy seed 42 permutation(10) = [8,1,5,0,7,2,9,4,3,6].
        let frame = try DataFrame([
            Column(name: "userId", ints: Array(0..<10)),
            Column(name: "movieId", ints: Array(repeating: 1, count: 10)),
            Column(name: "rating", ints: Array(1...10)),
        ])
        let data = try CollabFilterDataset(frame: frame).data(valIdxs: [], batchSize: 3)
        var rng = MT19937(seed: 42)
        let batches = try data.trainingEpoch(using: &rng)
        #expect(batches.map(\.ratings) == [[9, 2, 6], [1, 8, 3], [10, 5, 4], [7]])
        #expect(batches.map(\.count) == [3, 3, 3, 1])
    }

    @Test func brokenPermutationsAndBatchSizesAreErrors() throws {
        let data = try sevenRows().data(valIdxs: [], batchSize: 3)
        var short = FixedOrder(orders: [[0, 1]])
        #expect(throws: CollabError.invalidPermutation(expectedCount: 7, problem: "it has 2 elements")) {
            try data.trainingEpoch(using: &short)
        }
        var repeated = FixedOrder(orders: [[0, 1, 2, 3, 4, 5, 5]])
        #expect(throws: CollabError.invalidPermutation(expectedCount: 7, problem: "5 appears twice")) {
            try data.trainingEpoch(using: &repeated)
        }
        var outside = FixedOrder(orders: [[0, 1, 2, 3, 4, 5, 9]])
        #expect(throws: CollabError.invalidPermutation(expectedCount: 7, problem: "9 is out of range")) {
            try data.trainingEpoch(using: &outside)
        }
        #expect(throws: CollabError.invalidBatchSize(0)) { try sevenRows().data(valIdxs: [], batchSize: 0) }
        #expect(throws: CollabError.invalidBatchSize(-2)) { try data.train.sequentialBatches(size: -2) }
        #expect(data.train.batchCount(size: 0) == 0)
    }

    @Test func lessonBatchCounts() {
        // docs/lesson5-semantics.md §3: 80,004 rows at bs 64 → 1,251 batches; 80,000 → 1,250; 20,000 at 128 → 157.
        func rows(_ n: Int) -> RatingRows {
            RatingRows(
                rows: Array(0..<n), userIdx: .init(repeating: 0, count: n),
                itemIdx: .init(repeating: 0, count: n), ratings: .init(repeating: 0, count: n))
        }
        #expect(rows(80_004).batchCount(size: 64) == 1251)
        #expect(rows(80_000).batchCount(size: 64) == 1250)
        #expect(rows(20_000).batchCount(size: 128) == 157)
    }
}

@Suite struct PermutationFunctionTests {
    @Test func aClosureCanDriveTheShuffle() throws {
        let frame = try DataFrame([
            Column(name: "userId", ints: [1, 2, 3]),
            Column(name: "movieId", ints: [1, 1, 1]),
            Column(name: "rating", ints: [1, 2, 3]),
        ])
        let data = try CollabFilterDataset(frame: frame).data(valIdxs: [], batchSize: 2)
        var source = PermutationFunction { n in Array((0..<n).reversed()) }
        #expect(try data.trainingEpoch(using: &source).map(\.ratings) == [[3, 2], [1]])
    }
}
