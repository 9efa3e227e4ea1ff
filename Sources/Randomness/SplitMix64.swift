/// SplitMix64 (Steele, Lea & Flood 2014; Vigna's reference code, https://prng.di.unimi.it/splitmix64.c):
/// the seeding step of ``RandomGenerator``, and on its own a tiny reproducible generator (the test
/// targets' fuzzers replay a failing case from its seed). The project's only copy of the step.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    /// Advances the state by the golden-ratio increment and returns the mixed value.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
