import Foundation
import Testing

@testable import Tensors

/// The C kernels against plain Swift references of the same formulas (written out per element).
/// Tolerance: 2e-6 relative + 1e-7 absolute (the C build may contract a·b + c into an FMA).
@Suite struct KernelTests {
    static func randoms(_ n: Int, seed: UInt64, low: Float = -1, high: Float = 1) -> [Float] {
        let g = RandomGenerator(seed: seed)
        return (0..<n).map { _ in low + (high - low) * g.nextFloat() }
    }

    @Test(arguments: [true, false])
    func adamMatchesSwiftReference(withGrad: Bool) {
        let n = 1037  // not a multiple of the vector width
        var p = KernelTests.randoms(n, seed: 1), m = KernelTests.randoms(n, seed: 2, low: -0.1, high: 0.1)
        var v = KernelTests.randoms(n, seed: 3, low: 0, high: 0.01)
        let g = withGrad ? KernelTests.randoms(n, seed: 4) : nil
        let (lr, b1, b2, eps, wd, t) = (0.01, 0.9, 0.999, 1e-8, 2e-4, 3.0)
        let stepSize = lr * (1 - _pow(b2, t)).squareRoot() / (1 - _pow(b1, t))
        // Swift reference: PyTorch 0.3's Adam (docs/lesson5-semantics.md, "Adam").
        var rp = p, rm = m, rv = v
        for i in 0..<n {
            let gi = (g?[i] ?? 0) + Float(wd) * rp[i]
            rm[i] = Float(b1) * rm[i] + Float(1 - b1) * gi
            rv[i] = Float(b2) * rv[i] + Float(1 - b2) * gi * gi
            rp[i] -= Float(stepSize) * (rm[i] / (rv[i].squareRoot() + Float(eps)))
        }
        Kernels.adamStep(
            param: &p, grad: g, m: &m, v: &v,
            .init(stepSize: Float(stepSize), beta1: b1, beta2: b2, eps: Float(eps), weightDecay: Float(wd)))
        expectClose(p, rp.map(Double.init), atol: 1e-7, rtol: 2e-6, "p")
        expectClose(m, rm.map(Double.init), atol: 1e-7, rtol: 2e-6, "m")
        expectClose(v, rv.map(Double.init), atol: 1e-9, rtol: 2e-6, "v")
    }

    @Test func adamWMatchesSwiftReference() {
        let n = 515
        var p = KernelTests.randoms(n, seed: 5), m = KernelTests.randoms(n, seed: 6, low: -0.1, high: 0.1)
        var v = KernelTests.randoms(n, seed: 7, low: 0, high: 0.01)
        let g = KernelTests.randoms(n, seed: 8)
        let (lr, b1, b2, eps, wd, t) = (0.01, 0.9, 0.999, 1e-8, 0.1, 2.0)
        let bc1 = 1 - _pow(b1, t), bc2 = 1 - _pow(b2, t)
        var rp = p, rm = m, rv = v
        for i in 0..<n {
            rp[i] *= Float(1 - lr * wd)
            rm[i] = Float(b1) * rm[i] + Float(1 - b1) * g[i]
            rv[i] = Float(b2) * rv[i] + Float(1 - b2) * g[i] * g[i]
            rp[i] -= Float(lr / bc1) * rm[i] / (rv[i].squareRoot() / Float(bc2.squareRoot()) + Float(eps))
        }
        Kernels.adamWStep(
            param: &p, grad: g, m: &m, v: &v,
            .init(
                stepSize: Float(lr / bc1), invSqrtBiasCorrection2: Float(1 / bc2.squareRoot()),
                decay: Float(1 - lr * wd), beta1: b1, beta2: b2, eps: Float(eps)))
        expectClose(p, rp.map(Double.init), atol: 1e-7, rtol: 2e-6, "p")
        expectClose(m, rm.map(Double.init), atol: 1e-7, rtol: 2e-6, "m")
    }

    @Test(arguments: [(false, true), (false, false), (true, false)])
    func sgdMatchesSwiftReference(nesterov: Bool, firstStep: Bool) {
        let n = 333
        var p = KernelTests.randoms(n, seed: 9), buf = KernelTests.randoms(n, seed: 10)
        let g = KernelTests.randoms(n, seed: 11)
        let (lr, mu, wd): (Float, Float, Float) = (0.1, 0.9, 0.01)
        var rp = p, rb = buf
        for i in 0..<n {
            let d = g[i] + wd * rp[i]
            rb[i] = firstStep ? d : mu * rb[i] + d
            rp[i] -= lr * (nesterov ? d + mu * rb[i] : rb[i])
        }
        Kernels.sgdStep(
            param: &p, grad: g, buffer: &buf,
            .init(lr: lr, momentum: mu, dampening: 0, weightDecay: wd, nesterov: nesterov, firstStep: firstStep))
        expectClose(p, rp.map(Double.init), atol: 1e-7, rtol: 2e-6, "p")
        expectClose(buf, rb.map(Double.init), atol: 1e-7, rtol: 2e-6, "buf")
    }

    @Test func scatterAddRows() {
        var dense = [Float](repeating: 1, count: 8)  // 4 rows × 2
        Kernels.scatterAddRows(into: &dense, rows: [3, 0, 3], values: [1, 2, 3, 4, 5, 6], width: 2)
        #expect(dense == [4, 5, 1, 1, 1, 1, 7, 9])
    }

    @Test func flushToZeroScope() {
        let before = FloatingPointEnvironment.isFlushingToZero
        let tiny = Float.leastNormalMagnitude
        var x: Float = tiny
        FloatingPointEnvironment.withFlushToZero {
            #expect(FloatingPointEnvironment.isFlushingToZero)
            x = x / 4  // a subnormal result is flushed to zero
        }
        #expect(x == 0)
        #expect(FloatingPointEnvironment.isFlushingToZero == before)
        var y: Float = tiny
        y = y / 4
        #expect(y == tiny / 4 || before)  // without flushing the subnormal survives
        #expect(y != 0 || before)
    }

    @Test func adamSweepFlushesSubnormalsToZero() throws {
        // Weight decay with no gradient drives a tiny value toward zero; the sweep never leaves
        // a subnormal behind.
        let p = try Tensor([Float.leastNormalMagnitude * 1.5, 1], shape: [2], requiresGrad: true)
        let opt = try SGD(parameters: [p], lr: 0.5, weightDecay: 1)
        p.gradient = .dense([0, 0])
        opt.step()
        // 1.5·min − 0.5·(1.5·min) is subnormal. With FMA (the AVX2 variant) the fused result is
        // flushed to 0; without it the product 0.75·min is flushed first and p keeps its normal value.
        // Either way no subnormal is left behind.
        #expect(!p.storage[0].isSubnormal)
        #expect(p.storage[0] == 0 || p.storage[0] == Float.leastNormalMagnitude * 1.5)
        #expect(p.storage[1] == 0.5)
    }

    /// Every kernel on both variants (AVX2/FMA, and portable forced on this thread), compared within
    /// the tolerance of the reference tests above. Where the CPU lacks AVX2/FMA, or
    /// NOTEBOOK_PORTABLE_KERNELS=1, both runs take the portable path and agree exactly.
    @Test func vectorisedAndPortableVariantsAgree() throws {
        func sweeps() -> [[Float]] {
            let n = 1037
            var p = KernelTests.randoms(n, seed: 21), m = KernelTests.randoms(n, seed: 22, low: -0.1, high: 0.1)
            var v = KernelTests.randoms(n, seed: 23, low: 0, high: 0.01)
            let g = KernelTests.randoms(n, seed: 24)
            Kernels.adamStep(
                param: &p, grad: g, m: &m, v: &v,
                .init(stepSize: 1e-2, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 2e-4))
            var pw = KernelTests.randoms(n, seed: 25), mw = m, vw = v
            Kernels.adamWStep(
                param: &pw, grad: g, m: &mw, v: &vw,
                .init(stepSize: 1e-2, invSqrtBiasCorrection2: 1.2, decay: 0.999, beta1: 0.9, beta2: 0.999, eps: 1e-8))
            var ps = KernelTests.randoms(n, seed: 26), buf = KernelTests.randoms(n, seed: 27)
            Kernels.sgdStep(
                param: &ps, grad: g, buffer: &buf,
                .init(lr: 0.1, momentum: 0.9, dampening: 0, weightDecay: 0.01, nesterov: true, firstStep: false))
            var dense = KernelTests.randoms(40 * 7, seed: 28)
            Kernels.scatterAddRows(into: &dense, rows: [3, 0, 3, 39], values: KernelTests.randoms(4 * 7, seed: 29), width: 7)
            return [p, m, v, pw, mw, vw, ps, buf, dense]
        }
        func embeddingDot() throws -> [[Float]] {
            let u = try Tensor(KernelTests.randoms(6 * 13, seed: 30), shape: [6, 13], requiresGrad: true)
            let it = try Tensor(KernelTests.randoms(5 * 13, seed: 31), shape: [5, 13], requiresGrad: true)
            let ub = try Tensor(KernelTests.randoms(6, seed: 32), shape: [6], requiresGrad: true)
            let ib = try Tensor(KernelTests.randoms(5, seed: 33), shape: [5], requiresGrad: true)
            let out = try Tensor.embeddingDotBias(
                userFactors: u, itemFactors: it, userBias: ub, itemBias: ib,
                users: IndexTensor([0, 5, 2, 2, 1]), items: IndexTensor([4, 0, 3, 3, 1]))
            try (out * out).sum().backward()
            return [out.storage, u.grad?.storage ?? [], it.grad?.storage ?? []]
        }
        let vectorised = try sweeps() + embeddingDot()
        let portable = try Kernels.withPortableVariants {
            #expect(!Kernels.vectorised)
            return try sweeps() + embeddingDot()
        }
        #expect(Kernels.vectorised == (Kernels.vectorVariantAvailable && !KernelTests.portableForced))
        #expect(vectorised.count == portable.count)
        for (k, (a, b)) in zip(vectorised, portable).enumerated() {
            expectClose(a, b.map(Double.init), atol: 1e-7, rtol: 2e-6, "result \(k)")
        }
    }

    /// NOTEBOOK_PORTABLE_KERNELS=1 (`make test` runs this suite once more with it) selects the portable path.
    static let portableForced = ProcessInfo.processInfo.environment["NOTEBOOK_PORTABLE_KERNELS"] == "1"

    @Test func environmentVariableForcesThePortableVariant() {
        if KernelTests.portableForced { #expect(!Kernels.vectorised) } else { #expect(Kernels.vectorised == Kernels.vectorVariantAvailable) }
    }
}
