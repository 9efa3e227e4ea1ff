import Testing

@testable import Tensors

@Suite struct AutodiffTests {
    @Test func gradientsAccumulateAndZero() throws {
        // y = x² + 3x at x = 2: dy/dx = 2x + 3 = 7
        let x = Tensor(scalar: 2, requiresGrad: true)
        let y = try x * x + x * 3
        try y.backward()
        #expect(x.grad?.storage == [7])
        try (x * 4).backward()
        #expect(x.grad?.storage == [11])  // accumulated: 7 + 4
        x.zeroGrad()
        #expect(x.grad == nil)
    }

    @Test func backwardFromNonScalarThrows() throws {
        let x = try Tensor.ones([3], requiresGrad: true)
        expectError(.backwardFromNonScalar([3])) { try (x * 2).backward() }
        expectError(.backwardWithoutGraph) { try Tensor.ones([1]).backward() }
    }

    @Test func noGradScope() throws {
        let x = try Tensor.ones([2], requiresGrad: true)
        let y = GradMode.withNoGrad { x * 2 }
        #expect(!y.requiresGrad)
        #expect(y.isLeaf)
        #expect(GradMode.isEnabled)
        let z = x * 2
        #expect(z.requiresGrad && !z.isLeaf)
    }

    @Test func constantsGetNoGradient() throws {
        let w = try Tensor([1, 2] as [Float], shape: [2], requiresGrad: true)
        let c = Tensor([3, 4] as [Float])
        try (w * c).sum().backward()
        #expect(w.grad?.storage == [3, 4])
        #expect(c.grad == nil)
    }

    @Test func embeddingGradientIsRowSparse() throws {
        let table = try Tensor.zeros([5, 2], requiresGrad: true)
        let out = try table.gatherRows(IndexTensor([3, 1, 3]))
        let w = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [3, 2])
        try (out * w).sum().backward()
        guard case .rowSparse(let s)? = table.gradient else {
            Issue.record("expected a row-sparse gradient, got \(String(describing: table.gradient))")
            return
        }
        #expect(s.rows == [3, 1, 3])
        #expect(s.values == [1, 2, 3, 4, 5, 6])
        // Densified: row 3 gets rows 0 and 2 of w added.
        #expect(table.grad?.storage == [0, 0, 3, 4, 0, 0, 6, 8, 0, 0])
        // A second sparse backward appends; a dense one densifies.
        try table.gatherRows(IndexTensor([0])).sum().backward()
        guard case .rowSparse(let s2)? = table.gradient else { Issue.record("still sparse expected"); return }
        #expect(s2.rows == [3, 1, 3, 0])
        try (table * 1).sum().backward()
        guard case .dense(let d)? = table.gradient else { Issue.record("dense expected"); return }
        #expect(d == [2, 2, 4, 5, 1, 1, 7, 9, 1, 1])
    }

    @Test func tapeRunsInReverseExecutionOrder() throws {
        // Diamond: a feeds b and c, both feed d; a's gradient needs both paths complete.
        let x = Tensor(scalar: 1.5, requiresGrad: true)
        let a = x.exp()
        let b = a * 2
        let c = a.pow(2)
        let d = try b + c
        try d.backward()
        // d = 2eˣ + e²ˣ → d' = 2eˣ + 2e²ˣ
        let e = 4.4816890703
        expectClose(x.grad?.storage ?? [], [2 * e + 2 * e * e], rtol: 1e-6)
    }
}
