import Testing

@testable import Tensors

/// Finite-difference checks of every differentiable op (tolerance in `checkGradients`).
@Suite struct GradientTests {
    @Test(arguments: [
        ([2, 3], [2, 3]), ([2, 3], [3]), ([2, 1], [1, 3]), ([3, 1, 2], [2]), ([2, 2], []), ([], [4]),
    ])
    func broadcastingBinaryOps(aDims: [Int], bDims: [Int]) throws {
        let a = try randomTensor(aDims, seed: 1)
        let b = try randomTensor(bDims, seed: 2, low: 0.5, high: 2)  // away from 0 for division
        try checkGradients([a, b]) { try $0[0] + $0[1] }
        try checkGradients([a, b]) { try $0[0] - $0[1] }
        try checkGradients([a, b]) { try $0[0] * $0[1] }
        try checkGradients([a, b]) { try $0[0] / $0[1] }
    }

    @Test func scalarOpsAndNegation() throws {
        let a = try randomTensor([3, 2], seed: 3, low: 0.5, high: 2)
        try checkGradients([a]) { ($0[0] * 3 + 1) - 2 }
        try checkGradients([a]) { 2 - $0[0] / 4 }
        try checkGradients([a]) { 3 / $0[0] }
        try checkGradients([a]) { -$0[0] }
    }

    @Test func unaryOps() throws {
        let x = try randomTensor([2, 3], seed: 4, low: -2, high: 2)
        let pos = try randomTensor([2, 3], seed: 5, low: 0.5, high: 3)
        let kinked = try awayFromZero([2, 3], seed: 6)
        try checkGradients([x]) { $0[0].exp() }
        try checkGradients([pos]) { $0[0].log() }
        try checkGradients([pos]) { $0[0].sqrt() }
        try checkGradients([x]) { $0[0].pow(2) }
        try checkGradients([x]) { $0[0].pow(3) }
        try checkGradients([pos]) { $0[0].pow(-1.5) }
        try checkGradients([x]) { $0[0].sigmoid() }
        try checkGradients([x]) { $0[0].tanh() }
        try checkGradients([kinked]) { $0[0].relu() }
        try checkGradients([kinked]) { $0[0].abs() }
        try checkGradients([kinked]) { try $0[0].clamp(min: -0.7, max: 0.65) }
    }

    @Test func reductions() throws {
        let x = try randomTensor([2, 3, 2], seed: 7)
        try checkGradients([x]) { $0[0].sum() }
        try checkGradients([x]) { $0[0].mean() }
        try checkGradients([x]) { try $0[0].sum(dim: 1) }
        try checkGradients([x]) { try $0[0].sum(dim: 0, keepdim: true) }
        try checkGradients([x]) { try $0[0].mean(dim: -1) }
    }

    @Test func matmul() throws {
        let a = try randomTensor([3, 4], seed: 8)
        let b = try randomTensor([4, 2], seed: 9)
        let v = try randomTensor([4], seed: 10)
        let u = try randomTensor([3], seed: 11)
        try checkGradients([a, b]) { try $0[0].matmul($0[1]) }
        try checkGradients([a, v]) { try $0[0].matmul($0[1]) }
        try checkGradients([u, a]) { try $0[0].matmul($0[1]) }
        try checkGradients([v, v.detached()]) { try $0[0].matmul($0[1]) }
        let w = try randomTensor([5, 4], seed: 19)
        try checkGradients([a, w]) { try $0[0].matmul(transposed: $0[1]) }
        try checkGradients([v, w]) { try $0[0].matmul(transposed: $0[1]) }
    }

    @Test func shapeOps() throws {
        let x = try randomTensor([2, 3], seed: 12)
        let y = try randomTensor([1, 3], seed: 13)
        try checkGradients([x]) { try $0[0].reshape([3, 2]) }
        try checkGradients([x]) { try $0[0].unsqueeze(dim: 1).squeeze() }
        try checkGradients([x]) { try $0[0].transposed() }
        try checkGradients([x, y]) { try Tensor.concat([$0[0], $0[1]], dim: 0) }
        try checkGradients([x, y]) { try Tensor.concat([$0[0].transposed(), $0[1].transposed()], dim: 1) }
        try checkGradients([y]) { try $0[0].expanded(to: [4, 3]) }
    }

    @Test func indexingOps() throws {
        let table = try randomTensor([5, 3], seed: 14)
        try checkGradients([table]) { try $0[0].gatherRows(IndexTensor([4, 0, 4, 2])) }
        try checkGradients([table]) { try $0[0].gatherRows(IndexTensor([1, 1, 3, 0], shape: [2, 2])) }
        let vector = try randomTensor([6], seed: 15)
        try checkGradients([vector]) { try $0[0].gatherRows(IndexTensor([5, 5, 0])) }
        try checkGradients([table]) { try $0[0].row(2) }
        try checkGradients([table]) { try $0[0].rows(1..<4) }
    }

    @Test func compositeExpression() throws {
        // A value used twice and a small network: gradients accumulate through every path.
        let x = try randomTensor([4, 3], seed: 16)
        let w = try randomTensor([3, 2], seed: 17)
        let b = try randomTensor([2], seed: 18)
        try checkGradients([x, w, b]) { t in
            let h = try (t[0].matmul(t[1]) + t[2]).tanh()
            return try (h * h + h).sigmoid().mean(dim: 0)
        }
    }
}
