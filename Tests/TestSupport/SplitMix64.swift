import Randomness

/// SplitMix64, a tiny seeded generator so fuzz cases are reproducible and every failing case can be
/// replayed from its seed: the project's one (Sources/Randomness), named here for the test
/// targets that import neither Randomness nor Tensors.
public typealias SplitMix64 = Randomness.SplitMix64
