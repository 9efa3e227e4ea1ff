/// A trained ALS model: one factor row per user and per item, in the dataset's index order
/// (row `k` of ``userFactors`` belongs to `dataset.users[k]`). Shapes: U users, I items, R rank.
///
/// Users and items with no training rating have no factor (Spark leaves them out of its factor
/// tables); here their rows are zeros and ``userHasFactor`` / ``itemHasFactor`` are false, and a
/// prediction that needs them is NaN ("cold start").
public struct ALSFactors: Sendable, Equatable {
    /// R, the number of latent factors.
    public let rank: Int
    /// U, the number of users.
    public let nUsers: Int
    /// I, the number of items.
    public let nItems: Int
    /// User factors, row-major (U × R).
    public let userFactors: [Float]
    /// Item factors, row-major (I × R).
    public let itemFactors: [Float]
    /// Per user (U): whether the user had training ratings, i.e. has a factor.
    public let userHasFactor: [Bool]
    /// Per item (I): whether the item had training ratings.
    public let itemHasFactor: [Bool]

    /// - Throws: ``ALSError/invalidParameter(name:value:expected:)`` when the arrays do not have
    ///   the sizes U·R, I·R, U and I.
    public init(
        rank: Int, nUsers: Int, nItems: Int, userFactors: [Float], itemFactors: [Float],
        userHasFactor: [Bool], itemHasFactor: [Bool]
    ) throws {
        guard rank >= 1, nUsers >= 0, nItems >= 0,
            userFactors.count == nUsers * rank, itemFactors.count == nItems * rank,
            userHasFactor.count == nUsers, itemHasFactor.count == nItems
        else {
            throw ALSError.invalidParameter(
                name: "factor tables",
                value: "\(userFactors.count) user and \(itemFactors.count) item values",
                expected: "\(nUsers)×\(rank) user and \(nItems)×\(rank) item values")
        }
        self.rank = rank
        self.nUsers = nUsers
        self.nItems = nItems
        self.userFactors = userFactors
        self.itemFactors = itemFactors
        self.userHasFactor = userHasFactor
        self.itemHasFactor = itemHasFactor
    }

    /// xᵤ·yᵢ accumulated in Float (as Spark's `ALSModel.transform`, a Float `sdot`); NaN when the
    /// user or item has no factor or an index is out of range.
    public func predict(user: Int, item: Int) -> Float {
        guard user >= 0, user < nUsers, item >= 0, item < nItems,
            userHasFactor[user], itemHasFactor[item]
        else { return .nan }
        return userFactors.withUnsafeBufferPointer { u in
            itemFactors.withUnsafeBufferPointer { v in
                var sum: Float = 0
                let a = user * rank, b = item * rank
                for k in 0..<rank { sum += u[a + k] * v[b + k] }
                return sum
            }
        }
    }

    /// One prediction per row of `rows` (NaN for cold-start rows), shape (rows.count).
    public func predictions(for rows: RatingRows) -> [Float] {
        (0..<rows.count).map { predict(user: Int(rows.userIdx[$0]), item: Int(rows.itemIdx[$0])) }
    }

    /// Root mean squared error over the rows whose prediction is not NaN: Spark's
    /// `RegressionEvaluator(metricName="rmse")` after `coldStartStrategy="drop"`. Accumulated in
    /// Double. `evaluated` is the number of rows used; `rmse` is NaN when it is 0.
    public func rmse(on rows: RatingRows) -> (rmse: Double, evaluated: Int) {
        let predicted = predictions(for: rows)
        var sum = 0.0
        var count = 0
        for (p, r) in zip(predicted, rows.ratings) where !p.isNaN {
            let d = Double(p) - Double(r)
            sum += d * d
            count += 1
        }
        return (count == 0 ? .nan : (sum / Double(count)).squareRoot(), count)
    }
}
