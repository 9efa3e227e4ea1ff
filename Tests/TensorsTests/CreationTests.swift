import Testing

@testable import Tensors

@Suite struct CreationTests {
    @Test func fromValuesAndShape() throws {
        let t = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])
        #expect(t.shape == [2, 3])
        #expect(t.rank == 2)
        #expect(try t.value(at: [1, 2]) == 6)
        #expect(try t.value(at: [0, 1]) == 2)
        let nested = try Tensor([[1, 2, 3], [4, 5, 6]] as [[Double]])
        #expect(nested.storage == t.storage)
        let cube = try Tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]] as [[[Double]]])
        #expect(cube.shape == [2, 2, 2])
        #expect(try cube.value(at: [1, 0, 1]) == 6)
    }

    @Test func raggedAndBadShapesThrow() {
        expectError(.invalidShape([2, 2], reason: "rows of equal length 2, got a row of 1")) {
            _ = try Tensor([[1, 2], [3]] as [[Double]])
        }
        expectError(.invalidShape([2, 2], reason: "4 values for this shape, got 3")) {
            _ = try Tensor([1, 2, 3] as [Float], shape: [2, 2])
        }
        expectError(.invalidShape([1, 1, 1, 1, 1], reason: "rank at most 4")) {
            _ = try Tensor.zeros([1, 1, 1, 1, 1])
        }
        expectError(.invalidShape([-1, 2], reason: "non-negative sizes")) { _ = try Tensor.ones([-1, 2]) }
    }

    @Test func zerosOnesFullArange() throws {
        #expect(try Tensor.zeros([2, 2]).storage == [0, 0, 0, 0])
        #expect(try Tensor.ones([3]).storage == [1, 1, 1])
        #expect(try Tensor.full([2], value: 2.5).storage == [2.5, 2.5])
        #expect(try Tensor.arange(5).storage == [0, 1, 2, 3, 4])
        #expect(try Tensor.arange(1, 2, step: 0.25).storage == [1, 1.25, 1.5, 1.75])
        #expect(try Tensor.arange(3, 0, step: -1).storage == [3, 2, 1])
        #expect(try Tensor.arange(0, 0).count == 0)
        expectError(.invalidArgument(op: "arange", reason: "a finite, nonzero step and finite bounds")) {
            _ = try Tensor.arange(0, 1, step: 0)
        }
        let s = Tensor(scalar: 3)
        #expect(s.rank == 0 && s.count == 1)
        #expect(try s.item() == 3)
        expectError(.invalidArgument(op: "item", reason: "a tensor with one element, got shape [3]")) {
            _ = try Tensor.ones([3]).item()
        }
    }

    @Test func elementAccessErrors() throws {
        let t = try Tensor.zeros([2, 3])
        expectError(.indexOutOfRange(op: "value(at:)", index: 3, size: 3)) { _ = try t.value(at: [0, 3]) }
        expectError(.indexOutOfRange(op: "value(at:)", index: -1, size: 2)) { _ = try t.value(at: [-1, 0]) }
        expectError(.rankMismatch(op: "value(at:)", expected: "1 (one index per dimension)", got: 2)) {
            _ = try t.value(at: [0])
        }
    }

    @Test func xoshiroMatchesReferenceImplementation() {
        // Values from an independent Python implementation of SplitMix64 + xoshiro256** (seed 42).
        let g = RandomGenerator(seed: 42)
        let expected: [UInt64] = [
            1546998764402558742, 6990951692964543102, 12544586762248559009,
            17057574109182124193, 18295552978065317476,
        ]
        #expect((0..<5).map { _ in g.next() } == expected)
        // SplitMix64's published first output for seed 0.
        var splitMix = SplitMix64(state: 0)
        #expect(splitMix.next() == 0xE220_A839_7B1D_CDAF)
        g.reseed(42)
        #expect(g.next() == expected[0])
    }

    @Test func uniformAndNormalStatistics() throws {
        let g = RandomGenerator(seed: 1)
        let u = try Tensor.uniform([20000], low: -2, high: 3, using: g)
        #expect(u.storage.allSatisfy { $0 >= -2 && $0 < 3 })
        let mean = u.doubles.reduce(0, +) / 20000
        #expect(Swift.abs(mean - 0.5) < 0.05)  // sd of the mean = 5/sqrt(12)/sqrt(20000) ≈ 0.01
        let n = try Tensor.normal([20000], mean: 1, std: 2, using: g)
        let nm = n.doubles.reduce(0, +) / 20000
        let nv = n.doubles.map { ($0 - nm) * ($0 - nm) }.reduce(0, +) / 20000
        #expect(Swift.abs(nm - 1) < 0.06)
        #expect(Swift.abs(nv.squareRoot() - 2) < 0.06)
        // Same seed, same values.
        let a = try Tensor.uniform([5], using: RandomGenerator(seed: 9))
        let b = try Tensor.uniform([5], using: RandomGenerator(seed: 9))
        #expect(a.storage == b.storage)
        expectError(.invalidArgument(op: "uniform_", reason: "finite low <= high, got 1.0 and 0.0")) {
            try a.uniform_(low: 1, high: 0, using: g)
        }
    }

    @Test func permutationAndBoundedInts() {
        let g = RandomGenerator(seed: 3)
        let p = g.permutation(100)
        #expect(p.sorted() == Array(0..<100))
        #expect(p != Array(0..<100))
        var counts = [Int](repeating: 0, count: 3)
        for _ in 0..<3000 { counts[g.nextInt(below: 3)] += 1 }
        #expect(counts.allSatisfy { $0 > 900 && $0 < 1100 })
        #expect(g.nextInt(below: 0) == 0)
    }

    @Test func description() throws {
        let t = try Tensor([1, 2.5, -3, 4] as [Float], shape: [2, 2])
        #expect(t.description == "tensor([[1.0000, 2.5000],\n        [-3.0000, 4.0000]])")
    }
}

@Suite struct IndexTensorTests {
    @Test func conversionsAndErrors() throws {
        let t = try Tensor([0, 3, 2, 1] as [Float], shape: [2, 2])
        let idx = try IndexTensor(t)
        #expect(idx.values == [0, 3, 2, 1] && idx.shape == [2, 2])
        #expect(idx.floatTensor.storage == t.storage)
        expectError(.dtypeMismatch(op: "IndexTensor", expected: "whole-number values", got: "1.5")) {
            _ = try IndexTensor(Tensor([1.5] as [Float]))
        }
        expectError(.invalidShape([3], reason: "3 values for this shape, got 2")) { _ = try IndexTensor([1, 2], shape: [3]) }
        expectError(.invalidShape([1 << 20, 1 << 20], reason: "at most 1073741824 elements")) {
            _ = try Tensor.zeros([1 << 20, 1 << 20])
        }
    }
}
