import Tensors

/// fastai 0.7's library `EmbeddingDotBias(n_factors, n_users, n_items, min_score, max_score)`
/// (`fastai/column_data.py`; docs/lesson5-semantics.md §4), the model of `cf.get_learner`.
///
/// Four embedding tables, in fastai's order and each initialised **U(−0.05, 0.05)** by fastai's
/// `get_emb` (PyTorch's default N(0, 1) init is drawn first and then overwritten, as there):
/// `u` (U, F), `i` (I, F), `ub` (U, 1), `ib` (I, 1). The forward pass is
///
///     s[b]    = Σ_f u[users[b], f]·i[items[b], f] + ub[users[b]] + ib[items[b]]
///     pred[b] = σ(s[b])·(maxScore − minScore) + minScore          shape (B)
///
/// so predictions lie in (minScore, maxScore), the data's rating range, with no extra offset.
/// The dot product and biases run in one fused kernel (`Tensor.embeddingDotBias`).
public final class EmbeddingDotBias: Module {
    /// User factors, weight shape (nUsers, nFactors).
    public let u: Embedding
    /// Item factors, weight shape (nItems, nFactors).
    public let i: Embedding
    /// User biases, weight shape (nUsers, 1).
    public let ub: Embedding
    /// Item biases, weight shape (nItems, 1).
    public let ib: Embedding
    /// The sigmoid's range: the smallest and largest rating of the data.
    public let minScore: Float, maxScore: Float

    /// - Parameters:
    ///   - nFactors: F, the width of the factor tables (at least 1).
    ///   - generator: draws the initial weights (u, i, ub, ib in that order).
    /// - Throws: ``CollabError/invalidModelParameter(name:value:expected:)`` for a size below 1
    ///   or a range with `minScore > maxScore` (or not finite).
    public init(
        nFactors: Int, nUsers: Int, nItems: Int, minScore: Float, maxScore: Float,
        using generator: RandomGenerator
    ) throws {
        for (name, value) in [("nFactors", nFactors), ("nUsers", nUsers), ("nItems", nItems)] where value < 1 {
            throw CollabError.invalidModelParameter(name: name, value: "\(value)", expected: "at least 1")
        }
        guard minScore.isFinite, maxScore.isFinite, minScore <= maxScore else {
            throw CollabError.invalidModelParameter(
                name: "score range", value: "(\(minScore), \(maxScore))",
                expected: "finite with min ≤ max")
        }
        var tables: [Embedding] = []
        for (rows, width) in [(nUsers, nFactors), (nItems, nFactors), (nUsers, 1), (nItems, 1)] {
            let table = try Embedding(count: rows, dimension: width, using: generator)
            try table.weight.uniform_(low: -0.05, high: 0.05, using: generator)
            tables.append(table)
        }
        (u, i, ub, ib) = (tables[0], tables[1], tables[2], tables[3])
        (self.minScore, self.maxScore) = (minScore, maxScore)
        super.init()
    }

    /// Number of users (rows of `u`).
    public var nUsers: Int { u.weight.shape[0] }
    /// Number of items (rows of `i`).
    public var nItems: Int { i.weight.shape[0] }
    /// Number of factors F.
    public var nFactors: Int { u.weight.shape[1] }

    /// Predicted ratings for `users[b]`, `items[b]`, shape (B).
    /// - Throws: `TensorError.indexOutOfRange` for an index outside the tables,
    ///   `.shapeMismatch` when the two index lists differ in length.
    public func callAsFunction(users: IndexTensor, items: IndexTensor) throws -> Tensor {
        let s = try Tensor.embeddingDotBias(
            userFactors: u.weight, itemFactors: i.weight,
            userBias: ub.weight, itemBias: ib.weight, users: users, items: items)
        return s.sigmoid() * (maxScore - minScore) + minScore
    }

    /// Predictions for one batch of rating rows, shape (B).
    /// - Throws: as ``callAsFunction(users:items:)``.
    public func callAsFunction(_ batch: RatingBatch) throws -> Tensor {
        try self(users: IndexTensor(batch.userIdx.map { Int($0) }), items: IndexTensor(batch.itemIdx.map { Int($0) }))
    }
}

extension EmbeddingDotBias: CustomStringConvertible {
    /// PyTorch's module text, as cell 23 of the lesson prints it.
    public var description: String {
        "EmbeddingDotBias(\n  (u): Embedding(\(nUsers), \(nFactors))\n  (i): Embedding(\(nItems), \(nFactors))\n"
            + "  (ub): Embedding(\(nUsers), 1)\n  (ib): Embedding(\(nItems), 1)\n)"
    }
}
