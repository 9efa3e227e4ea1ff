import Tensors

/// SplitMix64, a tiny seeded generator so fuzz cases are reproducible and every failing case can be
/// replayed from its seed: the engine's own (Tensors/Random.swift), named here for the test targets
/// that do not import Tensors.
public typealias SplitMix64 = Tensors.SplitMix64
