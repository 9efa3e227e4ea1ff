import Dispatch
import Tensors

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Alternating least squares in this process: Spark MLlib's explicit-feedback algorithm
/// (`ml/recommendation/ALS.scala`, `ALS.train`) without the cluster.
///
/// 1. Initial user factors: each row drawn from a standard Gaussian and scaled to unit length, as
///    Spark's `initialize` (Spark's comment speaks of taking absolute values, its code does not;
///    we follow the code). Spark uses `XORShiftRandom` per block, we use the engine's
///    `RandomGenerator` (``Tensors/RandomGenerator/unitRows(count:rank:)``): same distribution,
///    different numbers.
/// 2. `maxIter` times: solve every item from the user factors, then every user from the item
///    factors (Spark's order), each by its rank × rank normal equations with λ·n on the diagonal
///    (``ALSNormalEquations``).
///
/// Entities are split over `threads` workers in contiguous ranges holding about the same number
/// of ratings; each worker has its own scratch space and writes only its own rows.
public struct EmbeddedALS: Sendable {
    /// Number of worker threads (≥ 1).
    public let threads: Int

    public init(threads: Int = 2) {
        self.threads = Swift.max(1, threads)
    }

    /// Trains on `train`.
    /// - Parameters:
    ///   - train: the training rows (user and item indices in `0..<nUsers`, `0..<nItems`).
    ///   - initialUserFactors: U × R values replacing the random start (for tests against a
    ///     reference); `nil` draws them from `parameters.seed`.
    ///   - checkCancellation: called before every half-step; throwing stops the fit.
    /// - Throws: ``ALSError/invalidParameter(name:value:expected:)``, ``ALSError/noTrainingData``,
    ///   ``ALSError/solveFailed(kind:index:info:)``.
    public func train(
        _ train: RatingRows, nUsers: Int, nItems: Int, parameters: ALSParameters,
        initialUserFactors: [Float]? = nil,
        checkCancellation: () throws -> Void = {}
    ) throws -> ALSFactors {
        try parameters.validate()
        guard train.count > 0 else { throw ALSError.noTrainingData }
        let rank = parameters.rank
        for n in 0..<train.count {
            let u = Int(train.userIdx[n]), i = Int(train.itemIdx[n])
            guard u >= 0, u < nUsers else {
                throw ALSError.invalidParameter(name: "user index", value: "\(u)", expected: "in 0..<\(nUsers)")
            }
            guard i >= 0, i < nItems else {
                throw ALSError.invalidParameter(name: "item index", value: "\(i)", expected: "in 0..<\(nItems)")
            }
        }
        let byUser = ALSRatingIndex(keys: train.userIdx, others: train.itemIdx, ratings: train.ratings, entities: nUsers)
        let byItem = ALSRatingIndex(keys: train.itemIdx, others: train.userIdx, ratings: train.ratings, entities: nItems)

        var users: [Float]
        if let initial = initialUserFactors {
            guard initial.count == nUsers * rank else {
                throw ALSError.invalidParameter(
                    name: "initialUserFactors", value: "\(initial.count) values",
                    expected: "\(nUsers)×\(rank) values")
            }
            users = initial
        } else {
            let random = RandomGenerator(seed: UInt64(bitPattern: Int64(parameters.seed)))
            users = random.unitRows(count: nUsers, rank: rank)
        }
        var items = [Float](repeating: 0, count: nItems * rank)
        let lambda = Float(parameters.regParam)
        let blasThreads = ALSBLASThreads.single()
        defer { ALSBLASThreads.restore(blasThreads) }
        for _ in 0..<parameters.maxIter {
            try checkCancellation()
            try solveAll(into: &items, from: users, index: byItem, rank: rank, lambda: lambda, kind: "item")
            try checkCancellation()
            try solveAll(into: &users, from: items, index: byUser, rank: rank, lambda: lambda, kind: "user")
        }
        return try ALSFactors(
            rank: rank, nUsers: nUsers, nItems: nItems, userFactors: users, itemFactors: items,
            userHasFactor: (0..<nUsers).map { byUser.count($0) > 0 },
            itemHasFactor: (0..<nItems).map { byItem.count($0) > 0 })
    }

    /// One half-step: every entity of `index` solved against `source`; rows of entities without
    /// ratings become zeros.
    private func solveAll(
        into target: inout [Float], from source: [Float], index: ALSRatingIndex,
        rank: Int, lambda: Float, kind: String
    ) throws {
        let ranges = Self.balancedRanges(index.start, parts: threads)
        let failures = FailureSlots(count: ranges.count)
        target.withUnsafeMutableBufferPointer { out in
            source.withUnsafeBufferPointer { src in
                index.other.withUnsafeBufferPointer { other in
                    index.ratings.withUnsafeBufferPointer { ratings in
                        let shared = SharedPointers(out: out, src: src, other: other, ratings: ratings)
                        let start = index.start
                        DispatchQueue.concurrentPerform(iterations: ranges.count) { part in
                            var equations = ALSNormalEquations(rank: rank)
                            guard let srcBase = shared.src.baseAddress, let outBase = shared.out.baseAddress else { return }
                            for entity in ranges[part] {
                                let lo = start[entity], hi = start[entity + 1]
                                let row = outBase + entity * rank
                                if lo == hi {
                                    row.update(repeating: 0, count: rank)
                                    continue
                                }
                                let info = equations.solve(
                                    others: UnsafeBufferPointer(rebasing: shared.other[lo..<hi]),
                                    ratings: UnsafeBufferPointer(rebasing: shared.ratings[lo..<hi]),
                                    source: srcBase, lambda: lambda * Float(hi - lo), output: row)
                                if info != 0 {
                                    failures.record(part: part, entity: entity, info: info)
                                    return
                                }
                            }
                        }
                    }
                }
            }
        }
        if let (entity, info) = failures.first {
            throw ALSError.solveFailed(kind: kind, index: entity, info: info)
        }
    }

    /// Splits entities `0..<E` into at most `parts` contiguous ranges with about equal numbers of
    /// ratings (`start` holds E + 1 offsets).
    static func balancedRanges(_ start: [Int], parts: Int) -> [Range<Int>] {
        let entities = start.count - 1
        guard entities > 0 else { return [] }
        let total = start[entities]
        var ranges: [Range<Int>] = []
        var lower = 0
        for p in 1...parts {
            let goal = total * p / parts
            var upper = lower
            while upper < entities, start[upper + 1] <= goal || p == parts { upper += 1 }
            if upper > lower { ranges.append(lower..<upper) }
            lower = upper
        }
        if lower < entities { ranges.append(lower..<entities) }
        return ranges
    }
}

/// The buffers the workers share. Each worker writes only the rows of its own entity range.
private struct SharedPointers: @unchecked Sendable {
    let out: UnsafeMutableBufferPointer<Float>
    let src: UnsafeBufferPointer<Float>
    let other: UnsafeBufferPointer<Int32>
    let ratings: UnsafeBufferPointer<Float>
}

/// One failure slot per worker (each worker writes only its own slot).
private final class FailureSlots: @unchecked Sendable {
    private var slots: [(entity: Int, info: Int)?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func record(part: Int, entity: Int, info: Int) { slots[part] = (entity, info) }
    var first: (Int, Int)? { slots.compactMap { $0 }.first.map { ($0.entity, $0.info) } }
}

/// The initial factors come from the engine's one seeded generator (xoshiro256**, Box–Muller normals).
extension RandomGenerator {
    /// `count` rows of `rank` Gaussian values, each row scaled to unit Euclidean length (Spark's
    /// `initialize`), row-major (count × rank).
    public func unitRows(count: Int, rank: Int) -> [Float] {
        var values = [Float](repeating: 0, count: count * rank)
        for row in 0..<count {
            var norm: Float = 0
            for k in 0..<rank {
                let v = Float(nextNormal())
                values[row * rank + k] = v
                norm += v * v
            }
            let scale = norm > 0 ? 1 / norm.squareRoot() : 0
            for k in 0..<rank { values[row * rank + k] *= scale }
        }
        return values
    }
}
