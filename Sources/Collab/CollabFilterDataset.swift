import Frames

/// Ratings turned into dense user and item indices: fastai 0.7's `CollabFilterDataset`
/// (`fastai/column_data.py`, `from_csv` / `from_data_frame` / `proc_col`; docs/lesson5-semantics.md §3).
///
/// - Index maps follow pandas `Series.unique()`: **order of first appearance** in the file, not
///   sorted. `users[k]` is the raw id whose index is `k`.
/// - Ratings become Float (float32, as `ratings.astype(np.float32)`).
/// - `minScore` / `maxScore` are the min and max over the whole file, before any split.
/// - Only the three named columns are used; the rest (e.g. `timestamp`) are ignored.
///
/// Ids may be Int, Double or String columns. In the maps' keys an integral Double id is stored as
/// `.int` (so `1.0` and `1` are the same id, as pandas compares them); ``users`` / ``items`` keep
/// the values as read.
public struct CollabFilterDataset: Sendable {
    /// Distinct user ids, in order of first appearance (index `k` ↔ `users[k]`).
    public let users: [CellValue]
    /// Distinct item ids, in order of first appearance.
    public let items: [CellValue]
    /// Raw user id (normalised, see the type's doc) → user index (fastai `user2idx`).
    public let userIndex: [CellValue: Int]
    /// Raw item id (normalised) → item index (fastai `item2idx`).
    public let itemIndex: [CellValue: Int]
    /// Per row of the file: the user index, in `0..<nUsers`.
    public let userIdx: [Int32]
    /// Per row of the file: the item index, in `0..<nItems`.
    public let itemIdx: [Int32]
    /// Per row of the file: the rating.
    public let ratings: [Float]
    /// Smallest rating in the file.
    public let minScore: Float
    /// Largest rating in the file.
    public let maxScore: Float
    /// The column names used, for messages.
    public let userColumn: String, itemColumn: String, ratingColumn: String
    /// Problems found in the data that do not stop training (e.g. an item key that merges items
    /// another id column keeps apart), each one sentence; shown under the cell that built the dataset.
    public let warnings: [String]

    /// Number of distinct users (fastai `n_users`).
    public var nUsers: Int { users.count }
    /// Number of distinct items (fastai `n_items`).
    public var nItems: Int { items.count }
    /// Number of ratings (rows).
    public var count: Int { ratings.count }

    /// Reads a ratings CSV (fastai `CollabFilterDataset.from_csv(path, csv, user, item, rating)`).
    /// - Throws: ``CollabError/emptyData(source:)`` for an empty or header-only file; the errors of
    ///   ``init(frame:user:item:rating:source:)``; other ``CSVError``s from reading the file.
    public static func fromCSV(
        path: String, user: String = "userId", item: String = "movieId",
        rating: String = "rating"
    ) throws -> CollabFilterDataset {
        let frame: DataFrame
        do {
            frame = try CSVReader(path: path).read()
        } catch CSVError.emptyFile(let path) {
            throw CollabError.emptyData(source: path)
        }
        return try CollabFilterDataset(frame: frame, user: user, item: item, rating: rating, source: path)
    }

    /// Builds the dataset from a frame (fastai `from_data_frame`).
    /// - Parameter source: names the data in error messages (the file path, or "<frame>").
    /// - Throws: ``CollabError/columnNotFound(_:available:source:)``, ``CollabError/emptyData(source:)``,
    ///   ``CollabError/missingID(column:row:)``, ``CollabError/nonNumericRating(column:row:found:)``,
    ///   ``CollabError/missingRating(column:row:)``, ``CollabError/nonFiniteRating(column:row:value:)``,
    ///   ``CollabError/tooManyIDs(column:count:)``.
    public init(
        frame: DataFrame, user: String = "userId", item: String = "movieId",
        rating: String = "rating", source: String = "<frame>"
    ) throws {
        func column(_ name: String) throws -> Column {
            guard let index = frame.columnIndex(name) else {
                throw CollabError.columnNotFound(name, available: frame.columnNames, source: source)
            }
            return frame.columns[index]
        }
        let userCol = try column(user)
        let itemCol = try column(item)
        let ratingCol = try column(rating)
        guard frame.rowCount > 0 else { throw CollabError.emptyData(source: source) }

        let (users, userIndex, userIdx) = try Self.indexColumn(userCol)
        let (items, itemIndex, itemIdx) = try Self.indexColumn(itemCol)
        let ratings = try Self.ratingValues(ratingCol)

        self.users = users
        self.items = items
        self.userIndex = userIndex
        self.itemIndex = itemIndex
        self.userIdx = userIdx
        self.itemIdx = itemIdx
        self.ratings = ratings
        // Non-empty and finite (checked above), so min/max exist.
        self.minScore = ratings.min() ?? 0
        self.maxScore = ratings.max() ?? 0
        self.userColumn = user
        self.itemColumn = item
        self.ratingColumn = rating
        self.warnings = Self.mergedItemsWarning(frame, item: itemCol, user: user).map { [$0] } ?? []
    }

    /// When the item key (e.g. `title`) maps to several values of an id column the data also
    /// holds (e.g. `movieId`), those items are merged into one embedding without a word: say so.
    /// Id columns are the others whose name ends in `Id`, `id` or `ID` (not the user column).
    static func mergedItemsWarning(_ frame: DataFrame, item: Column, user: String) -> String? {
        for other in frame.columns where other.name != item.name && other.name != user {
            guard other.name.hasSuffix("Id") || other.name.hasSuffix("id") || other.name.hasSuffix("ID") else { continue }
            var idsOf: [CellValue: [CellValue]] = [:]
            var order: [CellValue] = []
            for row in 0..<min(item.count, other.count) {
                guard let key = item[row].map(Self.key), let id = other[row].map(Self.key) else { continue }
                if var ids = idsOf[key] {
                    if !ids.contains(id) {
                        ids.append(id)
                        idsOf[key] = ids
                    }
                } else {
                    idsOf[key] = [id]
                    order.append(key)
                }
            }
            let merged = order.filter { (idsOf[$0]?.count ?? 0) > 1 }
            guard let first = merged.first, let ids = idsOf[first] else { continue }
            func text(_ v: CellValue) -> String {
                if case .string(let s) = v { return "'\(s)'" }
                return v.description
            }
            let more = merged.count > 1 ? " (and \(merged.count - 1) more)" : ""
            return "the item key '\(item.name)' merges items that '\(other.name)' keeps apart: \(text(first)) is "
                + "\(other.name) \(ids.map(text).joined(separator: " and "))\(more); each such \(item.name) becomes one item. "
                + "Pass item: \"\(other.name)\" to keep them apart"
        }
        return nil
    }

    /// The index of a user id (fastai `user2idx[id]`).
    /// - Throws: ``CollabError/unknownID(kind:id:)``.
    public func index(ofUser id: CellValue) throws -> Int {
        guard let index = userIndex[Self.key(id)] else { throw CollabError.unknownID(kind: "user", id: id) }
        return index
    }

    /// The index of an item id (fastai `item2idx[id]`).
    /// - Throws: ``CollabError/unknownID(kind:id:)``.
    public func index(ofItem id: CellValue) throws -> Int {
        guard let index = itemIndex[Self.key(id)] else { throw CollabError.unknownID(kind: "item", id: id) }
        return index
    }

    /// The index of an integer user id.
    public func index(ofUser id: Int) throws -> Int { try index(ofUser: .int(id)) }

    /// The index of an integer item id.
    public func index(ofItem id: Int) throws -> Int { try index(ofItem: .int(id)) }

    /// The map key of an id: integral Doubles become Ints, as pandas matches `1.0` with `1`.
    static func key(_ value: CellValue) -> CellValue {
        if case .double(let d) = value, d.rounded() == d, abs(d) < 9.0e15 { return .int(Int(d)) }
        return value
    }

    /// `proc_col`: distinct values in first-appearance order, the map, and each row's index.
    private static func indexColumn(_ column: Column) throws -> ([CellValue], [CellValue: Int], [Int32]) {
        var uniques: [CellValue] = []
        var map: [CellValue: Int] = [:]
        var indices: [Int32] = []
        indices.reserveCapacity(column.count)
        for row in 0..<column.count {
            guard let value = column[row] else { throw CollabError.missingID(column: column.name, row: row) }
            let key = key(value)
            if let index = map[key] {
                indices.append(Int32(truncatingIfNeeded: index))
            } else {
                guard uniques.count < Int(Int32.max) else {
                    throw CollabError.tooManyIDs(column: column.name, count: uniques.count + 1)
                }
                map[key] = uniques.count
                indices.append(Int32(truncatingIfNeeded: uniques.count))
                uniques.append(value)
            }
        }
        return (uniques, map, indices)
    }

    /// The rating column as Floats, naming the first bad row.
    private static func ratingValues(_ column: Column) throws -> [Float] {
        var result: [Float] = []
        result.reserveCapacity(column.count)
        for row in 0..<column.count {
            guard let value = column[row] else { throw CollabError.missingRating(column: column.name, row: row) }
            let number: Double
            switch value {
            case .int(let v): number = Double(v)
            case .double(let v): number = v
            case .string(let s):
                guard let parsed = Double(s.trimmingSpaces()) else {
                    throw CollabError.nonNumericRating(column: column.name, row: row, found: s)
                }
                number = parsed
            }
            if number.isNaN { throw CollabError.missingRating(column: column.name, row: row) }
            let float = Float(number)
            guard float.isFinite else {
                throw CollabError.nonFiniteRating(column: column.name, row: row, value: number)
            }
            result.append(float)
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    fileprivate func trimmingSpaces() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[start...end]
    }
}
