import Testing

@testable import Tensors

@Suite struct OptimizerTests {
    @Test func sgdHandValues() throws {
        // p = 1, grad 0.5, lr 0.1, momentum 0.9, wd 0.1:
        // step 1: d = 0.5 + 0.1 = 0.6, buf = 0.6, p = 1 − 0.06 = 0.94
        // step 2: d = 0.5 + 0.094 = 0.594, buf = 0.54 + 0.594 = 1.134, p = 0.94 − 0.1134 = 0.8266
        let p = Tensor(scalar: 1, requiresGrad: true)
        let opt = try SGD(parameters: [p], lr: 0.1, momentum: 0.9, weightDecay: 0.1)
        for _ in 0..<2 {
            opt.zeroGrad()
            try (p * 0.5).backward()
            opt.step()
        }
        expectClose(p.storage, [0.8266], rtol: 1e-6)
    }

    @Test func adamFirstStepMovesByLearningRate() throws {
        // Step 1 of Adam: m/(√v) = sign(g)·(1−β1)/√(1−β2) and the step size undoes it → |Δp| = lr.
        let p = try Tensor([1, -2, 3] as [Float], shape: [3], requiresGrad: true)
        let opt = try Adam(parameters: [p], lr: 0.01)
        try (p * Tensor([2, -1, 0.001] as [Float])).sum().backward()
        opt.step()
        expectClose(p.storage, [0.99, -1.99, 2.99], rtol: 1e-5)
        #expect(opt.steps == [1])
    }

    @Test func setLRKeepsStateAndSkipsParametersWithoutGradient() throws {
        let a = Tensor(scalar: 1, requiresGrad: true), b = Tensor(scalar: 1, requiresGrad: true)
        let opt = try Adam(parameters: [a, b], lr: 0.1)
        try (a * 3).backward()
        opt.step()
        #expect(opt.steps == [1, 0])  // b had no gradient: skipped, as PyTorch
        #expect(b.storage == [1])
        try opt.setLR(0.05)
        #expect(opt.learningRate == 0.05)
        // Same state as an optimizer that ran step 1 at lr 0.1, now at lr 0.05: step 2 uses t = 2.
        opt.zeroGrad()
        try (a * 3).backward()
        opt.step()
        #expect(opt.steps == [1 + 1, 0])
        // Step 2 with constant gradient: m/√v is again ±1·(bias terms) → |Δp| = lr exactly.
        expectClose(a.storage, [1 - 0.1 - 0.05], rtol: 1e-5)
        expectError(.invalidArgument(op: "optimizer", reason: "a finite learning rate >= 0, got -1.0")) { try opt.setLR(-1) }
    }

    @Test func rowSparseSgdEqualsDense() throws {
        // Plain SGD applies a row-sparse gradient without densifying; the result equals the dense path.
        let g = RandomGenerator(seed: 1)
        let t1 = try Tensor.uniform([6, 2], using: g, requiresGrad: true)
        let t2 = Tensor(shape: t1.shape, storage: t1.storage, requiresGrad: true)
        let idx = IndexTensor([5, 1, 5])
        let w = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [3, 2])
        try (t1.gatherRows(idx) * w).sum().backward()
        try (t2.gatherRows(idx) * w).sum().backward()
        t2.gradient = .dense(t2.grad?.storage ?? [])
        try SGD(parameters: [t1], lr: 0.1).step()
        try SGD(parameters: [t2], lr: 0.1).step()
        expectClose(t1.storage, t2.storage.map(Double.init), atol: 1e-7, rtol: 1e-6)
        #expect(t1.storage[0] == t2.storage[0])  // untouched rows stay
    }

    @Test func denseAdamTouchesUntouchedRows() throws {
        // With weight decay, rows not in the batch still move (PyTorch dense-embedding semantics).
        let table = try Tensor.ones([3, 2], requiresGrad: true)
        let opt = try Adam(parameters: [table], lr: 0.1, weightDecay: 0.1)
        try table.gatherRows(IndexTensor([0])).sum().backward()
        opt.step()
        expectClose(table.storage, [0.9, 0.9, 0.9, 0.9, 0.9, 0.9], rtol: 1e-5)
    }

    @Test func invalidHyperParametersThrow() {
        let p = [Tensor(scalar: 1, requiresGrad: true)]
        expectError(.invalidArgument(op: "optimizer", reason: "beta2 in 0.0...1.0 (excluded), got 1.0")) {
            _ = try Adam(parameters: p, beta2: 1)
        }
        expectError(.invalidArgument(op: "SGD", reason: "momentum > 0 and dampening 0 for nesterov")) {
            _ = try SGD(parameters: p, lr: 0.1, nesterov: true)
        }
        expectError(.invalidArgument(op: "optimizer", reason: "each parameter once, got one of shape [] twice")) {
            _ = try SGD(parameters: p + p, lr: 0.1)
        }
    }

    @Test func trainingLoopLearnsALinearMap() throws {
        // y = 2x − 1 from 8 points: a Linear(1, 1) fitted with Adam reaches a small loss.
        let g = RandomGenerator(seed: 2)
        let model = try Linear(inFeatures: 1, outFeatures: 1, using: g)
        let x = try Tensor((0..<8).map { Float($0) / 4 }, shape: [8, 1])
        let y = x * 2 - 1
        let opt = try Adam(parameters: model.parameters(), lr: 0.1)
        var last = 0.0
        for _ in 0..<300 {
            opt.zeroGrad()
            let loss = try Loss.mse(try model(x), y)
            try loss.backward()
            opt.step()
            last = try loss.item()
        }
        #expect(last < 1e-4)
        expectClose(model.weight.storage, [2], atol: 0.02, rtol: 0)
        expectClose(model.bias?.storage ?? [], [-1], atol: 0.02, rtol: 0)
    }
}
