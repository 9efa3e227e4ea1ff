import CellLanguage
@testable import CellRuntime
import Foundation
import Tensors
import Testing

/// Tensors, layers, cell models and optimizers through cells. Expected values are derived by hand
/// in the comments, or computed by the engine's Swift API in the same test.
@Suite struct TensorTests {
    // MARK: - Display

    @Test func display() {
        check("""
        Tensor([[1.0, 2], [3, 4]])
        // result: Tensor([[1.0, 2.0], [3.0, 4.0]], shape: [2, 2])
        // --- cell
        Tensor([1, 2, 3])
        // result: Tensor([1, 2, 3], shape: [3], dtype: .int)
        // --- cell
        Tensor(2.5)
        // result: Tensor(2.5, shape: [])
        // --- cell
        Tensor([0.1, 1e-7], requiresGrad: true)
        // result: Tensor([0.1, 1e-07], shape: [2], requiresGrad: true)
        // --- cell
        arange(200)
        // result: Tensor([0, 1, 2, …, 197, 198, 199], shape: [200], dtype: .int)
        // --- cell
        print(Tensor([1.5]))
        // expect: Tensor([1.5], shape: [1])
        """)
    }

    @Test func longRank2TensorsElideRowsAndColumnsOnSeveralLines() {
        let r = run("ones([20, 10]) * 2")
        guard case let .display(.text(text))? = r.outputs.last else { Issue.record("no result: \(r)"); return }
        let row = "[2.0, 2.0, 2.0, …, 2.0, 2.0, 2.0]"
        let expected = "Tensor([" + ([row, row, row, "…", row, row, row].joined(separator: ",\n        ")) + "], shape: [20, 10])"
        #expect(text == expected)
    }

    // MARK: - Ops (hand-derived values)

    @Test func lessonDotProductExample() {
        // a∘b = [[1·2, 2·2], [3·10, 4·10]] = [[2, 4], [30, 40]]; row sums [6, 70].
        check("""
        let a = Tensor([[1.0, 2], [3, 4]])
        let b = Tensor([[2.0, 2], [10, 10]])
        a * b
        // result: Tensor([[2.0, 4.0], [30.0, 40.0]], shape: [2, 2])
        // --- cell
        (a * b).sum(1)
        // result: Tensor([6.0, 70.0], shape: [2])
        // --- cell
        class DotProduct: Module {
            func callAsFunction(_ u: Tensor, _ m: Tensor) -> Tensor { (u * m).sum(1) }
        }
        let model = DotProduct()
        model(a, b)
        // result: Tensor([6.0, 70.0], shape: [2])
        // --- cell
        print(model(a, b).tolist(), model.parameters().count)
        // expect: [6.0, 70.0] 0
        """)
    }

    @Test func arithmeticReductionsAndShapes() {
        check("""
        let a = Tensor([[1.0, 2], [3, 4]])
        print(a.shape, a.count, a.rank, a.dtype)
        // expect: [2, 2] 4 2 Float
        print((a + 1).tolist(), (10 - a).tolist(), (a / 2).tolist(), (-a).tolist())
        // expect: [[2.0, 3.0], [4.0, 5.0]] [[9.0, 8.0], [7.0, 6.0]] [[0.5, 1.0], [1.5, 2.0]] [[-1.0, -2.0], [-3.0, -4.0]]
        print((a + Tensor([10.0, 20])).tolist())
        // expect: [[11.0, 22.0], [13.0, 24.0]]
        print(a.sum().item(), a.mean().item(), a.sum(0).tolist(), a.mean(1).tolist())
        // expect: 10.0 2.5 [4.0, 6.0] [1.5, 3.5]
        print(matmul(a, Tensor([[2.0, 2], [10, 10]])).tolist())
        // expect: [[22.0, 22.0], [46.0, 46.0]]
        print(a.matmul(Tensor([1.0, 1])).tolist(), a.transposed().tolist(), a.T.tolist())
        // expect: [3.0, 7.0] [[1.0, 3.0], [2.0, 4.0]] [[1.0, 3.0], [2.0, 4.0]]
        print(a.reshape(4).tolist(), a.reshape([1, 4]).shape, a.reshape(-1, 1).shape)
        // expect: [1.0, 2.0, 3.0, 4.0] [1, 4] [4, 1]
        print(a.unsqueeze(0).shape, a.reshape(1, 4).squeeze().shape, a.reshape(4, 1).squeeze(1).shape)
        // expect: [1, 2, 2] [4] [4]
        print(concat([a, a], dim: 1).shape, concat([a, a]).shape)
        // expect: [2, 4] [4, 2]
        """)
    }

    @Test func elementwiseFunctions() {
        // exp(0) = 1, log(1) = 0, sqrt(4) = 2, 3² = 9, σ(0) = 0.5, tanh(0) = 0, relu(−1) = 0.
        check("""
        let x = Tensor([0.0, 1, 4])
        print(x.exp()[0], x.log()[1], x.sqrt()[2], (x + 3).pow(2)[0])
        // expect: 1.0 0.0 2.0 9.0
        print(sigmoid(x)[0], tanh(x)[0], relu(x - 2).tolist(), (x - 2).relu().tolist(), (x - 2).abs().tolist())
        // expect: 0.5 0.0 [0.0, 0.0, 2.0] [0.0, 0.0, 2.0] [2.0, 1.0, 2.0]
        print(x.clamp(min: 0.5, max: 3).tolist(), x.clamp(max: 1).tolist())
        // expect: [0.5, 1.0, 3.0] [0.0, 1.0, 1.0]
        """)
    }

    @Test func indexingSlicingAndMasks() {
        check("""
        let a = Tensor([[1.0, 2], [3, 4], [5, 6]])
        print(a[1].tolist(), a[1, 0], a[-1, -1], a[0..<2].shape, a[1...2].tolist())
        // expect: [3.0, 4.0] 3.0 6.0 [2, 2] [[3.0, 4.0], [5.0, 6.0]]
        print(a[Tensor([2, 0])].tolist(), a[[1]].tolist())
        // expect: [[5.0, 6.0], [1.0, 2.0]] [[3.0, 4.0]]
        print((a > 2.5).tolist(), (a == Tensor([1.0, 4])).tolist())
        // expect: [[0.0, 0.0], [1.0, 1.0], [1.0, 1.0]] [[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]
        let idx = Tensor([7, 8, 9])
        print(idx[1], idx[1..<3], idx[Tensor([2, 2])].tolist())
        // expect: 8 Tensor([8, 9], shape: [2], dtype: .int) [9, 9]
        print(Tensor([3.0, 1, 2]).argsort().tolist(), Tensor([3.0, 1, 2]).argsort(descending: true).tolist(), Tensor([1.0, 5, 2]).argmax())
        // expect: [1, 2, 0] [0, 2, 1] 1
        print(Tensor([[1.0, 5], [7, 2]]).argmax(dim: 1).tolist(), Tensor(4.0).item(), Tensor([2]).item())
        // expect: [1, 0] 4.0 2
        """)
    }

    @Test func creation() {
        check("""
        print(zeros([2]).tolist(), ones([1, 2]).tolist(), full([2], 7).tolist(), arange(1, 7, step: 2).tolist(), arange(0.0, 1, step: 0.5).tolist())
        // expect: [0.0, 0.0] [[1.0, 1.0]] [7.0, 7.0] [1, 3, 5] [0.0, 0.5]
        let u = uniform([1000], 2, 3)
        print(((u >= 2) * (u < 3)).sum().item(), normal([3, 4]).shape, randint(0, 5, [4]).dtype, randperm(5).sum().item())
        // expect: 1000.0 [3, 4] Int 10.0
        """)
    }

    @Test func randomCreationFollowsTheSessionSeed() {
        let first = run("uniform([3]).tolist()")
        let again = run("uniform([3]).tolist()")
        #expect(first.error == nil)
        #expect(first.outputs == again.outputs, "a fresh session with the same seed gives the same values")
    }

    // MARK: - Autodiff

    @Test func backwardGivesHandDerivedGradients() {
        // y = Σ x² → dy/dx = 2x; z = mean(w·x) → dz/dw = x/3.
        check("""
        let x = Tensor([1.0, 2, 3], requiresGrad: true)
        let y = (x * x).sum()
        y.backward()
        print(x.grad!.tolist())
        // expect: [2.0, 4.0, 6.0]
        x.zeroGrad()
        print(x.grad == nil)
        // expect: true
        let w = Tensor([1.0, 1, 1])
        w.requiresGrad = true
        (w * Tensor([3.0, 6, 9])).mean().backward()
        print(w.grad!.tolist(), w.requiresGrad)
        // expect: [1.0, 2.0, 3.0] true
        let z = noGrad { w * 2 }
        print(z.requiresGrad, (w * 2).requiresGrad)
        // expect: false true
        """)
    }

    // MARK: - Errors name the op and shapes, at the call

    @Test func errorsNameTheOpAndShapesAtTheirLocation() {
        check("""
        let a = Tensor([[1.0, 2], [3, 4]])
        let b = Tensor([1.0, 2, 3])
        let c = a * b
        // error: 3:9: `*`: expected compatible shapes, got [2, 2] and [3]
        """)
        check("""
        let a = Tensor([[1.0, 2], [3, 4]])
        let m = matmul(a, Tensor([1.0, 2, 3]))
        // error: 2:9: matmul: expected compatible shapes, got [2, 2] and [3]
        """)
        check("""
        let e = Embedding(4, 2)
        let r = e(Tensor([1.0, 2]))
        // error: 2:9: Embedding: expected an Int index tensor or [Int], got a Float tensor of shape [2]
        """)
        check("""
        let e = Embedding(4, 2)
        let r = e([1, 4])
        // error: 2:9: Embedding: index 4 is out of range; expected 0..<4
        """)
        check("""
        let x = Tensor([1.0, 2], requiresGrad: true)
        (x * x).backward()
        // error: 2:1: backward: expected a scalar (one element), got shape [2]
        """)
        check("""
        let a = Tensor([[1.0, 2], [3, 4]])
        print(a[2])
        // error: 2:7: subscript: index 2 is out of range; expected 0..<2
        """)
        check("""
        let a = Tensor([[1.0, 2], [3]])
        // error: 1:9: Tensor: expected a rectangular nested array of shape [2, 2], got a ragged one at depth 1
        """)
        check("""
        let l = Linear(3, 2)
        let y = l(Tensor([[1.0, 2]]))
        // error: 2:9: Linear(3, 2): expected an input whose last size is 3, got shape [1, 2]
        """)
        check("""
        let t = Tensor([1.0]).sum(1)
        // error: 1:9: sum: dimension 1 is out of range for a tensor of rank 1
        """)
    }

    @Test func lossesAreHandDerived() {
        // mse([1, 2], [0, 4]) = (1 + 4)/2 = 2.5; bce(logit 0, target 1) = log 2;
        // crossEntropy(logits [0, 0], class 0) = log 2; both ≈ 0.6931.
        check("""
        print(mseLoss(Tensor([1.0, 2]), Tensor([0.0, 4])).item())
        // expect: 2.5
        print(round(bceWithLogitsLoss(Tensor([0.0]), Tensor([1.0])).item() * 10000) / 10000)
        // expect: 0.6931
        print(round(crossEntropyLoss(Tensor([[0.0, 0]]), [0]).item() * 10000) / 10000)
        // expect: 0.6931
        print(mseLoss(Tensor([1.0, 2]), Tensor([[0.0], [4]])).item())
        // expect: 2.5
        """)
    }

    @Test func absurdSizesAreErrorsNotCrashes() {
        check("""
        let t = arange(9223372036854775807)
        // error: 1:9: arange: expected at most 1073741824 values, got 9.223372036854776e+18
        """)
        check("""
        let t = randint(-9223372036854775807, 9223372036854775807, [2])
        // error: 1:39: randint: expected low < high (a range that fits in Int), got -9223372036854775807 and 9223372036854775807; randint(_ low: Int, _ high: Int, _ shape: [Int]) -> Tensor
        """)
        check("""
        let t = zeros([100000, 100000])
        // error: 1:9: invalid shape [100000, 100000]: expected at most 1073741824 elements
        """)
    }

    @Test func anErrorInsideAModelMethodPointsAtTheOpInTheMethod() {
        check("""
        class Bad: Module {
            let lin = Linear(3, 1)
            func callAsFunction(_ x: Tensor) -> Tensor {
                matmul(lin(x), Tensor([1.0, 2]))
            }
        }
        let y = Bad()(Tensor([[1.0, 2, 3]]))
        // error: 4:9: matmul: expected compatible shapes, got [1, 1] and [2]
        """)
    }

    // MARK: - Modules

    @Test func moduleFindsParametersInStoredProperties() {
        // Linear(3, 2): weight 6 + bias 2; Embedding(5, 4): 20; the tensor: 3; the nested model's
        // Linear(2, 1): 3; the array of two Linear(1, 1): 2 + 2. `shared` repeats `lin` (counted once);
        // `frozen` does not require gradients.
        check("""
        class Inner: Module {
            let lin = Linear(2, 1)
        }
        class Net: Module {
            let lin = Linear(3, 2)
            let emb: Embedding
            let scale = Tensor([1.0, 1, 1], requiresGrad: true)
            let frozen = Tensor([1.0])
            let inner = Inner()
            let heads = [Linear(1, 1), Linear(1, 1)]
            var shared: Linear
            init() {
                emb = Embedding(5, 4)
                shared = lin
            }
        }
        let net = Net()
        let ps = net.parameters()
        print(ps.count, ps.map { $0.count }.reduce(0) { $0 + $1 })
        // expect: 10 38
        print(ps.map { $0.shape })
        // expect: [[2, 3], [2], [3], [1, 2], [1], [1, 1], [1], [1, 1], [1], [5, 4]]
        """)
    }

    @Test func trainAndEvalReachNestedLayersAndModules() {
        // Dropout(1.0) zeroes everything in training mode and is the identity in evaluation mode.
        check("""
        class Inner: Module {
            let drop = Dropout(1.0)
            func callAsFunction(_ x: Tensor) -> Tensor { drop(x) }
        }
        class Outer: Module {
            let inner = Inner()
            func callAsFunction(_ x: Tensor) -> Tensor { inner(x) }
        }
        let m = Outer()
        let x = Tensor([1.0, 2])
        print(m.training, m.inner.training, m(x).tolist())
        // expect: true true [0.0, 0.0]
        m.eval()
        print(m.training, m.inner.training, m.inner.drop.training, m(x).tolist())
        // expect: false false false [1.0, 2.0]
        m.train()
        print(m.inner.drop.training, Dropout(0.25).p)
        // expect: true 0.25
        """)
    }

    @Test func layersAndSequential() {
        // W and b set by hand: y = x·Wᵀ + b = [1·1 + 2·1 + 0.5, 1·1 + 2·1 + 0.5] = [3.5, 3.5]; σ(3.5) = 0.9707.
        check("""
        let l = Linear(2, 2)
        l.weight.fill(1)
        l.bias!.fill(0.5)
        print(l.weight.tolist())
        // expect: [[1.0, 1.0], [1.0, 1.0]]
        print(l(Tensor([[1.0, 2]])).tolist())
        // expect: [[3.5, 3.5]]
        let seq = Sequential(l, ReLU(), Sigmoid())
        print(seq(Tensor([[1.0, 2]]))[0, 0] > 0.97, seq.parameters().count, seq)
        // expect: true 2 Sequential(Linear(2, 2), ReLU(), Sigmoid())
        let e = Embedding(3, 2)
        e.weight.uniform_(0, 0.05)
        let rows = e(Tensor([2, 0, 2]))
        print(rows.shape, e(1).shape, rows[0].tolist() == rows[2].tolist(), (e.weight >= 0).sum().item(), (e.weight < 0.05).sum().item())
        // expect: [3, 2] [2] true 6.0 6.0
        """)
    }

    @Test func inPlaceFillOfARowIsNotVisibleInTheLayer() {
        // `l.weight[1]` is a copy (as a Swift value), so filling it leaves the layer unchanged;
        // documented here so the semantics are deliberate.
        let r = run("""
        let l = Linear(2, 2)
        l.weight.fill(1)
        l.weight[1].fill(0)
        l.weight.sum().item()
        """)
        #expect(r.outputs.last == .display(.text("4.0")))
    }

    // MARK: - Optimizers match the engine's Swift API

    @Test func sgdStepIsHandDerived() {
        // p = 1, loss = p² → g = 2; d = g + wd·p = 2.1; buf = d; p = 1 − 0.1·2.1 = 0.79.
        // Second step: p = 0.79 → g = 1.58, d = 1.58 + 0.079 = 1.659; buf = 0.9·2.1 + 1.659 = 3.549;
        // p = 0.79 − 0.3549 = 0.4351.
        check("""
        let p = Tensor([1.0], requiresGrad: true)
        let opt = SGD([p], lr: 0.1, momentum: 0.9, weightDecay: 0.1)
        for _ in 0..<2 {
            opt.zeroGrad()
            (p * p).sum().backward()
            opt.step()
            print(round(p[0] * 10000) / 10000)
        }
        // expect: 0.79
        // expect: 0.4351
        opt.setLR(0.01)
        print(opt.lr)
        // expect: 0.01
        """)
    }

    @Test func optimizersThroughCellsMatchTheSwiftAPI() throws {
        // The same three steps of each optimizer on the same model, once in a cell and once with
        // the engine called from Swift; the parameters must agree exactly.
        let configs: [(cell: String, swift: ([Tensor]) throws -> Optimizer)] = [
            ("SGD(model.parameters(), lr: 0.1, momentum: 0.9, weightDecay: 1e-5)",
             { try SGD(parameters: $0, lr: 0.1, momentum: 0.9, weightDecay: 1e-5) }),
            ("Adam(model.parameters(), lr: 1e-3, weightDecay: 1e-5)",
             { try Adam(parameters: $0, lr: 1e-3, weightDecay: 1e-5) }),
            ("AdamW(model.parameters(), lr: 1e-2)",
             { try AdamW(parameters: $0, lr: 1e-2, weightDecay: 0.01) }),
        ]
        for config in configs {
            let r = run("""
            class Net: Module {
                let lin = Linear(2, 1)
                func callAsFunction(_ x: Tensor) -> Tensor { lin(x) }
            }
            let model = Net()
            model.lin.weight.copy([0.5, -0.25])
            model.lin.bias!.fill(0.1)
            let opt = \(config.cell)
            let x = Tensor([[1.0, 2], [3, 4], [-1, 0.5]])
            let y = Tensor([[1.0], [2], [0.5]])
            for _ in 0..<3 {
                let loss = mseLoss(model(x), y)
                opt.zeroGrad()
                loss.backward()
                opt.step()
            }
            model.parameters().map { $0.tolist() }
            """)
            #expect(r.error == nil, "\(String(describing: r.error))")

            let g = RandomGenerator(seed: 0)
            let lin = try Linear(inFeatures: 2, outFeatures: 1, using: g)
            try lin.weight.copy_([0.5, -0.25])
            lin.bias?.fill_(0.1)
            let opt = try config.swift(lin.parameters())
            let x = try Tensor([[1.0, 2], [3, 4], [-1, 0.5]])
            let y = try Tensor([[1.0], [2], [0.5]])
            for _ in 0..<3 {
                let loss = try Loss.mse(try lin(x), y)
                opt.zeroGrad()
                try loss.backward()
                opt.step()
            }
            let expected = "[" + lin.parameters().map { t in
                "[" + t.storage.map { Double($0).description }.joined(separator: ", ") + "]"
            }.joined(separator: ", ") + "]"
            // The weight is (1, 2): its tolist nests one level deeper.
            // tolist gives each Float32 as the Double of its shortest decimal form.
            let weight = lin.weight.storage.map { TensorConversion.decimal($0).description }.joined(separator: ", ")
            let bias = (lin.bias?.storage ?? []).map { TensorConversion.decimal($0).description }.joined(separator: ", ")
            #expect(r.outputs.last == .display(.text("[[[\(weight)]], [\(bias)]]")), "\(config.cell) vs \(expected)")
        }
    }
}
