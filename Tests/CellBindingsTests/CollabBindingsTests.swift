// Collaborative filtering and ALS through cells on the typed interpreter (ported from
// Tests/CellRuntimeTests/CollabBuiltinsTests.swift and ALSBuiltinsTests.swift), on small CSV files
// written to a temporary folder, plus MovieLens 100K when `data/ml-100k` is there.

import CellCore
import Collab
import Foundation
import Frames
import Reporting
import TestSupport
import Testing

@testable import CellBindings

@Suite(.serialized) struct CollabBindingsTests {
    /// A temporary folder holding `small.csv` (6 hand-checkable rows), `synthetic.csv` (a
    /// learnable 40×30 data set), `tiny.csv` (the ratings of Tests/CollabTests/golden/numpy_als.py)
    /// and bad files.
    static let folder: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("collab-bindings-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) {
            try? text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        write("small.csv", "userId,movieId,rating,timestamp\n5,30,4,100\n3,10,3.5,101\n5,20,5,102\n7,30,1,103\n3,30,2.5,104\n9,10,0.5,105\n")
        write("bad_rating.csv", "userId,movieId,rating\n1,2,4\n1,3,good\n")
        write("empty.csv", "")
        var lines = ["userId,movieId,rating"]
        var state: UInt64 = 12345
        for k in 0..<(40 * 30) {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            guard Double(state >> 11) * 0x1p-53 < 0.6 else { continue }
            let u = (k * 7) % 40, i = (k * 11 + k / 40) % 30
            let r = min(5, max(1, (3 + 1.5 * (u % 2 == 0 ? 1.0 : -1) * (i % 3 == 0 ? 1.0 : -1) + Double(u % 3 - 1) * 0.5).rounded()))
            lines.append("\(100 + u),\(500 + i),\(Int(r))")
        }
        write("synthetic.csv", lines.joined(separator: "\n") + "\n")
        let rows = [
            (0, 0, 5.0), (0, 1, 3), (0, 2, 1), (1, 0, 4), (1, 2, 1), (2, 1, 2), (2, 2, 5), (3, 0, 1), (3, 1, 4), (3, 3, 3.5), (1, 4, 2),
        ]
        write("tiny.csv", "userId,movieId,rating\n" + rows.map { "\(100 + $0.0),\(500 + $0.1),\($0.2)\n" }.joined())
        return dir.path
    }()

    func cells(_ sources: [String], seed: UInt64 = 42) -> [NotebookCellResult] { runCells(sources, in: Self.folder, seed: seed) }

    @Test func splitAndDataset() {
        let r = cells([
            """
            print(cvIdxs(10))
            print(cvIdxs(10, valPct: 0.5, seed: 42))
            let cf = CollabFilterDataset.fromCSV("\(Self.folder)", "small.csv", user: "userId", item: "movieId", rating: "rating")
            print(cf.nUsers, cf.nItems, cf.minScore, cf.maxScore, cf.count)
            print(cf.userIndex[5], cf.userIndex[3], cf.userIndex[9], cf.itemIndex[20], cf.userIndex.keys, cf.users, cf.items)
            print(cf.itemIndex.contains(10), cf.itemIndex.contains(11), cf.userIndex.count)
            """,
            "let cf2 = CollabFilterDataset.fromCSV(\"small.csv\")\nprint(cf2.nItems)",
            "cf.itemIndex[999]",
        ])
        // numpy: np.random.seed(42); np.random.permutation(10) = [8 1 5 0 7 2 9 4 3 6]; int(0.2·10) = 2.
        #expect(r[0].failure == "")
        #expect(r[0].printed == "[8, 1]\n[8, 1, 5, 0, 7]\n4 3 0.5 5.0 6\n0 1 3 2 [5, 3, 7, 9] [5, 3, 7, 9] [30, 10, 20]\ntrue false 4\n")
        #expect(r[1].printed == "3\n")  // relative to the notebook's folder, default columns
        #expect(r[2].trap?.message == "expected an item id that appears in the data, got 999")
    }

    @Test func badInputIsAClearError() {
        let r = cells([
            "CollabFilterDataset.fromCSV(\"small.csv\", user: \"user\")",
            "CollabFilterDataset.fromCSV(\"bad_rating.csv\")",
            "CollabFilterDataset.fromCSV(\"empty.csv\")",
            "CollabFilterDataset.fromCSV(\"nowhere.csv\")",
            "let cf = CollabFilterDataset.fromCSV(\"small.csv\")\ncf.learner(nFactors: 2, valIdxs: [0, 0], bs: 2)",
            "cf.learner(nFactors: 2, valIdxs: [0], bs: 2, opt: .rmsprop)",
        ])
        let messages = r.map(\.failure)
        #expect(messages[0].hasSuffix("small.csv: expected a column named 'user'; the data has 'userId', 'movieId', 'rating', 'timestamp'"))
        #expect(messages[1] == "expected a number in rating column 'rating' at row 1, found 'good'")
        #expect(messages[2].hasSuffix("empty.csv: expected at least one rating row, but there are none"))
        #expect(messages[3].hasPrefix("cannot read the ratings:"))
        #expect(messages[4] == "expected distinct validation indices, but 0 appears twice")
        #expect(messages[5] == "1:52: error: type 'OptimizerChoice' has no member 'rmsprop'", "a Swift type error now")
    }

    @Test func learnerFitHistoryPredictAndLookups() {
        let r = cells([
            """
            let cf = CollabFilterDataset.fromCSV("synthetic.csv")
            let valIdxs = cvIdxs(cf.count)
            let learn = cf.learner(nFactors: 5, valIdxs: valIdxs, bs: 16, opt: .adam)
            let before = learn.validationLoss()!
            learn.fit(1e-2, 2, wds: 1e-5, cycleLen: 1, cycleMult: 2)
            """,
            """
            let h = learn.history
            print(h.count, h.last!.epoch, learn.history.last!.valLoss! < before)
            print(sqrt(learn.history.last!.valLoss!) > 0)
            let preds = learn.predict()
            let y = learn.data.valY
            print(preds.shape == [valIdxs.count], y.shape == [valIdxs.count])
            let m = learn.model
            print(m.ib([0, 1, 2]).shape, m.i([3]).shape, m.u.weight.shape, m.ub.weight.shape)
            print(learn.sched.lrs.count > 0, learn.sched.iterations.count == learn.sched.lrs.count)
            print(learn.sched.lrs[0], learn.sched.losses.count == learn.sched.lrs.count)
            m
            """,
            "learn.fit(0.05, 1)\nlearn.history",
            "learn.sched.plotLR()\nlearn.sched.plotLoss()",
        ])
        #expect(r[0].failure == "")
        let table = r[0].tables
        #expect(table.count == 1)
        #expect(table.first?.columns == ["epoch", "trn_loss", "val_loss", "seconds"])
        #expect(table.first?.rows.map { $0[0] } == ["0", "1", "2"])
        #expect(table.first?.rows.allSatisfy { $0[1].count == 7 && $0[2].count == 7 } == true)  // 0.xxxxx
        // The fit's value: fastai's returned loss, as text (the table is already shown).
        #expect(r[0].lastText?.hasPrefix("FitHistory(3 epochs; last: trn_loss ") == true)
        #expect(r[1].failure == "")
        let lines = r[1].printed.split(separator: "\n").map(String.init)
        #expect(lines == ["3 2 true", "true", "true true", "[3, 1] [1, 5] [40, 5] [40, 1]", "true true", "0.0001 true"])
        #expect(r[1].lastText?.contains("(ib): Embedding(30, 1)") == true)
        // A second fit shows its table, and the history shows every row (constant rate: no cycleLen).
        #expect(r[2].tables.count == 2)
        #expect(r[2].tables.last?.rows.count == 4)
        // The schedule's charts are SVG.
        #expect(r[3].outputs.count == 2)
        #expect(r[3].outputs.allSatisfy { if case .svg(let s) = $0 { return s.hasPrefix("<svg") } else { return false } })
    }

    @Test func sameSeedSameNumbers() {
        let source = [
            """
            let cf = CollabFilterDataset.fromCSV("synthetic.csv")
            let learn = cf.learner(nFactors: 4, valIdxs: cvIdxs(cf.count), bs: 8)
            learn.fit(0.1, 2, wds: 2e-4)
            """,
            "print(learn.history.last!.valLoss)",
        ]
        let a = cells(source), b = cells(source), c = cells(source, seed: 7)
        #expect(a[1].printed == b[1].printed)
        #expect(a[1].printed != c[1].printed)
    }

    @Test func learningRateTooLargeStopsNamingEpochAndBatch() {
        let r = cells([
            "let cf = CollabFilterDataset.fromCSV(\"synthetic.csv\")\nlet learn = cf.learner(nFactors: 4, valIdxs: cvIdxs(cf.count), bs: 8)",
            "learn.fit(1e30, 3, wds: 1e-3)",
            "print(learn.history.count)",
        ])
        let message = r[1].trap?.message ?? ""
        #expect(message.hasPrefix("expected a finite training loss, but it became "))
        #expect(message.contains("at epoch 0, batch "))
        #expect(message.hasSuffix("try a smaller learning rate"))
        #expect(r[1].tables.first?.rows.count == 1)  // the table is still shown, with the epoch that diverged
        #expect(r[2].printed == "1\n")
    }

    @Test func pcaSignRuleAndComponents() {
        // Centred x = [4/3, 1/3, -5/3]: the component is +x under sklearn ≥ 1.5's rule, and -x under
        // the 2017 (≤ 1.4) rule, whose deciding entry of U is -5/3. Then x (4 samples × 3 features)
        // = [[1,0,0],[0,1,0],[0,0,1],[1,1,1]]: centred rows are orthogonal with norm √0.75, so the
        // singular values are all 1.
        let r = cells([
            """
            let x = [[1.0, 0], [0, 0], [-2, 0]]
            print(PCA(nComponents: 1).fit(x).components.sum().item())
            print(PCA(nComponents: 1, signRule: .componentBased).fit(x).components.sum().item())
            print(PCA(nComponents: 1, signRule: .sampleBased).fit(x).components.sum().item())
            let pca = PCA(nComponents: 2).fit([[1.0, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]])
            print(pca.components.shape, pca.singularValues.map { ($0 * 1e6).rounded() / 1e6 })
            let c = pca.components
            print(((c[0] * c[0]).sum().item() * 1e6).rounded() / 1e6, PCA(nComponents: 1).fit(Tensor(x)).nComponents)
            """,
            "PCA(nComponents: 5).fit([[1.0, 2], [3, 4]])",
            "PCA(nComponents: 1).components",
        ])
        #expect(r[0].failure == "")
        #expect(r[0].printed == "1.0\n1.0\n-1.0\n[2, 3] [1.0, 1.0]\n1.0 1\n")
        #expect(r[1].trap?.message == "expected nComponents in 1...2 (min(nSamples, nFeatures)), got 5")
        #expect(r[2].trap?.message == "PCA: expected `fit(_:)` to be called first")
    }

    @Test func genericFitOfACellModel() {
        let r = cells([
            """
            let cf = CollabFilterDataset.fromCSV("synthetic.csv")
            let data = cf.getData(valIdxs: cvIdxs(cf.count), bs: 16)
            class DotBias: Module {
                let u: Embedding
                let m: Embedding
                let ub: Embedding
                let mb: Embedding
                init(_ nUsers: Int, _ nItems: Int) {
                    u = Embedding(nUsers, 5)
                    m = Embedding(nItems, 5)
                    ub = Embedding(nUsers, 1)
                    mb = Embedding(nItems, 1)
                    u.weight.uniform(-0.01, 0.01)
                    m.weight.uniform(-0.01, 0.01)
                    ub.weight.uniform(-0.01, 0.01)
                    mb.weight.uniform(-0.01, 0.01)
                }
                func callAsFunction(_ users: Tensor, _ items: Tensor) -> Tensor {
                    let s = (u(users) * m(items)).sum(1) + ub(users).squeeze(1) + mb(items).squeeze(1)
                    return sigmoid(s) * 4.0 + 1.0
                }
            }
            let model = DotBias(cf.nUsers, cf.nItems)
            let opt = SGD(model.parameters(), lr: 0.1, momentum: 0.9, weightDecay: 2e-4)
            let h1 = fit(model, data, 3, opt, mseLoss)
            print(data.trainCount + data.validCount == cf.count, data.bs)
            """,
            """
            setLRs(opt, 0.01)
            print(opt.lr)
            let h2 = fit(model, data, 2, opt, mseLoss)
            print(h1.count, h2.count, h2.last!.valLoss! < h1.first!.valLoss!, model.training)
            """,
            "fit(model, data, 1, opt, { p, y in p.sum() / 0.0 })",
            "let h3 = fit(model, data, 1, opt, mseLoss, verbose: false)\nprint(h3.count)",
        ])
        #expect(r[0].failure == "")
        // `verbose: false`: no table (a cell that runs many fits), the history still holds the rows.
        #expect(r[3].tables.isEmpty && r[3].printed == "1\n", "\(r[3].failure)")
        #expect(r[0].tables.first?.rows.count == 3)
        #expect(r[0].printed == "true 16\n")
        #expect(r[1].failure == "")
        #expect(r[1].printed == "0.01\n3 2 true true\n")
        #expect(r[2].trap?.message.contains("at epoch 0, batch 1 of ") == true, "\(r[2].failure)")
    }

    /// Every declaration of the engine modules is bound to host code: calling each gives no
    /// "'…' is not implemented yet" trap (a key that no module implements compiles to one).
    @Test func everyEngineDeclarationIsImplemented() {
        let r = cells([
            """
            let a = Tensor([[[1.0]]])
            let b = Tensor([[Float(1.5)]])
            let c = Tensor([[[1]]])
            let d = Tensor([[1, 2]])
            let e = Tensor([Float(2)])
            let x = Tensor([1.0, 2, 3], requiresGrad: true)
            print(a.description, b.dtype, c.dtype, d.dtype, e.dtype, ones([1]).count, x.detach().requiresGrad, d.float().dtype)
            print(Tensor([2.0, 3]).long().dtype, x.argmax(), Tensor.full([1], 2).count, Tensor.ones([1]).count, Tensor.normal([1]).count)
            print(Tensor.arange(2.0).count, Tensor.arange(0.0, 1, step: 0.5).count, Tensor.arange(0, 4, step: 2).count, Tensor.randint(0, 2, [3]).count)
            x.zeroGrad()
            let l = Linear(2, 1, bias: false)
            l.train(false)
            l.eval()
            l.zeroGrad()
            print(l.description, l.bias.map { _ in "bias" } ?? "no bias", Tanh()(Tensor([0.0])).count, Sequential([Linear(1, 1), Tanh()]).parameters().count)
            let opt = Adam(l.parameters())
            let w = AdamW(l.parameters())
            print(opt.description, w.lr)
            let n = normal([2, 2])
            n.normal(0, 1)
            n.normal_(0, 1)
            n.copy_([1, 2, 3, 4])
            n.fill_(1)
            n.uniform(0, 1)
            print(n.count)
            """,
            """
            let cf = CollabFilterDataset.fromCSV("synthetic.csv")
            print(cf.description.hasPrefix("CollabFilterDataset("))
            let learn = cf.learner(nFactors: 3, valIdxs: cvIdxs(cf.count), bs: 16, opt: .sgd(momentum: 0.5))
            learn.fit(0.01, 1)
            let m = learn.model
            print(m.description.isEmpty, m([0, 1], [2, 3]).shape, m(Tensor([0]), Tensor([1])).shape, m.parameters().count)
            let h = learn.history
            print(h.rows.count, h[0].epoch, h.first!.epoch, h.table.count, learn.sched.rawLosses.count > 0)
            let pca = PCA(nComponents: 1).fit([[1.0, 2], [3, 5], [4, 4]])
            print(pca.explainedVariance.count, pca.explainedVarianceRatio.count)
            let sgd = cf.learner(nFactors: 3, valIdxs: [0], bs: 16, opt: .sgd)
            print(sgd.data.validCount)
            """,
            """
            let tiny = CollabFilterDataset.fromCSV("tiny.csv")
            let als = tiny.alsLearner(rank: 2, maxIter: 1, valIdxs: [3], engine: .embedded(threads: 1))
            print(als.description.hasPrefix("ALSLearner("), als.fitSeconds == nil)
            let spark = tiny.alsLearner(valIdxs: [3], engine: .spark)
            print(spark.engine.hasPrefix("spark"))
            """,
        ])
        for (i, cell) in r.enumerated() {
            #expect(cell.failure == "", "cell \(i)")
            #expect(!cell.failure.contains("is not implemented yet"), "cell \(i)")
        }
        #expect(r[1].printed.hasPrefix("true\nfalse [2] [1] 4\n1 0 0 1 true\n1 1\n"), "\(r[1].printed)")
    }

    // MARK: - ALS

    @Test func embeddedALSInCells() throws {
        let r = cells([
            """
            let cf = CollabFilterDataset.fromCSV("tiny.csv")
            let als = cf.alsLearner(rank: 2, regParam: 0.1, maxIter: 3, valIdxs: [3, 10])
            print(als.rmse == nil, als.engine)
            """,
            "let fitted = als.fit()\nprint(fitted)",
            """
            print(als.userFactors.shape, als.itemFactors.shape, als.rmse! > 0, als.fitSeconds! >= 0, als.sparkVersion == nil)
            let p = als.predict()
            print(p.shape, p[1].item().isNaN)
            """,
        ])
        #expect(r.allSatisfy { $0.failure == "" }, "\(r.map(\.failure))")
        #expect(r[0].printed == "true embedded (2 threads)\n")
        // The fit's report table, and its value: the RMSE over the one validation row with a
        // trained user and item (row 3: user 101, item 500; row 10's item 504 is cold).
        #expect(r[1].tables.first?.rows.first?[0] == "embedded")
        #expect(r[1].tables.first?.rows.first?[9] == "1 of 2")
        #expect(r[2].printed == "[4, 2] [5, 2] true true true\n[2] true\n")
        // Same numbers as the Collab layer on the same split.
        let data = try CollabFilterDataset.fromCSV(path: Self.folder + "/tiny.csv")
        let learner = try ALSLearner(dataset: data, valIdxs: [3, 10], parameters: ALSParameters(rank: 2, regParam: 0.1, maxIter: 3))
        #expect(r[1].printed == "\(try learner.fit())\n")
    }

    @Test func badEnginesAndUnfittedLearnersAreClearErrors() {
        let r = cells([
            "let cf = CollabFilterDataset.fromCSV(\"tiny.csv\")",
            "cf.alsLearner(valIdxs: [0], engine: .spark(master: \"bogus\"))",
            "cf.alsLearner(valIdxs: [0], engine: .embedded(threads: 0))",
            "cf.alsLearner(valIdxs: [0], engine: .gpu)",
            "cf.alsLearner(rank: 0, valIdxs: [0])",
            "cf.alsLearner(valIdxs: [0]).userFactors",
        ])
        let messages = r.map(\.failure)
        #expect(messages[0] == "")
        #expect(messages[1] == "expected a Spark master URL (\(SparkMaster.expectedForms)), got 'bogus'")
        #expect(messages[2].contains("threads"))
        #expect(messages[3].contains("has no member 'gpu'"), "a Swift type error now")
        #expect(messages[4] == "expected rank to be an integer in 1...1000, got 0")
        #expect(messages[5] == "expected a fitted ALS learner: call fit() first")
    }

    // MARK: - MovieLens 100K (the lesson's recipe)

    @Test(.enabled(if: Repository.movieLens100K != nil || Repository.noSkips, "data/ml-100k/ratings.csv is missing (make data)"))
    func movieLensSplitAndLearnerShape() {
        let path = Repository.root.appendingPathComponent("data/ml-100k").path
        let r = runCells(
            [
                """
                let valIdxs = cvIdxs(100000)
                let cf = CollabFilterDataset.fromCSV("\(path)", "ratings.csv", user: "userId", item: "movieId", rating: "rating")
                print(valIdxs.count, Array(valIdxs.prefix(3)), cf.nUsers, cf.nItems, cf.minScore, cf.maxScore)
                let learn = cf.learner(nFactors: 50, valIdxs: valIdxs, bs: 64, opt: .adam)
                print(learn.data.trainCount, learn.data.validCount, learn.model.parameters().count)
                """
            ], in: path)
        // numpy's permutation with seed 42 (fastai's get_cv_idxs), as in Tests/CollabTests.
        #expect(r[0].printed == "20000 [75721, 80184, 19864] 943 1682 1.0 5.0\n80000 20000 4\n", "\(r[0].failure)")
    }
}

/// `ColumnarModelData.fromDataFrame` with a frame made by host code (the Frames module's cell
/// API is ported on another branch): a test module whose `indexedFrame()` reads `indexed.csv`.
@Suite(.serialized) struct ColumnarModelDataTests {
    static var frameModule: LibraryModule {
        LibraryModule(
            name: "TestFrames", source: "func indexedFrame() -> DataFrame",
            functions: [
                "indexedFrame()": { _ in
                    .host(FrameObject(try CSVReader(path: CollabBindingsTests.folder + "/indexed.csv").read()))
                }
            ])
    }

    @Test func columnarModelDataFromAFrame() {
        try? "user,item,rating\n0,1,4\n1,0,2\n2,2,5\n0,2,3\n1,1,1\n".write(
            toFile: CollabBindingsTests.folder + "/indexed.csv", atomically: true, encoding: .utf8)
        let session = NotebookSession(
            baseDirectory: URL(fileURLWithPath: CollabBindingsTests.folder), modules: CellBindings.modules + [Self.frameModule])
        let r = [
            """
            let x = indexedFrame()
            let data = ColumnarModelData.fromDataFrame(".", valIdxs: [3, 1], x: x, y: [4.0, 2, 5, 3, 1], catFlds: ["user", "item"], bs: 2)
            print(data.trainCount, data.validCount, data.bs, data.valY, data.trnY)
            let same = ColumnarModelData.fromDataFrame(".", [3, 1], x, [4.0, 2, 5, 3, 1], ["user", "item"], 2)
            print(same.valY)
            let byTensor = ColumnarModelData.fromDataFrame(valIdxs: [0], x: x, y: Tensor([4.0, 2, 5, 3, 1]), catFlds: ["user", "item"], bs: 2)
            print(byTensor.valY)
            """,
            "ColumnarModelData.fromDataFrame(valIdxs: [0], x: x, y: [1.0, 2, 3, 4, 5], catFlds: [\"user\"], bs: 2)",
            "ColumnarModelData.fromDataFrame(valIdxs: [0], x: x, y: [1.0, 2, 3, 4, 5], catFlds: [\"rating\", \"nope\"], bs: 2)",
            "ColumnarModelData.fromDataFrame(valIdxs: [0], x: x, y: [1.0, 2.0], catFlds: [\"user\", \"item\"], bs: 2)",
        ].map { session.run(source: $0) }
        #expect(r[0].failure == "")
        // Validation rows 1 and 3 in file order; training rows 0, 2, 4.
        #expect(
            r[0].printed
                == "3 2 2 Tensor([2.0, 3.0], shape: [2]) Tensor([4.0, 5.0, 1.0], shape: [3])\nTensor([2.0, 3.0], shape: [2])\n"
                + "Tensor([4.0], shape: [1])\n")
        #expect(r[1].trap?.message.hasPrefix("expected exactly two categorical columns (users, items), got 1") == true)
        #expect(r[2].trap?.message.hasPrefix("expected a column named 'nope'; x has 'user', 'item', 'rating'") == true)
        #expect(r[3].trap?.message.hasPrefix("expected 5 targets (one per row of x), got 2") == true)
    }
}
