/// A subset of a ``CollabFilterDataset``'s rows, stored as three contiguous columns ready for a
/// fused kernel: fastai 0.7's `PassthruDataset` of `[user_idx, item_idx, rating]`.
///
/// Invariant: the four arrays have the same length; `rows` are positions in the dataset.
public struct RatingRows: Sendable, Equatable {
    /// Position of each row in the original file (ascending after ``CollabFilterDataset/split(valIdxs:)``).
    public let rows: [Int]
    /// User index per row.
    public let userIdx: [Int32]
    /// Item index per row.
    public let itemIdx: [Int32]
    /// Rating per row.
    public let ratings: [Float]

    /// Number of rows.
    public var count: Int { rows.count }

    init(rows: [Int], userIdx: [Int32], itemIdx: [Int32], ratings: [Float]) {
        self.rows = rows
        self.userIdx = userIdx
        self.itemIdx = itemIdx
        self.ratings = ratings
    }

    /// The rows at positions `order` (each in `0..<count`; the caller checks).
    func taking(_ order: some Collection<Int>) -> RatingRows {
        RatingRows(
            rows: order.map { rows[$0] }, userIdx: order.map { userIdx[$0] },
            itemIdx: order.map { itemIdx[$0] }, ratings: order.map { ratings[$0] })
    }
}

/// Training and validation rows, both in original row order.
public struct CollabSplit: Sendable, Equatable {
    /// Rows not chosen for validation.
    public let train: RatingRows
    /// Rows chosen for validation.
    public let valid: RatingRows
}

extension CollabFilterDataset {
    /// All rows, in file order.
    public var allRows: RatingRows {
        RatingRows(rows: Array(0..<count), userIdx: userIdx, itemIdx: itemIdx, ratings: ratings)
    }

    /// Splits the rows as fastai 0.7's `split_by_idx(val_idxs, ...)` (`fastai/dataset.py`,
    /// docs/lesson5-semantics.md §2): a boolean mask over the rows, so **both parts keep the original row
    /// order** whatever the order of `valIdxs`.
    /// - Parameter valIdxs: validation row positions (e.g. from ``cvIdxs(_:valPct:seed:)``).
    /// - Throws: ``CollabError/validationIndexOutOfRange(_:rowCount:)``,
    ///   ``CollabError/duplicateValidationIndex(_:)`` (numpy would silently accept a duplicate).
    public func split(valIdxs: [Int]) throws -> CollabSplit {
        var isValid = [Bool](repeating: false, count: count)
        for index in valIdxs {
            guard index >= 0, index < count else {
                throw CollabError.validationIndexOutOfRange(index, rowCount: count)
            }
            if isValid[index] { throw CollabError.duplicateValidationIndex(index) }
            isValid[index] = true
        }
        let all = allRows
        let validRows = (0..<count).filter { isValid[$0] }
        let trainRows = (0..<count).filter { !isValid[$0] }
        return CollabSplit(train: all.taking(trainRows), valid: all.taking(validRows))
    }

    /// The split wrapped with its batch sizes (fastai `get_data(val_idxs, bs)` →
    /// `ColumnarModelData(path, trn, val, bs)`): training batches of `batchSize`, shuffled each
    /// epoch; validation batches of `2·batchSize`, in order.
    /// - Throws: as ``split(valIdxs:)``; ``CollabError/invalidBatchSize(_:)``.
    public func data(valIdxs: [Int], batchSize: Int) throws -> CollabData {
        try CollabData(split: split(valIdxs: valIdxs), batchSize: batchSize)
    }
}
