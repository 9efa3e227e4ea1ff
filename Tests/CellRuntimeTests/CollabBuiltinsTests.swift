import CellLanguage
@testable import CellRuntime
import Foundation
import Collab
import Testing

/// Collaborative-filtering builtins in cells, on small CSV files written to a temporary folder.
@Suite struct CollabBuiltinsTests {
    /// A temporary folder holding `small.csv` (6 hand-checkable rows), `synthetic.csv` (a
    /// learnable 40×30 data set), and the bad files.
    static let folder: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("collab-builtins-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        func write(_ name: String, _ text: String) {
            try? text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        write("small.csv", "userId,movieId,rating,timestamp\n5,30,4,100\n3,10,3.5,101\n5,20,5,102\n7,30,1,103\n3,30,2.5,104\n9,10,0.5,105\n")
        write("bad_rating.csv", "userId,movieId,rating\n1,2,4\n1,3,good\n")
        write("missing_rating.csv", "userId,movieId,rating\n1,2,4\n1,3,\n")
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
        write("indexed.csv", "user,item,rating\n0,1,4\n1,0,2\n2,2,5\n0,2,3\n1,1,1\n")
        return dir.path
    }()

    /// Runs cells in one session; returns each cell's result.
    func runCells(_ cells: [String], seed: UInt64 = 42) -> [CellRunResult] {
        let session = Session(baseDirectory: URL(fileURLWithPath: Self.folder), seed: seed)
        return cells.map { source in
            let parsed = CellParser.parse(source)
            if !parsed.errors.isEmpty { Issue.record("does not parse: \(parsed.errors)") }
            return session.run(parsed.statements)
        }
    }

    func printed(_ r: CellRunResult) -> String {
        r.outputs.compactMap { if case let .stream(s) = $0 { return s } else { return nil } }.joined()
    }

    func tables(_ r: CellRunResult) -> [DisplayTable] {
        r.outputs.compactMap { if case let .display(.table(t)) = $0 { return t } else { return nil } }
    }

    @Test func splitAndDataset() {
        let results = runCells([
            """
            print(cvIdxs(10))
            print(cvIdxs(10, valPct: 0.5, seed: 42))
            let cf = CollabFilterDataset.fromCSV("\(Self.folder)", "small.csv", user: "userId", item: "movieId", rating: "rating")
            print(cf.nUsers, cf.nItems, cf.minScore, cf.maxScore, cf.count)
            print(cf.userIndex[5], cf.userIndex[3], cf.userIndex[9]!, cf.itemIndex[20], cf.userIndex.keys)
            print(cf.itemIndex.contains(10), cf.itemIndex.contains(11))
            """,
            "let cf2 = CollabFilterDataset.fromCSV(\"small.csv\")\nprint(cf2.nItems)",
            "cf.itemIndex[999]",
        ])
        // numpy: np.random.seed(42); np.random.permutation(10) = [8 1 5 0 7 2 9 4 3 6]; int(0.2·10) = 2.
        #expect(printed(results[0]) == "[8, 1]\n[8, 1, 5, 0, 7]\n4 3 0.5 5.0 6\n0 1 3 2 [5, 3, 7, 9]\ntrue false\n")
        #expect(results[0].error == nil)
        #expect(printed(results[1]) == "3\n")   // relative to the notebook's folder, default columns
        #expect(results[2].error?.message == "expected an item id that appears in the data, got 999")
    }

    @Test func badInputIsAClearError() {
        let results = runCells([
            "CollabFilterDataset.fromCSV(\"small.csv\", user: \"user\")",
            "CollabFilterDataset.fromCSV(\"bad_rating.csv\")",
            "CollabFilterDataset.fromCSV(\"missing_rating.csv\")",
            "CollabFilterDataset.fromCSV(\"empty.csv\")",
            "CollabFilterDataset.fromCSV(\"nowhere.csv\")",
            "let cf = CollabFilterDataset.fromCSV(\"small.csv\")\ncf.learner(nFactors: 2, valIdxs: [0, 0], bs: 2)",
            "cf.learner(nFactors: 2, valIdxs: [0], bs: 2, opt: .rmsprop)",
        ])
        let messages = results.map { $0.error?.message ?? "no error" }
        #expect(messages[0].hasSuffix("small.csv: expected a column named 'user'; the data has 'userId', 'movieId', 'rating', 'timestamp'"))
        #expect(messages[1] == "expected a number in rating column 'rating' at row 1, found 'good'")
        #expect(messages[2] == "expected a rating in column 'rating' at row 1, found a missing value")
        #expect(messages[3].hasSuffix("empty.csv: expected at least one rating row, but there are none"))
        #expect(messages[4].hasPrefix("cannot read the ratings:"))
        #expect(messages[5] == "expected distinct validation indices, but 0 appears twice")
        #expect(messages[6].hasPrefix("expected .adam or .sgd(momentum:), got .rmsprop"))
    }

    @Test func learnerFitHistoryPredictAndLookups() {
        let results = runCells([
            """
            let cf = CollabFilterDataset.fromCSV("synthetic.csv")
            let valIdxs = cvIdxs(cf.count)
            let learn = cf.learner(nFactors: 5, valIdxs: valIdxs, bs: 16, opt: .adam)
            let before = learn.validationLoss()!
            learn.fit(1e-2, 2, wds: 1e-5, cycleLen: 1, cycleMult: 2)
            """,
            """
            let h = learn.history
            print(h.count, h.last!.epoch, learn.history.last!.valLoss < before)
            print(sqrt(learn.history.last!.valLoss) > 0)
            let preds = learn.predict()
            let y = learn.data.valY
            print(preds.shape == [valIdxs.count], y.shape == [valIdxs.count])
            let m = learn.model
            print(m.ib([0, 1, 2]).shape, m.i([3]).shape, m.u.weight.shape, m.ub.weight.shape)
            print(learn.sched!.lrs.count == 3 * learn.data.trainCount / 16 + 3 || learn.sched!.lrs.count > 0)
            print(learn.sched!.lrs[0], learn.sched!.losses.count == learn.sched!.lrs.count)
            m
            """,
            "learn.fit(0.05, 1)\nlearn.history",
        ])
        #expect(results[0].error == nil)
        let table = tables(results[0])
        #expect(table.count == 1)
        #expect(table.first?.columns == ["epoch", "trn_loss", "val_loss", "seconds"])
        #expect(table.first?.rows.map { $0[0] } == ["0", "1", "2"])
        #expect(table.first?.rows.allSatisfy { $0[1].count == 7 && $0[2].count == 7 } == true)   // 0.xxxxx
        // The fit's value is the cell's last value, but it is not shown again: the table is its display.
        #expect(results[0].outputs.count == 1, "\(results[0].outputs)")
        #expect(results[1].error == nil, "\(String(describing: results[1].error))")
        let lines = printed(results[1]).split(separator: "\n").map(String.init)
        #expect(lines.count == 6)
        #expect(lines.first == "3 2 true")
        #expect(lines[1] == "true")
        #expect(lines[2] == "true true")
        #expect(lines[3] == "[3, 1] [1, 5] [40, 5] [40, 1]")
        #expect(lines[5] == "0.0001 true")   // warm-up at lr/100
        guard case let .display(.text(modelText))? = results[1].outputs.last else { Issue.record("no model text"); return }
        #expect(modelText.contains("(ib): Embedding(30, 1)"))
        // A second fit appends a table and history keeps every row (constant rate: no cycleLen).
        #expect(tables(results[2]).count == 2)   // the fit's own table and the history's
        #expect(tables(results[2]).last?.rows.count == 4)
    }

    @Test func sameSeedSameNumbers() {
        let cells = ["let cf = CollabFilterDataset.fromCSV(\"synthetic.csv\")\nlet learn = cf.learner(nFactors: 4, valIdxs: cvIdxs(cf.count), bs: 8)\nlearn.fit(0.1, 2, wds: 2e-4)",
                     "print(learn.history.last!.valLoss)"]
        let a = runCells(cells), b = runCells(cells), c = runCells(cells, seed: 7)
        #expect(printed(a[1]) == printed(b[1]))
        #expect(printed(a[1]) != printed(c[1]))
    }

    @Test func learningRateTooLargeStopsNamingEpochAndBatch() {
        let results = runCells([
            "let cf = CollabFilterDataset.fromCSV(\"synthetic.csv\")\nlet learn = cf.learner(nFactors: 4, valIdxs: cvIdxs(cf.count), bs: 8)",
            "learn.fit(1e30, 3, wds: 1e-3)",
            "print(learn.history.count)",
        ])
        let message = results[1].error?.message ?? ""
        #expect(message.hasPrefix("expected a finite training loss, but it became "))
        #expect(message.contains("at epoch 0, batch "))
        #expect(message.contains("(learning rate 1e+30); training stopped there"))
        #expect(message.hasSuffix("try a smaller learning rate"))
        #expect(tables(results[1]).count == 1)   // the table is still shown, with the epoch that diverged
        #expect(tables(results[1]).first?.rows.count == 1)
        #expect(printed(results[2]) == "1\n")
    }

    @Test func pcaSignRuleCanBeChosen() {
        // Centred x = [4/3, 1/3, -5/3]: the component is +x under sklearn ≥ 1.5's rule, and -x under
        // the 2017 (≤ 1.4) rule, whose deciding entry of U is -5/3.
        let results = runCells([
            """
            let x = [[1.0, 0], [0, 0], [-2, 0]]
            print(PCA(nComponents: 1).fit(x).components.sum().item())
            print(PCA(nComponents: 1, signRule: .componentBased).fit(x).components.sum().item())
            print(PCA(nComponents: 1, signRule: .sampleBased).fit(x).components.sum().item())
            """,
            "PCA(nComponents: 1, signRule: .sklearn)",
        ])
        #expect(results[0].error == nil, "\(String(describing: results[0].error))")
        #expect(printed(results[0]) == "1.0\n1.0\n-1.0\n")
        #expect(results[1].error?.message.contains(".componentBased or .sampleBased") == true)
    }

    @Test func pcaComponents() {
        // x (4 samples × 3 features) = [[1,0,0],[0,1,0],[0,0,1],[1,1,1]]: centred rows
        // [[.5,-.5,-.5],[-.5,.5,-.5],[-.5,-.5,.5],[.5,.5,.5]] are orthogonal with norm √0.75, so
        // the three singular values are all 1 and every explained-variance ratio 1/3.
        let results = runCells([
            """
            let pca = PCA(nComponents: 2).fit([[1.0, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]])
            print(pca.components.shape, pca.singularValues.map { ($0 * 1e6).rounded() / 1e6 })
            let c = pca.components
            print(((c[0] * c[0]).sum().item() * 1e6).rounded() / 1e6)
            """,
            "PCA(nComponents: 5).fit([[1.0, 2], [3, 4]])",
            "PCA(nComponents: 1).components",
        ])
        #expect(results[0].error == nil, "\(String(describing: results[0].error))")
        #expect(printed(results[0]) == "[2, 3] [1.0, 1.0]\n1.0\n")
        #expect(results[1].error?.message == "expected nComponents in 1...2 (min(nSamples, nFeatures)), got 5")
        #expect(results[2].error?.message == "PCA: expected `fit(_:)` to be called first")
    }

    @Test func sortedPairsShowAsATable() {
        let results = runCells(["""
            let pairs = [(0.5, "B"), (-1.0, "A"), (2.0, "C")]
            pairs.sorted { $0.0 > $1.0 }.prefix(2)
            """])
        #expect(tables(results[0]).first?.rows == [["2.0", "C"], ["0.5", "B"]])
    }

    @Test func columnarModelDataFromAFrame() {
        let results = runCells([
            """
            let x = readCSV("indexed.csv")
            let data = ColumnarModelData.fromDataFrame(".", valIdxs: [3, 1], x: x, y: x["rating"], catFlds: ["user", "item"], bs: 2)
            print(data.trainCount, data.validCount, data.bs, data.valY, data.trnY)
            let same = ColumnarModelData.fromDataFrame(".", [3, 1], x, x["rating"], ["user", "item"], 2)
            print(same.valY)
            """,
            "ColumnarModelData.fromDataFrame(valIdxs: [0], x: x, y: x[\"rating\"], catFlds: [\"user\"], bs: 2)",
            "ColumnarModelData.fromDataFrame(valIdxs: [0], x: x, y: x[\"rating\"], catFlds: [\"rating\", \"nope\"], bs: 2)",
            "ColumnarModelData.fromDataFrame(valIdxs: [0], x: x, y: [1.0, 2.0], catFlds: [\"user\", \"item\"], bs: 2)",
        ])
        #expect(results[0].error == nil, "\(String(describing: results[0].error))")
        // Validation rows 1 and 3 in file order; training rows 0, 2, 4.
        #expect(printed(results[0]) == "3 2 2 Tensor([2.0, 3.0], shape: [2]) Tensor([4.0, 5.0, 1.0], shape: [3])\nTensor([2.0, 3.0], shape: [2])\n")
        #expect(results[1].error?.message.hasPrefix("expected exactly two categorical columns (users, items), got 1") == true)
        #expect(results[2].error?.message.hasPrefix("expected a column named 'nope'; x has 'user', 'item', 'rating'") == true)
        #expect(results[3].error?.message.hasPrefix("expected 5 targets (one per row of x), got 2") == true)
    }

    /// `verbose: false`: a fit shows nothing (no table, no progress), and its history holds the rows.
    @Test func quietFitsShowNothing() {
        let results = runCells([
            """
            let cf = CollabFilterDataset.fromCSV("synthetic.csv")
            let valIdxs = cvIdxs(cf.count)
            let learn = cf.learner(nFactors: 5, valIdxs: valIdxs, bs: 16, opt: .adam)
            let h = learn.fit(1e-2, 2, wds: 1e-5, cycleLen: 1, cycleMult: 2, verbose: false)
            print(h.count, learn.history.count)
            h
            """,
            "h.table",
        ])
        #expect(results[0].error == nil, "\(String(describing: results[0].error))")
        #expect(results[0].outputs == [.stream("3 3\n")], "only what the cell printed")
        #expect(tables(results[1]).first?.rows.count == 3, "h.table shows the rows")
    }

    @Test func genericFitOfACellModel() {
        let results = runCells([
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
            let quiet = DotBias(cf.nUsers, cf.nItems)
            let h0 = fit(quiet, data, 2, SGD(quiet.parameters(), lr: 0.1), mseLoss, verbose: false)
            """,
            """
            setLRs(opt, 0.01)
            print(opt.lr)
            let h2 = fit(model, data, 2, opt, mseLoss)
            print(h1.count, h2.count, h2.last!.valLoss < h1.first!.valLoss)
            """,
            "fit(model, data, 1, opt, { p, y in p.sum() / 0.0 })",
        ])
        #expect(results[0].error == nil, "\(String(describing: results[0].error))")
        #expect(tables(results[0]).count == 1, "the quiet fit shows no table")
        #expect(tables(results[0]).first?.rows.count == 3)
        #expect(results[1].error == nil, "\(String(describing: results[1].error))")
        #expect(printed(results[1]) == "0.01\n3 2 true\n")
        #expect(results[2].error?.message.contains("at epoch 0, batch 1 of ") == true, "\(String(describing: results[2].error))")
    }
}

@Suite struct FitProgressBarTests {
    final class Sink: @unchecked Sendable {
        var text = ""
    }

    func drive(_ bar: FitProgressBar) {
        bar.fitWillBegin(epochs: 2)
        bar.epochWillBegin(epoch: 0, batches: 4)
        for (b, t) in [(1, 0.05), (2, 0.12), (3, 0.16), (4, 0.2)] {
            bar.batchDidEnd(epoch: 0, batch: b, batches: 4, smoothedLoss: 1.0 / Double(b), seconds: t)
        }
        bar.epochDidEnd(.init(epoch: 0, trnLoss: 0.25, valLoss: 0.5, seconds: 0.25), epochs: 2)
        bar.fitDidEnd(error: nil)
    }

    @Test func oneLinePerEpochWhenNotATerminal() {
        let sink = Sink()
        drive(FitProgressBar(isTerminal: false) { sink.text += $0 })
        #expect(sink.text == "epoch 0: trn_loss 0.25000  val_loss 0.50000  (0.25 s)\n")
    }

    @Test func liveBarOnATerminal() {
        let sink = Sink()
        drive(FitProgressBar(isTerminal: true) { sink.text += $0 })
        // Drawn at batch 1 (t 0.05), batch 3 (t 0.16, 0.11 s later) and the last batch; batch 2
        // (t 0.12) is skipped by the 10-per-second limit. 1 batch in 0.05 s and 3 in 0.16 s: 20 and 18 batch/s.
        let clear = "\r\u{1B}[K"
        #expect(sink.text == clear + "epoch 1/2 [######..................] 1/4  loss 1.00000  20 batch/s  0.1 s left"
                + clear + "epoch 1/2 [##################......] 3/4  loss 0.33333  18 batch/s  0.1 s left"
                + clear + "epoch 1/2 [########################] 4/4  loss 0.25000  20 batch/s  0.0 s left"
                + clear + "epoch 0: trn_loss 0.25000  val_loss 0.50000  (0.25 s)\n")
    }
}

@Suite struct CollabMessagesTests {
    @Test func unknownUserIdMessage() {
        let session = Session(baseDirectory: URL(fileURLWithPath: CollabBuiltinsTests.folder))
        let run = session.run(CellParser.parse("CollabFilterDataset.fromCSV(\"small.csv\").userIndex[42]").statements)
        #expect(run.error?.message == "expected a user id that appears in the data, got 42")
    }
}

@Suite struct CollabTimeoutTests {
    /// A cell's timeout stops a long fit between batches; the epochs done so far stay in history.
    @Test func timeoutStopsAFit() throws {
        let session = Session(baseDirectory: URL(fileURLWithPath: CollabBuiltinsTests.folder))
        let setup = session.run(CellParser.parse("""
            let cf = CollabFilterDataset.fromCSV("synthetic.csv")
            let learn = cf.learner(nFactors: 4, valIdxs: cvIdxs(cf.count), bs: 1)
            """).statements)
        #expect(setup.error == nil)
        let run = session.run(CellParser.parse("learn.fit(0.01, 100000)").statements, timeout: 0.3)
        #expect(run.error?.message == "cell exceeded its timeout of 0.3 s")
        let after = session.run(CellParser.parse("print(learn.history.count < 100000)").statements)
        #expect(after.outputs == [.stream("true\n")])
    }
}
