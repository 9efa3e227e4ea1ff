import Testing

@testable import Tensors

/// Forward values of the ops, against hand-derived results.
@Suite struct OpsValueTests {
    let m = Tensor(shape: [2, 3], storage: [1, 2, 3, 4, 5, 6])

    @Test func broadcastingArithmetic() throws {
        let row = Tensor([10, 20, 30] as [Float])
        #expect(try (m + row).storage == [11, 22, 33, 14, 25, 36])
        let col = try Tensor([1, 2] as [Float], shape: [2, 1])
        #expect(try (m * col).storage == [1, 2, 3, 8, 10, 12])
        #expect(try (m - col).storage == [0, 1, 2, 2, 3, 4])
        #expect(try (m / row).storage == [0.1, 0.1, 0.1, 0.4, 0.25, 0.2])
        // (2,1) with (1,3) → (2,3)
        let r13 = try Tensor([1, 2, 3] as [Float], shape: [1, 3])
        let outer = try col * r13
        #expect(outer.shape == [2, 3])
        #expect(outer.storage == [1, 2, 3, 2, 4, 6])
        // rank-3 with rank-1
        let t3 = try Tensor((0..<12).map(Float.init), shape: [2, 3, 2])
        let sum = try t3 + Tensor([100, 200] as [Float])
        #expect(sum.shape == [2, 3, 2])
        #expect(sum.storage[0...3] == [100, 201, 102, 203])
        // scalar rank-0
        #expect(try (m * Tensor(scalar: 2)).storage == [2, 4, 6, 8, 10, 12])
        #expect((m + 1).storage == [2, 3, 4, 5, 6, 7])
        #expect((10 - m).storage == [9, 8, 7, 6, 5, 4])
        #expect((m / 2).storage == [0.5, 1, 1.5, 2, 2.5, 3])
        #expect((6 / m).storage == [6, 3, 2, 1.5, 1.2, 1])
        #expect((-m).storage == [-1, -2, -3, -4, -5, -6])
    }

    @Test func broadcastShapeErrors() throws {
        expectError(.shapeMismatch(op: "add", [2, 3], [2])) { _ = try m + Tensor([1, 2] as [Float]) }
        expectError(.shapeMismatch(op: "mul", [2, 3], [3, 2])) { _ = try m * Tensor.ones([3, 2]) }
        expectError(.shapeMismatch(op: "compare", [2, 3], [4])) { _ = try m.compare(.less, Tensor.ones([4])) }
    }

    @Test func unaryValues() throws {
        let x = Tensor([-2, 0, 0.5, 3] as [Float])
        expectClose(x.exp().storage, [0.1353352832, 1, 1.6487212707, 20.0855369232])
        expectClose(Tensor([1, 2.718281828, 0.5] as [Float]).log().storage, [0, 1, -0.6931471806])
        expectClose(Tensor([4, 2] as [Float]).sqrt().storage, [2, 1.4142135624])
        expectClose(x.pow(3).storage, [-8, 0, 0.125, 27])
        expectClose(x.sigmoid().storage, [0.1192029220, 0.5, 0.6224593312, 0.9525741268])
        expectClose(Tensor([-100, 100] as [Float]).sigmoid().storage, [0, 1], atol: 1e-30)
        #expect(x.relu().storage == [0, 0, 0.5, 3])
        expectClose(x.tanh().storage, [-0.9640275801, 0, 0.4621171573, 0.9950547537])
        #expect(try x.clamp(min: -1, max: 1).storage == [-1, 0, 0.5, 1])
        #expect(try x.clamp(min: 0).storage == [0, 0, 0.5, 3])
        #expect(x.abs().storage == [2, 0, 0.5, 3])
        expectError(.invalidArgument(op: "clamp", reason: "min <= max, got 2.0 and 1.0")) { _ = try x.clamp(min: 2, max: 1) }
    }

    @Test func reductions() throws {
        #expect(try m.sum().item() == 21)
        #expect(try m.mean().item() == 3.5)
        let s0 = try m.sum(dim: 0)
        #expect(s0.shape == [3] && s0.storage == [5, 7, 9])
        let s1 = try m.sum(dim: 1, keepdim: true)
        #expect(s1.shape == [2, 1] && s1.storage == [6, 15])
        let mLast = try m.mean(dim: -1)
        #expect(mLast.storage == [2, 5])
        expectError(.dimensionOutOfRange(op: "sum", dim: 2, rank: 2)) { _ = try m.sum(dim: 2) }
    }

    @Test func matmulShapes() throws {
        let b = try Tensor([[1, 0], [0, 1], [1, 1]] as [[Double]])
        let c = try m.matmul(b)
        #expect(c.shape == [2, 2] && c.storage == [4, 5, 10, 11])
        let v = Tensor([1, 1, 1] as [Float])
        let mv = try m.matmul(v)
        #expect(mv.shape == [2] && mv.storage == [6, 15])
        let vm = try Tensor([1, 2] as [Float]).matmul(m)
        #expect(vm.shape == [3] && vm.storage == [9, 12, 15])
        let bt = try b.transposed()
        #expect(try m.matmul(transposed: bt).storage == c.storage)
        expectError(.shapeMismatch(op: "matmul", [2, 3], [2, 2])) { _ = try m.matmul(transposed: Tensor.ones([2, 2])) }
        let dot = try v.matmul(v)
        #expect(dot.shape == .scalar && dot.storage == [3])
        expectError(.shapeMismatch(op: "matmul", [2, 3], [2, 3])) { _ = try m.matmul(m) }
        expectError(.rankMismatch(op: "matmul", expected: "1 or 2", got: 3)) { _ = try Tensor.ones([1, 1, 1]).matmul(m) }
    }

    @Test func shapeOps() throws {
        let r = try m.reshape([3, -1])
        #expect(r.shape == [3, 2] && r.storage == m.storage)
        expectError(.invalidShape([4, -1], reason: "a shape holding 6 elements")) { _ = try m.reshape([4, -1]) }
        expectError(.invalidShape([5], reason: "a shape holding 6 elements (from [2, 3])")) { _ = try m.reshape([5]) }
        #expect(try m.unsqueeze(dim: 0).shape == [1, 2, 3])
        #expect(try m.unsqueeze(dim: -1).shape == [2, 3, 1])
        #expect(try Tensor.ones([1, 3, 1]).squeeze().shape == [3])
        #expect(try Tensor.ones([1, 3, 1]).squeeze(dim: 0).shape == [3, 1])
        #expect(try m.squeeze(dim: 0).shape == [2, 3])
        let t = try m.transposed()
        #expect(t.shape == [3, 2] && t.storage == [1, 4, 2, 5, 3, 6])
        let c0 = try Tensor.concat([m, Tensor.ones([1, 3])], dim: 0)
        #expect(c0.shape == [3, 3] && c0.storage == [1, 2, 3, 4, 5, 6, 1, 1, 1])
        let c1 = try Tensor.concat([m, Tensor.zeros([2, 1])], dim: 1)
        #expect(c1.shape == [2, 4] && c1.storage == [1, 2, 3, 0, 4, 5, 6, 0])
        expectError(.shapeMismatch(op: "concat", [2, 3], [2, 2])) { _ = try Tensor.concat([m, Tensor.ones([2, 2])], dim: 0) }
        expectError(.invalidArgument(op: "concat", reason: "at least one tensor")) { _ = try Tensor.concat([]) }
        let e = try Tensor([1, 2] as [Float], shape: [2, 1]).expanded(to: [2, 3])
        #expect(e.storage == [1, 1, 1, 2, 2, 2])
    }

    @Test func indexing() throws {
        let table = try Tensor([[0, 1], [10, 11], [20, 21], [30, 31]] as [[Double]])
        let g = try table.gatherRows(IndexTensor([2, 0, 2]))
        #expect(g.shape == [3, 2] && g.storage == [20, 21, 0, 1, 20, 21])
        let g2 = try table.gatherRows(IndexTensor([3, 1, 0, 0], shape: [2, 2]))
        #expect(g2.shape == [2, 2, 2] && g2.storage == [30, 31, 10, 11, 0, 1, 0, 1])
        expectError(.indexOutOfRange(op: "gatherRows", index: 4, size: 4)) { _ = try table.gatherRows(IndexTensor([1, 4])) }
        expectError(.indexOutOfRange(op: "gatherRows", index: -1, size: 4)) { _ = try table.gatherRows(IndexTensor([-1])) }
        #expect(try table.row(1).storage == [10, 11])
        #expect(try table.row(1).shape == [2])
        #expect(try table.rows(1..<3).storage == [10, 11, 20, 21])
        #expect(try table.rows(4..<4).shape == [0, 2])
        expectError(.indexOutOfRange(op: "row", index: 4, size: 4)) { _ = try table.row(4) }
        expectError(.indexOutOfRange(op: "rows", index: 4, size: 4)) { _ = try table.rows(2..<5) }
    }

    @Test func comparisonsArgmaxArgsort() throws {
        let x = Tensor([3, 1, 4, 1, 5] as [Float])
        #expect(x.compare(.greater, 2).storage == [1, 0, 1, 0, 1])
        #expect(x.compare(.equal, 1).storage == [0, 1, 0, 1, 0])
        #expect(try x.compare(.lessOrEqual, Tensor([3, 3, 3, 3, 3] as [Float])).storage == [1, 1, 0, 1, 0])
        #expect(try x.argmax() == 4)
        #expect(try Tensor([2, 7, 7] as [Float]).argmax() == 1)
        #expect(try m.argmax(dim: 1).values == [2, 2])
        #expect(try m.argmax(dim: 0, keepdim: true).shape == [1, 3])
        #expect(try x.argsort().values == [1, 3, 0, 2, 4])
        #expect(try x.argsort(descending: true).values == [4, 2, 0, 1, 3])
        let rowsSorted = try Tensor([[3, 1, 2], [0, 9, 5]] as [[Double]]).argsort(dim: 1)
        #expect(rowsSorted.values == [1, 2, 0, 0, 2, 1])
        let colsSorted = try Tensor([[3, 1], [0, 9]] as [[Double]]).argsort(dim: 0)
        #expect(colsSorted.values == [1, 0, 0, 1])
        expectError(.invalidArgument(op: "argmax", reason: "a non-empty tensor")) { _ = try Tensor([] as [Float]).argmax() }
        #expect(!x.compare(.greater, 2).requiresGrad)
    }
}
