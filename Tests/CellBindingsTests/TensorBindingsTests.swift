// Tensors, layers, cell models and optimizers through cells on the typed interpreter (ported from
// Tests/CellRuntimeTests/TensorTests.swift). Expected values are derived by hand in the comments,
// or computed by the engine's Swift API in the same test.

import CellBindings
import CellCore
import Foundation
import Reporting
import Tensors
import Testing

@Suite(.serialized) struct TensorBindingsTests {
    func one(_ source: String) -> NotebookCellResult { runCells([source])[0] }

    // MARK: - Display

    @Test func displayIsTheOldTensorFormat() {
        let r = runCells([
            "Tensor([[1.0, 2], [3, 4]])", "Tensor([1, 2, 3])", "Tensor(2.5)", "Tensor([0.1, 1e-7], requiresGrad: true)",
            "arange(200)", "print(Tensor([1.5]))",
        ])
        #expect(
            r.map { $0.lastText ?? $0.printed } == [
                "Tensor([[1.0, 2.0], [3.0, 4.0]], shape: [2, 2])",
                "Tensor([1, 2, 3], shape: [3], dtype: .int)",
                "Tensor(2.5, shape: [])",
                "Tensor([0.1, 1e-07], shape: [2], requiresGrad: true)",
                "Tensor([0, 1, 2, …, 197, 198, 199], shape: [200], dtype: .int)",
                "Tensor([1.5], shape: [1])\n",
            ])
    }

    @Test func longRank2TensorsElideRowsAndColumnsOnSeveralLines() {
        let row = "[2.0, 2.0, 2.0, …, 2.0, 2.0, 2.0]"
        let expected = "Tensor([" + [row, row, row, "…", row, row, row].joined(separator: ",\n        ") + "], shape: [20, 10])"
        #expect(one("ones([20, 10]) * 2").lastText == expected)
    }

    // MARK: - Typed inits, tolist and item

    @Test func literalsChooseTheTensorKindAsSwiftTypesThem() {
        let r = one(
            """
            let xs: [Double] = [1, 2]
            let ids: [Int] = [3, 4]
            let fs: [Float] = [0.5]
            print(Tensor([1, 2]).dtype, Tensor([1.0, 2]).dtype, Tensor(xs).dtype, Tensor(ids).dtype, Tensor(fs).dtype)
            print(Tensor(3).dtype, Tensor(3.5).dtype, Tensor([[1, 2], [3, 4]]).shape, Tensor([[[1.0]]]).shape)
            print(Tensor([1, 2], requiresGrad: true).dtype)
            """)
        #expect(r.failure == "")
        #expect(r.printed == "Int Float Float Int Float\nInt Float [2, 2] [1, 1, 1]\nFloat\n")
    }

    @Test func tolistAndItemTakeTheirTypeFromContext() {
        let r = one(
            """
            let a = Tensor([[1.0, 2], [3, 4]])
            let rows: [[Double]] = a.tolist()
            let firstRow: [Double] = a[0].tolist()
            let ids: [Int] = Tensor([7, 8]).tolist()
            let fs: [Float] = Tensor([0.5]).tolist()
            let n: Int = Tensor([5, 6])[0].item()
            print(rows, firstRow, ids, fs, a.sum().item(), n)
            """)
        #expect(r.failure == "")
        #expect(r.printed == "[[1.0, 2.0], [3.0, 4.0]] [1.0, 2.0] [7, 8] [0.5] 10.0 5\n")
    }

    @Test func anUnconstrainedTolistIsSwiftsError() {
        let r = one("let a = Tensor([[1.0, 2], [3, 4]])\nlet rows = a.tolist()")
        #expect(r.diagnostics.map(\.description) == ["2:14: error: generic parameter 'T' could not be inferred"])
        #expect(one("let a = Tensor([1.0])\nlet x = a.item()\nprint(x)").printed == "1.0\n", "item() alone is a Double")
    }

    @Test func aTolistOfTheWrongShapeOrKindStopsTheCellSayingWhatItGives() {
        let r = runCells([
            "let a = Tensor([[1.0, 2], [3, 4]])\nlet xs: [Double] = a.tolist()",
            "let ids: [Int] = a.sum(1).tolist()",
        ])
        #expect(
            r[0].trap?.message
                == "tolist: a Float tensor of shape [2, 2] gives [[Double]], not [Double]; annotate the result, e.g. `let xs: [[Double]] = t.tolist()`")
        #expect(
            r[1].trap?.message == "tolist: a Float tensor of shape [2] gives [Double], not [Int]; annotate the result, e.g. `let xs: [Double] = t.tolist()`")
    }

    // MARK: - Ops (hand-derived values)

    @Test func lessonDotProductExample() {
        // a∘b = [[1·2, 2·2], [3·10, 4·10]] = [[2, 4], [30, 40]]; row sums [6, 70].
        let r = runCells([
            "let a = Tensor([[1.0, 2], [3, 4]])\nlet b = Tensor([[2.0, 2], [10, 10]])\na * b",
            "(a * b).sum(1)",
            """
            class DotProduct: Module {
                func callAsFunction(_ u: Tensor, _ m: Tensor) -> Tensor { (u * m).sum(1) }
            }
            let model = DotProduct()
            model(a, b)
            """,
            "let dots: [Double] = model(a, b).tolist()\nprint(dots, model.parameters().count)",
        ])
        #expect(r[0].lastText == "Tensor([[2.0, 4.0], [30.0, 40.0]], shape: [2, 2])")
        #expect(r[1].lastText == "Tensor([6.0, 70.0], shape: [2])")
        #expect(r[2].lastText == "Tensor([6.0, 70.0], shape: [2])", "\(r[2].failure)")
        #expect(r[3].printed == "[6.0, 70.0] 0\n")
    }

    @Test func arithmeticReductionsAndShapes() {
        let r = one(
            """
            let a = Tensor([[1.0, 2], [3, 4]])
            func list(_ t: Tensor) -> [[Double]] { t.tolist() }
            func flat(_ t: Tensor) -> [Double] { t.tolist() }
            print(a.shape, a.count, a.rank, a.dtype)
            print(list(a + 1), list(10 - a), list(a / 2), list(-a))
            print(list(a + Tensor([10.0, 20])))
            print(a.sum().item(), a.mean().item(), flat(a.sum(0)), flat(a.mean(1)))
            print(list(matmul(a, Tensor([[2.0, 2], [10, 10]]))))
            print(flat(a.matmul(Tensor([1.0, 1]))), list(a.transposed()), list(a.T))
            print(flat(a.reshape(4)), a.reshape([1, 4]).shape, a.reshape(-1, 1).shape)
            print(a.unsqueeze(0).shape, a.reshape(1, 4).squeeze().shape, a.reshape(4, 1).squeeze(1).shape)
            print(concat([a, a], dim: 1).shape, concat([a, a]).shape)
            """)
        #expect(r.failure == "")
        #expect(
            r.printed == """
                [2, 2] 4 2 Float
                [[2.0, 3.0], [4.0, 5.0]] [[9.0, 8.0], [7.0, 6.0]] [[0.5, 1.0], [1.5, 2.0]] [[-1.0, -2.0], [-3.0, -4.0]]
                [[11.0, 22.0], [13.0, 24.0]]
                10.0 2.5 [4.0, 6.0] [1.5, 3.5]
                [[22.0, 22.0], [46.0, 46.0]]
                [3.0, 7.0] [[1.0, 3.0], [2.0, 4.0]] [[1.0, 3.0], [2.0, 4.0]]
                [1.0, 2.0, 3.0, 4.0] [1, 4] [4, 1]
                [1, 2, 2] [4] [4]
                [2, 4] [4, 2]

                """)
    }

    @Test func elementwiseFunctions() {
        // exp(0) = 1, log(1) = 0, sqrt(4) = 2, 3² = 9, σ(0) = 0.5, tanh(0) = 0, relu(−1) = 0.
        let r = one(
            """
            let x = Tensor([0.0, 1, 4])
            func flat(_ t: Tensor) -> [Double] { t.tolist() }
            print(x.exp()[0].item(), x.log()[1].item(), x.sqrt()[2].item(), (x + 3).pow(2)[0].item())
            print(sigmoid(x)[0].item(), tanh(x)[0].item(), flat(relu(x - 2)), flat((x - 2).relu()), flat((x - 2).abs()))
            print(flat(x.clamp(min: 0.5, max: 3)), flat(x.clamp(max: 1)))
            """)
        #expect(r.failure == "")
        #expect(r.printed == "1.0 0.0 2.0 9.0\n0.5 0.0 [0.0, 0.0, 2.0] [0.0, 0.0, 2.0] [2.0, 1.0, 2.0]\n[0.5, 1.0, 3.0] [0.0, 1.0, 1.0]\n")
    }

    @Test func indexingSlicingAndMasks() {
        let r = one(
            """
            let a = Tensor([[1.0, 2], [3, 4], [5, 6]])
            func list(_ t: Tensor) -> [[Double]] { t.tolist() }
            func flat(_ t: Tensor) -> [Double] { t.tolist() }
            func ints(_ t: Tensor) -> [Int] { t.tolist() }
            print(flat(a[1]), a[1, 0].item(), a[-1, -1].item(), a[0..<2].shape, list(a[1...2]))
            print(list(a[Tensor([2, 0])]), list(a[[1]]))
            print(list(a > 2.5), list(a == Tensor([1.0, 4])))
            let idx = Tensor([7, 8, 9])
            let eight: Int = idx[1].item()
            print(eight, idx[1..<3], ints(idx[Tensor([2, 2])]))
            print(ints(Tensor([3.0, 1, 2]).argsort()), ints(Tensor([3.0, 1, 2]).argsort(descending: true)), Tensor([1.0, 5, 2]).argmax())
            print(ints(Tensor([[1.0, 5], [7, 2]]).argmax(dim: 1)), Tensor(4.0).item(), Tensor([2]).item())
            """)
        #expect(r.failure == "")
        #expect(
            r.printed == """
                [3.0, 4.0] 3.0 6.0 [2, 2] [[3.0, 4.0], [5.0, 6.0]]
                [[5.0, 6.0], [1.0, 2.0]] [[3.0, 4.0]]
                [[0.0, 0.0], [1.0, 1.0], [1.0, 1.0]] [[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]
                8 Tensor([8, 9], shape: [2], dtype: .int) [9, 9]
                [1, 2, 0] [0, 2, 1] 1
                [1, 0] 4.0 2.0

                """)
    }

    @Test func creation() {
        let r = one(
            """
            func flat(_ t: Tensor) -> [Double] { t.tolist() }
            func ints(_ t: Tensor) -> [Int] { t.tolist() }
            let o: [[Double]] = ones([1, 2]).tolist()
            print(flat(zeros([2])), o, flat(full([2], 7)), ints(arange(1, 7, step: 2)), flat(arange(0.0, 1, step: 0.5)))
            let u = uniform([1000], 2, 3)
            print(((u >= 2) * (u < 3)).sum().item(), normal([3, 4]).shape, randint(0, 5, [4]).dtype, randperm(5).sum().item())
            """)
        #expect(r.failure == "")
        #expect(r.printed == "[0.0, 0.0] [[1.0, 1.0]] [7.0, 7.0] [1, 3, 5] [0.0, 0.5]\n1000.0 [3, 4] Int 10.0\n")
    }

    @Test func randomCreationFollowsTheSessionSeed() {
        let first = one("uniform([3])"), again = one("uniform([3])")
        let other = runCells(["uniform([3])"], seed: 7)[0]
        #expect(first.failure == "")
        #expect(first.outputs == again.outputs, "a fresh session with the same seed gives the same values")
        #expect(first.outputs != other.outputs)
    }

    // MARK: - Autodiff, in place, noGrad

    @Test func backwardGivesHandDerivedGradients() {
        // y = Σ x² → dy/dx = 2x; z = mean(w·x) → dz/dw = x/3.
        let r = one(
            """
            func flat(_ t: Tensor) -> [Double] { t.tolist() }
            let x = Tensor([1.0, 2, 3], requiresGrad: true)
            let y = (x * x).sum()
            y.backward()
            print(flat(x.grad!))
            x.zeroGrad()
            print(x.grad.map { _ in "a gradient" } ?? "nil")
            let w = Tensor([1.0, 1, 1])
            w.requiresGrad = true
            (w * Tensor([3.0, 6, 9])).mean().backward()
            print(flat(w.grad!), w.requiresGrad)
            let z = noGrad { w * 2 }
            print(z.requiresGrad, (w * 2).requiresGrad)
            """)
        #expect(r.failure == "")
        #expect(r.printed == "[2.0, 4.0, 6.0]\nnil\n[1.0, 2.0, 3.0] true\nfalse true\n")
    }

    @Test func compoundAssignmentChangesTheTensorInPlaceUnderNoGrad() {
        // One hand step of gradient descent on Σ w²: g = 2w = [2, 4]; w − 0.1·g = [0.8, 1.6]. The
        // optimizer holding `w` sees the change (shared storage, PyTorch's `sub_`).
        let r = runCells([
            """
            let w = Tensor([1.0, 2], requiresGrad: true)
            let opt = SGD([w], lr: 0.5)
            (w * w).sum().backward()
            noGrad { w -= 0.1 * w.grad! }
            let after: [Double] = w.tolist()
            print(after, opt.lr)
            let c = Tensor([1.0, 2])
            c += 1
            c *= Tensor([2.0, 3])
            c /= 2
            c -= 0.5
            let cs: [Double] = c.tolist()
            print(cs)
            """,
            "w -= 1",
            "c += Tensor([1.0, 2, 3])",
        ])
        #expect(r[0].failure == "")
        #expect(r[0].printed == "[0.8, 1.6] 0.5\n[1.5, 4.0]\n")
        #expect(r[1].trap?.message.hasPrefix("`-=`: a tensor that requires gradients cannot be changed in place") == true)
        #expect(r[2].trap?.message == "`+=`: expected compatible shapes, got [2] and [3]")
    }

    @Test func noGradReturnsTheClosuresValueOfAnyType() {
        let r = one("let x = Tensor([2.0], requiresGrad: true)\nlet d: Double = noGrad { (x * x).sum().item() }\nlet s = noGrad { \"text\" }\nprint(d, s)")
        #expect(r.printed == "4.0 text\n", "\(r.failure)")
    }

    // MARK: - Errors name the op and shapes, at the call

    @Test func errorsNameTheOpAndShapesAtTheirLocation() {
        let cases: [(String, String, Int, Int)] = [
            ("let a = Tensor([[1.0, 2], [3, 4]])\nlet b = Tensor([1.0, 2, 3])\nlet c = a * b", "`*`: expected compatible shapes, got [2, 2] and [3]", 3, 11),
            ("let a = Tensor([[1.0, 2], [3, 4]])\nlet m = matmul(a, Tensor([1.0, 2, 3]))", "matmul: expected compatible shapes, got [2, 2] and [3]", 2, 9),
            (
                "let e = Embedding(4, 2)\nlet r = e(Tensor([1.0, 2]))", "Embedding: expected an Int index tensor or [Int], got a Float tensor of shape [2]", 2,
                11
            ),
            ("let e = Embedding(4, 2)\nlet r = e([1, 4])", "Embedding: index 4 is out of range; expected 0..<4", 2, 11),
            ("let x = Tensor([1.0, 2], requiresGrad: true)\n(x * x).backward()", "backward: expected a scalar (one element), got shape [2]", 2, 9),
            ("let a = Tensor([[1.0, 2], [3, 4]])\nprint(a[2])", "subscript: index 2 is out of range; expected 0..<2", 2, 7),
            ("let a = Tensor([[1.0, 2], [3]])", "Tensor: expected a rectangular nested array of shape [2, 2], got a ragged one at depth 1", 1, 16),
            ("let l = Linear(3, 2)\nlet y = l(Tensor([[1.0, 2]]))", "Linear(3, 2): expected an input whose last size is 3, got shape [1, 2]", 2, 11),
            ("let t = Tensor([1.0]).sum(1)", "sum: dimension 1 is out of range for a tensor of rank 1", 1, 27),
            ("let t = arange(9223372036854775807)", "arange: expected at most 1073741824 values, got 9.223372036854776e+18", 1, 9),
            ("let t = zeros([100000, 100000])", "invalid shape [100000, 100000]: expected at most 1073741824 elements", 1, 15),
        ]
        for (source, message, line, column) in cases {
            let r = one(source)
            #expect(r.trap?.message == message, "\(source): \(r.failure)")
            #expect(r.trap.map { [$0.position.line, $0.position.column] } == [line, column], "\(source)")
        }
    }

    @Test func anErrorInsideAModelMethodPointsAtTheOpInTheMethod() {
        let r = one(
            """
            class Bad: Module {
                let lin = Linear(3, 1)
                func callAsFunction(_ x: Tensor) -> Tensor {
                    matmul(lin(x), Tensor([1.0, 2]))
                }
            }
            let y = Bad()(Tensor([[1.0, 2, 3]]))
            """)
        #expect(r.trap?.message == "matmul: expected compatible shapes, got [1, 1] and [2]")
        #expect(r.trap?.position.line == 4)
    }

    @Test func lossesAreHandDerived() {
        // mse([1, 2], [0, 4]) = (1 + 4)/2 = 2.5; bce(logit 0, target 1) = log 2;
        // crossEntropy(logits [0, 0], class 0) = log 2; both ≈ 0.6931.
        let r = one(
            """
            print(mseLoss(Tensor([1.0, 2]), Tensor([0.0, 4])).item())
            print(round(bceWithLogitsLoss(Tensor([0.0]), Tensor([1.0])).item() * 10000) / 10000)
            print(round(crossEntropyLoss(Tensor([[0.0, 0]]), [0]).item() * 10000) / 10000)
            print(round(crossEntropyLoss(Tensor([[0.0, 0]]), Tensor([0])).item() * 10000) / 10000)
            print(mseLoss(Tensor([1.0, 2]), Tensor([[0.0], [4]])).item())
            """)
        #expect(r.printed == "2.5\n0.6931\n0.6931\n0.6931\n2.5\n", "\(r.failure)")
    }

    // MARK: - Modules

    @Test func moduleFindsParametersInStoredPropertiesInDeclarationOrder() {
        // Linear(3, 2): weight 6 + bias 2; Embedding(5, 4): 20; the tensor: 3; the nested model's
        // Linear(2, 1): 3; the array of two Linear(1, 1): 2 + 2. `shared` repeats `lin` (counted
        // once); `frozen` does not require gradients. Order: the stored properties' declaration
        // order (Swift has no assignment order to follow, as PyTorch's registration order does).
        let r = one(
            """
            class Inner: Module {
                let lin = Linear(2, 1)
            }
            class Net: Module {
                let lin = Linear(3, 2)
                let emb: Embedding
                let scale = Tensor([1.0, 1, 1], requiresGrad: true)
                let frozen = Tensor([1.0])
                let inner: Inner
                let heads = [Linear(1, 1), Linear(1, 1)]
                var shared: Linear
                init() {
                    emb = Embedding(5, 4)
                    inner = Inner()
                    shared = lin
                }
            }
            let net = Net()
            let ps = net.parameters()
            print(ps.count, ps.map { $0.count }.reduce(0) { $0 + $1 })
            print(ps.map { $0.shape })
            """)
        #expect(r.failure == "")
        #expect(r.printed == "10 38\n[[2, 3], [2], [5, 4], [3], [1, 2], [1], [1, 1], [1], [1, 1], [1]]\n")
    }

    @Test func cellModulesCallSuperInitOverrideAndUpcast() {
        // (Ported from HostTests.userClassesCanInheritFromAHostBase.)
        let r = one(
            """
            class Net: Module {
                var scale: Double
                var layers: [Linear] = []
                init(scale: Double) {
                    self.scale = scale
                    super.init()
                }
                func callAsFunction(_ x: Double) -> Double { scale * x }
                override func train(_ on: Bool = true) {
                    print("train", on)
                    super.train(on)
                }
            }
            let net = Net(scale: 3)
            net.layers.append(Linear(1, 1))
            print(net(2), net.parameters().count)
            let m: Module = net
            m.eval()
            print(m.training, net.layers[0].training, (m as? Net)?.scale ?? 0)
            """)
        #expect(r.failure == "")
        #expect(r.printed == "6.0 2\ntrain false\nfalse false 3.0\n")
    }

    @Test func trainAndEvalReachNestedLayersAndModules() {
        // Dropout(1.0) zeroes everything in training mode and is the identity in evaluation mode.
        let r = one(
            """
            class Inner: Module {
                let drop = Dropout(1.0)
                func callAsFunction(_ x: Tensor) -> Tensor { drop(x) }
            }
            class Outer: Module {
                let inner: Inner
                init() { inner = Inner() }
                func callAsFunction(_ x: Tensor) -> Tensor { inner(x) }
            }
            func flat(_ t: Tensor) -> [Double] { t.tolist() }
            let m = Outer()
            let x = Tensor([1.0, 2])
            print(m.training, m.inner.training, flat(m(x)))
            m.eval()
            print(m.training, m.inner.training, m.inner.drop.training, flat(m(x)))
            m.train()
            print(m.inner.drop.training, Dropout(0.25).p)
            """)
        #expect(r.failure == "")
        #expect(r.printed == "true true [0.0, 0.0]\nfalse false false [1.0, 2.0]\ntrue 0.25\n")
    }

    @Test func layersAndSequential() {
        // W and b set by hand: y = x·Wᵀ + b = [1·1 + 2·1 + 0.5, 1·1 + 2·1 + 0.5] = [3.5, 3.5]; σ(3.5) = 0.9707.
        let r = one(
            """
            let l = Linear(2, 2)
            l.weight.fill(1)
            l.bias!.fill(0.5)
            let w: [[Double]] = l.weight.tolist()
            let y: [[Double]] = l(Tensor([[1.0, 2]])).tolist()
            print(w, y)
            let seq = Sequential(l, ReLU(), Sigmoid())
            print(seq(Tensor([[1.0, 2]]))[0, 0].item() > 0.97, seq.parameters().count, seq)
            let e = Embedding(3, 2)
            e.weight.uniform_(0, 0.05)
            let rows = e(Tensor([2, 0, 2]))
            let r0: [Double] = rows[0].tolist()
            let r2: [Double] = rows[2].tolist()
            print(rows.shape, e(1).shape, r0 == r2, (e.weight >= 0).sum().item(), (e.weight < 0.05).sum().item())
            """)
        #expect(r.failure == "")
        #expect(r.printed == "[[1.0, 1.0], [1.0, 1.0]] [[3.5, 3.5]]\ntrue 2 Sequential(Linear(2, 2), ReLU(), Sigmoid())\n[3, 2] [2] true 6.0 6.0\n")
    }

    // MARK: - Optimizers match the engine's Swift API

    @Test func sgdStepIsHandDerived() {
        // p = 1, loss = p² → g = 2; d = g + wd·p = 2.1; buf = d; p = 1 − 0.1·2.1 = 0.79.
        // Second step: p = 0.79 → g = 1.58, d = 1.58 + 0.079 = 1.659; buf = 0.9·2.1 + 1.659 = 3.549;
        // p = 0.79 − 0.3549 = 0.4351.
        let r = one(
            """
            let p = Tensor([1.0], requiresGrad: true)
            let opt = SGD([p], lr: 0.1, momentum: 0.9, weightDecay: 0.1)
            for _ in 0..<2 {
                opt.zeroGrad()
                (p * p).sum().backward()
                opt.step()
                print(round(p[0].item() * 10000) / 10000)
            }
            opt.setLR(0.01)
            print(opt.lr, opt)
            """)
        #expect(r.printed == "0.79\n0.4351\n0.01 SGD(1 parameters, lr: 0.01)\n", "\(r.failure)")
    }

    @Test func optimizersThroughCellsMatchTheSwiftAPI() throws {
        // The same three steps of each optimizer on the same model, once in a cell and once with
        // the engine called from Swift; the parameters must agree exactly.
        let configs: [(cell: String, swift: ([Tensor]) throws -> Optimizer)] = [
            ("SGD(model.parameters(), lr: 0.1, momentum: 0.9, weightDecay: 1e-5)", { try SGD(parameters: $0, lr: 0.1, momentum: 0.9, weightDecay: 1e-5) }),
            ("Adam(model.parameters(), lr: 1e-3, weightDecay: 1e-5)", { try Adam(parameters: $0, lr: 1e-3, weightDecay: 1e-5) }),
            ("AdamW(model.parameters(), lr: 1e-2)", { try AdamW(parameters: $0, lr: 1e-2, weightDecay: 0.01) }),
        ]
        for config in configs {
            let r = one(
                """
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
                let w: [[Double]] = model.lin.weight.tolist()
                let b: [Double] = model.lin.bias!.tolist()
                print(w, b)
                """)
            #expect(r.failure == "", "\(config.cell)")

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
            // tolist gives each Float32 as the Double of its shortest decimal form.
            func decimal(_ f: Float) -> String { (Double(f.description) ?? Double(f)).description }
            let weight = lin.weight.storage.map(decimal).joined(separator: ", ")
            let bias = (lin.bias?.storage ?? []).map(decimal).joined(separator: ", ")
            #expect(r.printed == "[[\(weight)]] [\(bias)]\n", "\(config.cell)")
        }
    }

    // MARK: - Metrics

    @Test func metricsMatchScikitLearn() {
        // Values from Tests/TensorsTests/golden/metrics_sklearn.py.
        let r = runCells([
            """
            let scores = [0.1, 0.4, 0.35, 0.8, 0.65, 0.2, 0.9, 0.5, 0.5, 0.3]
            let labels: [Double] = [0, 0, 1, 1, 1, 0, 1, 0, 1, 1]
            print(accuracy(scores, labels), rocAUC(scores, labels))
            print(rocAUC(Tensor([0.5, 0.5, 0.5, 0.7, 0.2]), Tensor([1.0, 0, 1, 1, 0])) > 0.8333)
            print(accuracy(Tensor([[0.9], [0.2]]), Tensor([1.0, 1]), threshold: 0.5))
            """,
            "rocAUC([0.1, 0.2], [1, 1])",
        ])
        #expect(r[0].printed == "0.7 0.8125\ntrue\n0.5\n", "\(r[0].failure)")
        #expect(r[1].trap?.message == "rocAUC: expected both classes (0 and 1) in the labels, but only one is present; the ROC AUC is undefined")
    }

    @Test func pytorchAliases() {
        let r = one(
            """
            let a = Tensor([[1.0, 2], [3, 4]])
            let t: [[Double]] = a.t().tolist()
            let tr: [[Double]] = a.transpose(0, 1).tolist()
            print(t == tr, a.view(4).shape, a.view([4, 1]).shape, a.numel(), a.dim(), a.size(), cat([a, a], dim: 1).shape)
            let r = rand([100])
            print(Tensor.zeros([2]).shape, Tensor.arange(3).dtype, Tensor.uniform([2, 2], 0, 1).shape, Tensor.randperm(4).count)
            print(((r >= 0) * (r < 1)).sum().item(), randn([2, 3]).shape)
            """)
        #expect(r.printed == "true [4] [4, 1] 4 2 [2, 2] [2, 4]\n[2] Int [2, 2] 4\n100.0 [2, 3]\n", "\(r.failure)")
    }

    // MARK: - Typing

    @Test func misuseIsASwiftTypeError() {
        let r = runCells([
            "let t = Tensor([1.0])\nlet bad = t + \"x\"",
            "let n: Int = 3\nlet t2 = Tensor([1.0]) * n",
            "let e = Embedding(2.5, 3)",
        ])
        #expect(r.allSatisfy { !$0.diagnostics.isEmpty }, "\(r.map(\.failure))")
    }
}
