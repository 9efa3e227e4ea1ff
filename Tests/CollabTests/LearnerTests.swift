import Foundation
import Frames
import Tensors
import Testing

@testable import Collab

/// A synthetic data set with structure a factor model can learn: 40 users × 30 items, rating
/// = clamp(round(3 + 1.5·a_u·b_i + user offset), 1, 5) for a hidden ±1 taste and offsets, about
/// 60% of the pairs rated, rows in a scrambled order.
func syntheticDataset() throws -> CollabFilterDataset {
    var users: [Int?] = [], items: [Int?] = [], ratings: [Double?] = []
    var state: UInt64 = 12345
    func next() -> Double {  // LCG, only to pick pairs
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) * 0x1p-53
    }
    for k in 0..<(40 * 30) {
        let u = (k * 7) % 40, i = (k * 11 + k / 40) % 30
        guard next() < 0.6 else { continue }
        let a: Double = u % 2 == 0 ? 1 : -1, b: Double = i % 3 == 0 ? 1 : -1
        let r = Swift.min(5, Swift.max(1, (3 + 1.5 * a * b + Double(u % 3 - 1) * 0.5).rounded()))
        users.append(100 + u); items.append(500 + i); ratings.append(r)
    }
    let frame = try DataFrame([
        Column(name: "userId", ints: users), Column(name: "movieId", ints: items),
        Column(name: "rating", doubles: ratings),
    ])
    return try CollabFilterDataset(frame: frame)
}

/// Records what a fit reports, to check the reporter protocol.
final class RecordingReporter: FitProgressReporter {
    var events: [String] = []
    var lastSmoothed: [Double] = []
    func fitWillBegin(epochs: Int) { events.append("begin \(epochs)") }
    func epochWillBegin(epoch: Int, batches: Int) { events.append("epoch \(epoch) \(batches)") }
    func batchDidEnd(epoch: Int, batch: Int, batches: Int, smoothedLoss: Double, seconds: Double) {
        if batch == batches { lastSmoothed.append(smoothedLoss) }
    }
    func epochDidEnd(_ record: TrainingHistory.EpochRecord, epochs: Int) { events.append("end \(record.epoch)") }
    func fitDidEnd(error: (any Error)?) { events.append(error == nil ? "done" : "failed") }
}

@Suite struct EmbeddingDotBiasTests {
    @Test func forwardByHand() throws {
        let model = try EmbeddingDotBias(
            nFactors: 2, nUsers: 2, nItems: 3, minScore: 1, maxScore: 5,
            using: RandomGenerator(seed: 1))
        try model.u.weight.copy_([0.1, 0.2, -0.3, 0.4])
        try model.i.weight.copy_([1, 0, 0, 1, 0.5, 0.5])
        try model.ub.weight.copy_([0.05, -0.05])
        try model.ib.weight.copy_([0, 0.1, -0.1])
        let out = try model(users: IndexTensor([0, 1, 1]), items: IndexTensor([0, 1, 2]))
        // s = 0.1 + 0.05 + 0 = 0.15; 0.4 − 0.05 + 0.1 = 0.45; 0.05 − 0.05 − 0.1 = −0.1
        let expected = [0.15, 0.45, -0.1].map { 1 + 4 / (1 + Foundation.exp(-$0)) }
        for (a, b) in zip(out.doubles, expected) { #expect(abs(a - b) < 1e-6) }
        #expect(out.shape.dims == [3])
    }

    @Test func initIsUniformFivePercentInFastaiOrder() throws {
        let model = try EmbeddingDotBias(
            nFactors: 50, nUsers: 943, nItems: 1682, minScore: 1, maxScore: 5,
            using: RandomGenerator(seed: 42))
        #expect(model.parameters().map(\.shape.dims) == [[943, 50], [1682, 50], [943, 1], [1682, 1]])
        #expect(model.parameterCount == 133_875)
        for p in model.parameters() {
            let v = p.storage
            #expect(v.allSatisfy { $0 >= -0.05 && $0 < 0.05 })
            // Mean of U(−0.05, 0.05) is 0 with sd 0.05/√3/√n; max near the edge.
            let mean = v.reduce(0, +) / Float(v.count)
            #expect(abs(mean) < 0.01)
            #expect((v.max() ?? 0) > 0.045)
        }
        #expect(model.description.contains("(u): Embedding(943, 50)"))
    }

    @Test func badSizesAreErrors() {
        #expect(throws: CollabError.self) {
            try EmbeddingDotBias(nFactors: 0, nUsers: 2, nItems: 2, minScore: 1, maxScore: 5, using: RandomGenerator(seed: 1))
        }
        #expect(throws: CollabError.self) {
            try EmbeddingDotBias(nFactors: 2, nUsers: 2, nItems: 2, minScore: 5, maxScore: 1, using: RandomGenerator(seed: 1))
        }
    }
}

@Suite struct DenseEmbeddingSemanticsTests {
    /// PyTorch's dense embeddings (`sparse=False`, docs/lesson5-semantics.md §11): weight decay and the
    /// moments update every row at every step, also rows no batch touched.
    @Test(arguments: [OptimizerChoice.adam, .sgd(momentum: 0.9)])
    func rowsOutsideTheBatchStillMove(choice: OptimizerChoice) throws {
        let model = try EmbeddingDotBias(
            nFactors: 4, nUsers: 6, nItems: 6, minScore: 1, maxScore: 5,
            using: RandomGenerator(seed: 7))
        let initial = model.u.weight.storage
        let opt = try choice.make(parameters: model.parameters(), lr: 0.05, weightDecay: 2e-4)
        let loss = try Loss.mse(try model(users: IndexTensor([0, 1, 1, 4]), items: IndexTensor([2, 2, 5, 0])), Tensor([Float(1), 3, 5, 2]))
        opt.zeroGrad()
        try loss.backward()
        opt.step()
        let after = model.u.weight.storage
        // User 5 (row 5, elements 20..<24) is in no batch, yet weight decay moved it. Its gradient
        // is g = wd·p; Adam's first step is lr·√(1−β2)/(1−β1)·m/(√v + eps) with m = (1−β1)·g and
        // v = (1−β2)·g²; SGD's is lr·g.
        for k in 20..<24 {
            let p = Double(initial[k]), g = 2e-4 * p
            let expected: Float
            switch choice {
            case .adam: expected = Float(p - 0.05 * 0.001.squareRoot() / 0.1 * (0.1 * g) / ((0.001 * g * g).squareRoot() + 1e-8))
            case .sgd: expected = Float(p - 0.05 * g)
            }
            #expect(after[k] != initial[k])
            #expect(
                abs(after[k] - expected) <= 1e-6 * Swift.max(1, abs(expected)) && abs(after[k] - expected) <= abs(expected - initial[k]) * 1e-3,
                "element \(k): \(initial[k]) → \(after[k]), expected \(expected)")
        }
    }
}

@Suite struct CollabLearnerTests {
    @Test func shortFitLearnsAndRecordsEverything() throws {
        let cf = try syntheticDataset()
        let valIdxs = cvIdxs(cf.count, valPct: 0.2, seed: 42)
        let learn = try cf.learner(
            nFactors: 5, valIdxs: valIdxs, batchSize: 16, optimizer: .adam,
            generator: RandomGenerator(seed: 3))
        let before = try #require(try learn.validationLoss())
        let reporter = RecordingReporter()
        let rows = try learn.fit(lr: 0.05, nCycle: 2, wds: 1e-5, cycleLen: 1, cycleMult: 2, reporter: reporter)
        let b = learn.data.trainBatchesPerEpoch
        // sum_geom(1, 2, 2) = 3 epochs.
        #expect(rows.map(\.epoch) == [0, 1, 2])
        #expect(reporter.events == ["begin 3", "epoch 0 \(b)", "end 0", "epoch 1 \(b)", "end 1", "epoch 2 \(b)", "end 2", "done"])
        let sched = try #require(learn.sched)
        #expect(sched.batches.count == 3 * b)
        // The recorded rates are the SGDR schedule's, warm-up included.
        let annealing = try CosineAnnealing(batchesPerEpoch: b, cycleLen: 1, cycleMult: 2)
        for t in [0, 1, b - 1, b, 2 * b, 3 * b - 1] {
            #expect(sched.batches[t].lr == annealing.learningRate(at: t, baseLR: 0.05))
        }
        #expect(sched.batches[0].lr == 0.05 / 100)
        #expect(sched.batches[b].lr == 0.05)  // restart at full rate
        // trn_loss is the smoothed loss at each epoch's last batch.
        #expect(rows.map(\.trnLoss) == reporter.lastSmoothed)
        #expect(rows.map(\.trnLoss) == [b - 1, 2 * b - 1, 3 * b - 1].map { sched.batches[$0].smoothedLoss })
        // It learned: validation loss well below the untrained model's.
        let after = try #require(rows.last?.valLoss)
        #expect(after < before * 0.7, "val loss \(before) → \(after)")
        #expect(learn.history == rows)

        // predict(): one value per validation row, in range; val_loss = mean of per-batch MSE.
        let preds = try learn.predict()
        let y = learn.data.valY
        #expect(preds.count == valIdxs.count && y.count == valIdxs.count)
        #expect(preds.storage.allSatisfy { $0 > 1 && $0 < 5 })
        let bs2 = learn.data.validBatchSize
        var batchMSE: [Double] = []
        for start in stride(from: 0, to: preds.count, by: bs2) {
            let end = Swift.min(start + bs2, preds.count)
            var s: Float = 0
            for k in start..<end { s += (preds.storage[k] - y.storage[k]) * (preds.storage[k] - y.storage[k]) }
            batchMSE.append(Double(s / Float(end - start)))
        }
        let mean = batchMSE.reduce(0, +) / Double(batchMSE.count)
        #expect(abs(mean - after) < 1e-6)

        // A second fit appends to history, restarts the moving average and builds a new optimizer.
        let firstOptimizer = learn.optimizer
        try learn.fit(lr: 0.01, nCycle: 1)
        #expect(learn.history.count == 4)
        #expect(learn.fits.count == 2)
        #expect(learn.sched?.batches.count == b)
        #expect(learn.sched?.batches.allSatisfy { $0.lr == 0.01 } == true)  // constant rate
        #expect(learn.optimizer !== firstOptimizer)
        #expect(learn.history.last?.epoch == 0)
    }

    @Test func sameSeedSameNumbers() throws {
        let cf = try syntheticDataset()
        func run(seed: UInt64) throws -> [TrainingHistory.EpochRecord] {
            let learn = try cf.learner(
                nFactors: 4, valIdxs: cvIdxs(cf.count), batchSize: 8, optimizer: .sgd(momentum: 0.9),
                generator: RandomGenerator(seed: seed))
            return try learn.fit(lr: 0.1, nCycle: 2, wds: 2e-4)
        }
        let a = try run(seed: 11), b = try run(seed: 11), c = try run(seed: 12)
        #expect(a.map(\.trnLoss) == b.map(\.trnLoss))
        #expect(a.map(\.valLoss) == b.map(\.valLoss))
        #expect(a.map(\.trnLoss) != c.map(\.trnLoss))
    }

    @Test func nonFiniteLossStopsAndNamesEpochAndBatch() throws {
        let cf = try syntheticDataset()
        let learn = try cf.learner(
            nFactors: 4, valIdxs: cvIdxs(cf.count), batchSize: 8, optimizer: .sgd(momentum: 0.9),
            generator: RandomGenerator(seed: 5))
        let reporter = RecordingReporter()
        var caught: CollabError?
        do {
            try learn.fit(lr: 1e30, nCycle: 3, wds: 1e-3, reporter: reporter)
        } catch let e as CollabError {
            caught = e
        }
        guard case .nonFiniteLoss(let epoch, let batch, let batches, let loss, let lr)? = caught else {
            Issue.record("expected nonFiniteLoss, got \(String(describing: caught))")
            return
        }
        #expect(epoch == 0 && batch >= 2 && batch <= batches && lr == 1e30 && !loss.isFinite)
        #expect(learn.sched?.batches.count == batch - 1)
        #expect(reporter.events.last == "failed")
        #expect(caught?.description.contains("epoch 0, batch \(batch) of \(batches)") == true)
        #expect(caught?.description.hasSuffix("try a smaller learning rate") == true)
        // The epoch that diverged has its row, with the non-finite loss.
        #expect(learn.history.count == 1)
        #expect(learn.history.first.map { $0.epoch == 0 && !$0.trnLoss.isFinite && $0.valLoss == nil } == true)
    }

    @Test func nonFiniteValidationLossKeepsItsEpochAndSuggestsASmallerRate() throws {
        var history = TrainingHistory()
        var caught: CollabError?
        var validations = 0
        do {
            try FitLoop.run(
                epochs: 3, history: &history, learningRate: { _ in 0.5 }, trainingBatches: { _ in [1, 2] },
                step: { _, _ in 1.0 },
                validate: {
                    validations += 1
                    return validations == 2 ? .infinity : 1.0
                })
        } catch let e as CollabError {
            caught = e
        }
        #expect(caught == .nonFiniteValidationLoss(epoch: 1, loss: .infinity, lr: 0.5))
        #expect(history.epochs.map(\.valLoss) == [1.0, .infinity])
        #expect(
            caught?.description
                == "expected a finite validation loss, but it is inf after epoch 1 (last learning rate 0.5); "
                + "training stopped there: try a smaller learning rate")
    }

    @Test func badFitArgumentsAreErrors() throws {
        let cf = try syntheticDataset()
        let learn = try cf.learner(nFactors: 4, valIdxs: cvIdxs(cf.count), batchSize: 8, generator: RandomGenerator(seed: 5))
        #expect(throws: CollabError.self) { try learn.fit(lr: 0.1, nCycle: 1, cycleLen: 0) }
        #expect(throws: TensorError.self) { try learn.fit(lr: -1, nCycle: 1) }
        #expect(throws: TensorError.self) { try learn.fit(lr: .nan, nCycle: 1) }
        #expect(throws: CollabError.self) {
            try cf.learner(nFactors: 0, valIdxs: [], batchSize: 8, generator: RandomGenerator(seed: 5))
        }
        #expect(learn.history.isEmpty)
    }
}
