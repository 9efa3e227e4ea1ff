import Testing

@testable import Collab

@Suite struct TrainingHistoryTests {
    @Test func debiasedMovingAverageByHand() {
        // Losses 1.0, 0.5, 2.0:
        //   avg₁ = 0.02·1 = 0.02;                    debiased = 0.02/(1−0.98)     = 1
        //   avg₂ = 0.98·0.02 + 0.02·0.5 = 0.0296;    debiased = 0.0296/0.0396     = 0.74747…
        //   avg₃ = 0.98·0.0296 + 0.02·2 = 0.069008;  debiased = 0.069008/0.058808 = 1.17344…
        var h = TrainingHistory()
        #expect(h.smoothedLoss == nil)
        let d1 = h.recordBatch(loss: 1.0, lr: 1e-4)
        let d2 = h.recordBatch(loss: 0.5, lr: 1e-4)
        let d3 = h.recordBatch(loss: 2.0, lr: 0.01)
        #expect(abs(d1 - 1) < 1e-12)
        #expect(abs(d2 - 0.0296 / 0.0396) < 1e-12)
        #expect(abs(d3 - 0.069008 / 0.058808) < 1e-12)
        #expect(abs(d3 - 1.1734457896884771) < 1e-12)  // Python, same formula
        #expect(abs(h.movingAverage - 0.069008) < 1e-15)
        #expect(h.batchNum == 3)
        #expect(h.batches.map(\.lr) == [1e-4, 1e-4, 0.01])
        #expect(h.batches.map(\.loss) == [1.0, 0.5, 2.0])
        #expect(h.batches.map(\.iteration) == [0, 1, 2])
        #expect(h.batches.last?.smoothedLoss == d3)
    }

    @Test func epochRowsTakeTheLastSmoothedLoss() {
        var h = TrainingHistory()
        h.recordBatch(loss: 1.0, lr: 0.1)
        h.recordBatch(loss: 0.5, lr: 0.1)
        let e0 = h.recordEpoch(valLoss: 0.9, seconds: 1.5)
        #expect(e0.epoch == 0)
        #expect(abs(e0.trnLoss - 0.0296 / 0.0396) < 1e-12)
        #expect(e0.valLoss == 0.9)
        #expect(e0.seconds == 1.5)
        // The EMA continues across epochs of one fit: batch 3 uses 0.98³.
        h.recordBatch(loss: 2.0, lr: 0.1)
        let e1 = h.recordEpoch(valLoss: nil, seconds: 2)
        #expect(e1.epoch == 1)
        #expect(abs(e1.trnLoss - 0.069008 / 0.058808) < 1e-12)
        #expect(h.epochs.count == 2)
        #expect(h.epochs.first == e0)
    }

    @Test func aNewFitRestartsTheAverage() {
        var first = TrainingHistory()
        first.recordBatch(loss: 3, lr: 1)
        first.recordBatch(loss: 3, lr: 1)
        var second = TrainingHistory()
        #expect(abs(second.recordBatch(loss: 0.25, lr: 1) - 0.25) < 1e-15)  // debiased first batch = the loss
        #expect(second.batchNum == 1)
        #expect(abs(second.recordBatch(loss: 0.25, lr: 1) - 0.25) < 1e-15)
    }

    @Test func epochWithoutBatchesHasNaNTrainingLoss() {
        var h = TrainingHistory()
        #expect(h.recordEpoch(valLoss: 1, seconds: 0).trnLoss.isNaN)
    }

    @Test func validationLossIsTheUnweightedMeanOfBatchLosses() {
        // Two full batches of 128 and a last one of 32: each counts once.
        let loss = TrainingHistory.validationLoss(batchLosses: [0.5, 0.7, 1.3])
        #expect(loss == (0.5 + 0.7 + 1.3) / 3)
        #expect(abs((loss ?? 0) - 0.8333333333333334) < 1e-15)
        #expect(abs((loss ?? 0) - 0.6777777777777777) > 0.1)  // not the row-weighted mean
        #expect(TrainingHistory.validationLoss(batchLosses: []) == nil)
    }

    @Test func debiasIsExact() {
        #expect(TrainingHistory.debias(0.02, batchNum: 1) == 0.02 / (1 - 0.98))
        #expect(abs(TrainingHistory.debias(0.5, batchNum: 1000) - 0.5) < 1e-9)
    }
}
