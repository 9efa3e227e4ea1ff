import Frames

extension CollabFilterDataset {
    /// A dataset whose user and item columns already hold 0-based indices (as after the lesson's
    /// hand re-indexing, cell 57), for fastai's `ColumnarModelData.from_data_frame(…, cat_flds, …)`,
    /// which uses such columns as they are. The index maps are the identity over
    /// `0...max(index)` (so `nUsers` = largest user index + 1, as an embedding table needs).
    /// - Throws: ``CollabError/emptyData(source:)`` for no rows;
    ///   ``CollabError/invalidModelParameter(name:value:expected:)`` for columns of different
    ///   lengths or an index outside `0...Int32.max`; ``CollabError/nonFiniteRating(column:row:value:)``.
    public init(indexedUsers users: [Int], items: [Int], ratings: [Float], source: String = "<frame>") throws {
        guard users.count == items.count, users.count == ratings.count else {
            throw CollabError.invalidModelParameter(
                name: "column lengths", value: "\(users.count), \(items.count), \(ratings.count)",
                expected: "equal")
        }
        guard !ratings.isEmpty else { throw CollabError.emptyData(source: source) }
        for (name, column) in [("user", users), ("item", items)] {
            if let bad = column.first(where: { $0 < 0 || $0 > Int(Int32.max) }) {
                throw CollabError.invalidModelParameter(name: "\(name) index", value: "\(bad)", expected: "in 0...\(Int32.max)")
            }
        }
        if let row = ratings.firstIndex(where: { !$0.isFinite }) {
            throw CollabError.nonFiniteRating(column: "y", row: row, value: Double(ratings[row]))
        }
        let nUsers = (users.max() ?? -1) + 1, nItems = (items.max() ?? -1) + 1
        self.users = (0..<nUsers).map { .int($0) }
        self.items = (0..<nItems).map { .int($0) }
        self.userIndex = Dictionary(uniqueKeysWithValues: (0..<nUsers).map { (CellValue.int($0), $0) })
        self.itemIndex = Dictionary(uniqueKeysWithValues: (0..<nItems).map { (CellValue.int($0), $0) })
        self.userIdx = users.map { Int32($0) }
        self.itemIdx = items.map { Int32($0) }
        self.ratings = ratings
        self.minScore = ratings.min() ?? 0
        self.maxScore = ratings.max() ?? 0
        (self.userColumn, self.itemColumn, self.ratingColumn) = ("user", "item", "y")
        self.warnings = []
    }
}
