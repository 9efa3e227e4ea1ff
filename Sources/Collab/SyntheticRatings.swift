import Tensors

/// A synthetic ratings set with a planted low-rank model, for the scale benchmark
/// (`make bench-scale`): user and item factors U (users × rank), V (items × rank) drawn from
/// N(0, σ²) with σ² = 1/√rank (so u·v has unit variance), and
///
///     rating(u, i) = mean + u·v + ε,   ε ~ N(0, noise²),
///
/// for `count` (user, item) pairs drawn uniformly (a pair may repeat). Each rating goes to
/// validation with probability `validFraction` (a per-rating draw, so no permutation of
/// `count` is held in memory). Seeded: the same arguments give the same numbers (the engine's
/// `RandomGenerator`). The best possible validation RMSE is about `noise`.
public struct SyntheticRatings: Sendable {
    public var users = 100_000
    public var items = 20_000
    public var count = 10_000_000
    /// Rank of the planted model (the mean adds one more).
    public var rank = 8
    public var mean: Float = 3
    public var noise: Float = 0.5
    public var validFraction = 0.2
    public var seed: UInt64 = 2017

    public init() {}

    /// The training and validation rows (`rows` numbers ratings in generation order).
    /// - Throws: ``ALSError/invalidParameter(name:value:expected:)`` for sizes below 1 or above
    ///   Int32 indices, or a fraction outside 0...1.
    public func generate() throws -> CollabSplit {
        guard users >= 1, users <= Int(Int32.max), items >= 1, items <= Int(Int32.max), count >= 1, rank >= 1 else {
            throw ALSError.invalidParameter(
                name: "synthetic sizes", value: "\(users) users, \(items) items, \(count) ratings, rank \(rank)",
                expected: "at least 1 each, indices within Int32")
        }
        guard validFraction >= 0, validFraction <= 1 else {
            throw ALSError.invalidParameter(name: "validFraction", value: "\(validFraction)", expected: "in 0...1")
        }
        let random = RandomGenerator(seed: seed)
        let sigma = Float((1 / Double(rank).squareRoot()).squareRoot())
        let u = (0..<(users * rank)).map { _ in Float(random.nextNormal()) * sigma }
        let v = (0..<(items * rank)).map { _ in Float(random.nextNormal()) * sigma }
        let expectedValid = Int(Double(count) * validFraction * 1.01) + 16
        var train = Columns(capacity: count - Swift.min(count, expectedValid) + 1024)
        var valid = Columns(capacity: expectedValid)
        let threshold = UInt64(validFraction * 0x1p53)
        for n in 0..<count {
            let user = random.nextInt(below: users)
            let item = random.nextInt(below: items)
            var dot: Float = 0
            for k in 0..<rank { dot += u[user * rank + k] * v[item * rank + k] }
            let rating = mean + dot + Float(random.nextNormal()) * noise
            if (random.next() >> 11) < threshold {
                valid.append(n, Int32(user), Int32(item), rating)
            } else {
                train.append(n, Int32(user), Int32(item), rating)
            }
        }
        return CollabSplit(train: train.ratingRows, valid: valid.ratingRows)
    }

    private struct Columns {
        var rows: [Int] = [], users: [Int32] = [], items: [Int32] = [], ratings: [Float] = []
        init(capacity: Int) {
            rows.reserveCapacity(capacity)
            users.reserveCapacity(capacity)
            items.reserveCapacity(capacity)
            ratings.reserveCapacity(capacity)
        }
        mutating func append(_ row: Int, _ user: Int32, _ item: Int32, _ rating: Float) {
            rows.append(row)
            users.append(user)
            items.append(item)
            ratings.append(rating)
        }
        var ratingRows: RatingRows { RatingRows(rows: rows, userIdx: users, itemIdx: items, ratings: ratings) }
    }
}
