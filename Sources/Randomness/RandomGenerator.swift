#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The engine's seeded pseudo-random generator: xoshiro256** (Blackman & Vigna, 2018) with its
/// 256-bit state filled from a 64-bit seed by SplitMix64, as the authors recommend.
///
/// A reference type so that one generator can be shared (one per notebook run, reseeded by a
/// cell option) by initialisers, dropout and batch shuffling. Never uses the system generator.
/// It lives in this leaf module so that every module (the tensor engine, the cell language, the
/// test targets) can use the same generator without depending on the engine's C and BLAS.
public final class RandomGenerator: RandomNumberGenerator {
    private var s0: UInt64 = 0, s1: UInt64 = 0, s2: UInt64 = 0, s3: UInt64 = 0
    /// A second standard normal left over from the last Box–Muller pair.
    private var spareNormal: Double?

    /// Creates a generator seeded with `seed`.
    public init(seed: UInt64) { reseed(seed) }

    /// Restarts the sequence from `seed` (same seed, same sequence).
    public func reseed(_ seed: UInt64) {
        var sm = SplitMix64(state: seed)
        s0 = sm.next()
        s1 = sm.next()
        s2 = sm.next()
        s3 = sm.next()
        spareNormal = nil
    }

    @inline(__always) private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 &- k))
    }

    /// The next 64 random bits (xoshiro256** reference algorithm).
    public func next() -> UInt64 {
        let result = RandomGenerator.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = RandomGenerator.rotl(s3, 45)
        return result
    }

    /// A Float uniform in [0, 1) with 24 random bits.
    public func nextFloat() -> Float { Float(next() >> 40) * 0x1p-24 }

    /// A Double uniform in [0, 1) with 53 random bits.
    public func nextDouble() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// An integer uniform in `0..<bound` (Lemire's multiply-shift with rejection; no modulo bias).
    /// Returns 0 when `bound <= 0`.
    public func nextInt(below bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {
            let threshold = (0 &- b) % b
            while m.low < threshold { m = next().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }

    /// A standard normal sample (Box–Muller on two uniforms, in Double; the second value of each
    /// pair is kept for the next call).
    public func nextNormal() -> Double {
        if let z = spareNormal {
            spareNormal = nil
            return z
        }
        var u1 = nextDouble()
        while u1 <= 0 { u1 = nextDouble() }
        let u2 = nextDouble()
        let r = (-2 * log(u1)).squareRoot()
        let theta = 2 * Double.pi * u2
        spareNormal = r * sin(theta)
        return r * cos(theta)
    }

    /// A uniformly random permutation of `0..<n` (Fisher–Yates, from the last position down).
    public func permutation(_ n: Int) -> [Int] {
        guard n > 0 else { return [] }
        var a = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) {
            let j = nextInt(below: i + 1)
            a.swapAt(i, j)
        }
        return a
    }
}
