/// One mini-batch: contiguous user indices, item indices and ratings (B = `count`).
public struct RatingBatch: Sendable, Equatable {
    /// User index per example, shape (B).
    public let userIdx: [Int32]
    /// Item index per example, shape (B).
    public let itemIdx: [Int32]
    /// Target rating per example, shape (B).
    public let ratings: [Float]
    /// Position of each example in the original file, shape (B).
    public let rows: [Int]

    /// Number of examples.
    public var count: Int { ratings.count }
}

extension RatingRows {
    /// Number of batches of `size` covering every row, the last one partial (`drop_last=False`):
    /// `ceil(count / size)`. 0 for a size below 1.
    public func batchCount(size: Int) -> Int {
        guard size > 0 else { return 0 }
        return (count + size - 1) / size
    }

    /// Batches of `size` in row order, the last partial: fastai's sequential DataLoader
    /// (used for validation with `2·bs`).
    /// - Throws: ``CollabError/invalidBatchSize(_:)``.
    public func sequentialBatches(size: Int) throws -> [RatingBatch] {
        guard size > 0 else { throw CollabError.invalidBatchSize(size) }
        return stride(from: 0, to: count, by: size).map { start in
            let end = Swift.min(start + size, count)
            return RatingBatch(
                userIdx: Array(userIdx[start..<end]), itemIdx: Array(itemIdx[start..<end]),
                ratings: Array(ratings[start..<end]), rows: Array(rows[start..<end]))
        }
    }

    /// Batches of `size` over a fresh permutation drawn from `source`, the last partial: torch's
    /// `RandomSampler` + `DataLoader(shuffle=True, drop_last=False)` (docs/lesson5-semantics.md §3). Batch
    /// `b` holds rows `perm[b·size ..< min((b+1)·size, count)]`.
    /// - Throws: ``CollabError/invalidBatchSize(_:)``; ``CollabError/invalidPermutation(expectedCount:problem:)``
    ///   when `source` returns something that is not a permutation of `0..<count`.
    public func shuffledBatches(size: Int, using source: inout some RandomSource) throws -> [RatingBatch] {
        guard size > 0 else { throw CollabError.invalidBatchSize(size) }
        let order = source.permutation(count)
        try Self.checkPermutation(order, count: count)
        return try taking(order).sequentialBatches(size: size)
    }

    /// Throws unless `order` holds each of `0..<count` exactly once.
    static func checkPermutation(_ order: [Int], count: Int) throws {
        guard order.count == count else {
            throw CollabError.invalidPermutation(expectedCount: count, problem: "it has \(order.count) elements")
        }
        var seen = [Bool](repeating: false, count: count)
        for index in order {
            guard index >= 0, index < count else {
                throw CollabError.invalidPermutation(expectedCount: count, problem: "\(index) is out of range")
            }
            if seen[index] {
                throw CollabError.invalidPermutation(expectedCount: count, problem: "\(index) appears twice")
            }
            seen[index] = true
        }
    }
}

/// Training and validation rows with their batch sizes: fastai 0.7's `ColumnarModelData`
/// (docs/lesson5-semantics.md §3). Training batches of `batchSize` are reshuffled every epoch; validation
/// batches of `2·batchSize` keep row order.
public struct CollabData: Sendable {
    /// Training rows (original order).
    public let train: RatingRows
    /// Validation rows (original order).
    public let valid: RatingRows
    /// Training batch size (fastai `bs`).
    public let batchSize: Int

    /// - Throws: ``CollabError/invalidBatchSize(_:)`` for a size below 1 (or too large to double).
    public init(split: CollabSplit, batchSize: Int) throws {
        guard batchSize > 0, batchSize <= Int.max / 2 else { throw CollabError.invalidBatchSize(batchSize) }
        self.train = split.train
        self.valid = split.valid
        self.batchSize = batchSize
    }

    /// Validation batch size: `2·batchSize`, as fastai's `ColumnarModelData`.
    public var validBatchSize: Int { 2 * batchSize }

    /// Training batches per epoch, `ceil(train.count / batchSize)`.
    public var trainBatchesPerEpoch: Int { train.batchCount(size: batchSize) }

    /// Validation batches, `ceil(valid.count / (2·batchSize))`.
    public var validBatchCount: Int { valid.batchCount(size: validBatchSize) }

    /// One epoch of training batches over a fresh permutation from `source`.
    /// - Throws: ``CollabError/invalidPermutation(expectedCount:problem:)``.
    public func trainingEpoch(using source: inout some RandomSource) throws -> [RatingBatch] {
        try train.shuffledBatches(size: batchSize, using: &source)
    }

    /// The validation batches, in row order.
    public func validationBatches() -> [RatingBatch] {
        // validBatchSize ≥ 2, so this cannot throw.
        (try? valid.sequentialBatches(size: validBatchSize)) ?? []
    }
}
