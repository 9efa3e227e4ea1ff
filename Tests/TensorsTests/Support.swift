import Testing

@testable import Tensors

/// |a − b| ≤ atol + rtol·|b| elementwise, with a readable failure.
func expectClose(
    _ actual: [Float], _ expected: [Double], atol: Double = 1e-6, rtol: Double = 1e-5,
    _ what: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(what): count \(actual.count) vs \(expected.count)", sourceLocation: sourceLocation)
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        let ok = Swift.abs(Double(a) - e) <= atol + rtol * Swift.abs(e)
        #expect(ok, "\(what)[\(i)]: got \(a), expected \(e)", sourceLocation: sourceLocation)
        if !ok { return }
    }
}

/// Finite-difference gradient check.
///
/// Reduces `f(inputs)` to a scalar L = Σ w·f(inputs) with fixed pseudo-random weights w (so every
/// output element matters differently), runs `backward()`, and compares each input's gradient
/// with central differences (L(x+h) − L(x−h))/2h, where L is accumulated in Double.
/// Tolerance for Float32 forward passes with h = 1e-2: |analytic − numeric| ≤ 2e-3 + 2e-2·|numeric|
/// (truncation error O(h²) ≈ 1e-5·f‴ plus Float32 rounding ≈ 1e-7·|L|/h).
func checkGradients(
    _ inputs: [Tensor], h: Float = 1e-2, atol: Double = 2e-3, rtol: Double = 2e-2,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ f: ([Tensor]) throws -> Tensor
) throws {
    for x in inputs { x.requiresGrad = true; x.zeroGrad() }
    let out = try f(inputs)
    let gen = RandomGenerator(seed: 7)
    let w = (0..<out.count).map { _ in Float(0.5 + gen.nextDouble()) }
    let weights = Tensor(shape: out.shape, storage: w)
    try (out * weights).sum().backward()

    func loss() throws -> Double {
        try GradMode.withNoGrad {
            let o = try f(inputs)
            var s = 0.0
            for (a, b) in zip(o.storage, w) { s += Double(a) * Double(b) }
            return s
        }
    }
    for (k, x) in inputs.enumerated() {
        let analytic = x.grad?.storage ?? [Float](repeating: 0, count: x.count)
        for i in 0..<x.count {
            let old = x.storage[i]
            x.storage[i] = old + h
            let lp = try loss()
            x.storage[i] = old - h
            let lm = try loss()
            x.storage[i] = old
            let numeric = (lp - lm) / (2 * Double(h))
            let ok = Swift.abs(Double(analytic[i]) - numeric) <= atol + rtol * Swift.abs(numeric)
            #expect(ok, "input \(k) element \(i): analytic \(analytic[i]), numeric \(numeric)", sourceLocation: sourceLocation)
            if !ok { return }
        }
    }
}

/// A tensor of values uniform in [low, high) from a fixed seed.
func randomTensor(_ dims: [Int], seed: UInt64, low: Float = -1, high: Float = 1) throws -> Tensor {
    try Tensor.uniform(dims, low: low, high: high, using: RandomGenerator(seed: seed))
}

/// Values of magnitude in [0.2, 1.2) with random sign: away from the kinks of relu/abs/clamp at 0.
func awayFromZero(_ dims: [Int], seed: UInt64) throws -> Tensor {
    let t = try randomTensor(dims, seed: seed, low: 0.2, high: 1.2)
    let g = RandomGenerator(seed: seed &+ 1)
    for i in 0..<t.count where g.nextDouble() < 0.5 { t.storage[i] = -t.storage[i] }
    return t
}

/// Expects `body` to throw exactly `expected`.
func expectError(_ expected: TensorError, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) {
    do {
        try body()
        Issue.record("expected \(expected), nothing thrown", sourceLocation: sourceLocation)
    } catch let error as TensorError {
        #expect(error == expected, sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected \(expected), got \(error)", sourceLocation: sourceLocation)
    }
}
