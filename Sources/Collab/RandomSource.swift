import Tensors

/// Where training batches get their per-epoch shuffle from.
///
/// fastai 0.7 shuffles with torch's `RandomSampler` (a fresh `randperm(n)` each epoch from torch's
/// global generator). We cannot reproduce torch's stream, so the order only has to be a seeded,
/// reproducible permutation; the tensor engine's generator plugs in here by conforming.
public protocol RandomSource {
    /// A permutation of `0..<n` (each index exactly once). Consumes randomness.
    mutating func permutation(_ n: Int) -> [Int]
}

/// numpy's legacy permutation (see ``MT19937/permutation(_:)``).
extension MT19937: RandomSource {}

/// The tensor engine's seeded generator (Fisher–Yates over xoshiro256**), which shuffles the
/// learner's training batches. A class: permutations advance the shared generator.
extension RandomGenerator: RandomSource {}

/// A ``RandomSource`` from a function, for plugging in another generator without a new type
/// (e.g. `PermutationFunction { n in engineRandom.permutation(n) }`).
public struct PermutationFunction: RandomSource {
    private let body: (Int) -> [Int]

    /// - Parameter body: returns a permutation of `0..<n`; checked by the batching code.
    public init(_ body: @escaping (Int) -> [Int]) {
        self.body = body
    }

    public mutating func permutation(_ n: Int) -> [Int] { body(n) }
}
