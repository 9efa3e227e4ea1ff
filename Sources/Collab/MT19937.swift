/// The Mersenne Twister MT19937 as numpy's legacy `RandomState` uses it, bit for bit.
///
/// Source of the algorithm: Matsumoto & Nishimura's reference `mt19937ar.c` (`init_genrand`,
/// `genrand_int32` with its tempering), which numpy's `np.random.seed(int)` / `RandomState`
/// call (`numpy/random/src/mt19937/mt19937.c`, `mt19937_seed` and `mt19937_next32`).
/// Only the integer seeding path is copied (`np.random.seed(s)` with `0 ≤ s < 2³²`), which is
/// what fastai's `get_cv_idxs(seed=42)` uses.
///
/// Also the generator behind ``RandomSource`` for code that needs numpy's legacy permutation.
public struct MT19937: Sendable {
    private static let n = 624
    private static let m = 397
    private static let matrixA: UInt32 = 0x9908_b0df
    private static let upperMask: UInt32 = 0x8000_0000
    private static let lowerMask: UInt32 = 0x7fff_ffff

    /// The 624-word state.
    private var mt: [UInt32]
    /// Next word of `mt` to temper; 624 means "regenerate first".
    private var index: Int

    /// A generator seeded as `np.random.seed(seed)` seeds numpy's global `RandomState`
    /// (`init_genrand`: `mt[0] = seed; mt[i] = 1812433253·(mt[i−1] ⊕ (mt[i−1] ≫ 30)) + i mod 2³²`).
    public init(seed: UInt32) {
        var state = [UInt32](repeating: 0, count: Self.n)
        state[0] = seed
        for i in 1..<Self.n {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        mt = state
        index = Self.n
    }

    /// The next 32-bit output (`genrand_int32`: regenerate all 624 words when used up, then temper).
    public mutating func nextUInt32() -> UInt32 {
        if index >= Self.n { regenerate() }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// The next 64-bit output as numpy's `mt19937_next64` forms it: the first 32-bit draw is the
    /// high word, the second the low word.
    public mutating func nextUInt64() -> UInt64 {
        let high = UInt64(nextUInt32())
        let low = UInt64(nextUInt32())
        return high << 32 | low
    }

    /// A uniform integer in `0...max` by masked rejection, as numpy's `random_interval`
    /// (`numpy/random/src/distributions/distributions.c`): `mask` is the smallest all-ones bit
    /// pattern ≥ `max`; draw `next & mask` until it is ≤ `max`. Draws are 32-bit while
    /// `max ≤ 0xffff_ffff`, 64-bit above. `max == 0` consumes no draw.
    public mutating func randomInterval(_ max: UInt64) -> UInt64 {
        if max == 0 { return 0 }
        var mask = max
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        if max <= 0xffff_ffff {
            while true {
                let value = UInt64(nextUInt32()) & mask
                if value <= max { return value }
            }
        } else {
            while true {
                let value = nextUInt64() & mask
                if value <= max { return value }
            }
        }
    }

    /// Shuffles `values` in place as numpy's legacy `RandomState.shuffle` does for a 1-D array:
    /// for `i` from `count − 1` down to 1, `j = randomInterval(i)`, swap elements `i` and `j`.
    public mutating func shuffle<T>(_ values: inout [T]) {
        var i = values.count - 1
        while i >= 1 {
            let j = Int(randomInterval(UInt64(i)))
            values.swapAt(i, j)
            i -= 1
        }
    }

    /// A permutation of `0..<n` as numpy's legacy `RandomState.permutation(n)`
    /// (`arange(n)` shuffled by ``shuffle(_:)``). Empty for `n ≤ 0`.
    public mutating func permutation(_ n: Int) -> [Int] {
        guard n > 0 else { return [] }
        var values = Array(0..<n)
        shuffle(&values)
        return values
    }

    /// Recomputes the 624 words (the first half of `genrand_int32`).
    private mutating func regenerate() {
        let n = Self.n, m = Self.m
        for k in 0..<n {
            let y = (mt[k] & Self.upperMask) | (mt[(k + 1) % n] & Self.lowerMask)
            mt[k] = mt[(k + m) % n] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : Self.matrixA)
        }
        index = 0
    }
}
