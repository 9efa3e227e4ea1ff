import Foundation
import Testing

@testable import Collab

/// fastai 0.7 `CosAnneal` transliterated line by line (sgdr.py), stepping state as the callbacks do:
/// `calc_lr` once at `on_train_begin`, then once after every batch.
private struct FastaiCosAnneal {
    var nb: Double, cycleMult: Double, iteration = 0, cycleIter = 0
    init(nb: Int, cycleMult: Int) { self.nb = Double(nb); self.cycleMult = Double(cycleMult) }
    mutating func calcLR(_ initLR: Double) -> Double {
        if Double(iteration) < nb / 20 {
            cycleIter += 1
            return initLR / 100
        }
        let cosOut = cos(Double.pi * Double(cycleIter) / nb) + 1
        cycleIter += 1
        if Double(cycleIter) == nb {
            cycleIter = 0
            nb *= cycleMult
        }
        return initLR / 2 * cosOut
    }
    /// The lrs used by batches 0..<count.
    mutating func run(_ initLR: Double, count: Int) -> [Double] {
        var lrs = [calcLR(initLR)]  // on_train_begin
        for _ in 1..<count {
            iteration += 1  // on_batch_end
            lrs.append(calcLR(initLR))
        }
        return lrs
    }
}

@Suite struct SGDRTests {
    @Test func sumGeomMatchesFastai() {
        #expect(sumGeom(1, 2, 2) == 3)  // ceil(1·(1−4)/(1−2))
        #expect(sumGeom(1, 2, 3) == 7)
        #expect(sumGeom(2, 3, 3) == 26)  // 2·(1+3+9)
        #expect(sumGeom(3, 1, 4) == 12)  // a·n when r = 1
        #expect(sumGeom(1, 2, 0) == 0)
        #expect(sumGeom(1, 2, 80) == nil)  // overflow
        #expect(sumGeom(-1, 2, 2) == nil)
    }

    @Test func epochsOfAFit() throws {
        #expect(try SGDRSchedule(nCycle: 2, cycleLen: 1, cycleMult: 2).epochs == 3)
        #expect(try SGDRSchedule(nCycle: 3, cycleLen: 1, cycleMult: 2).epochs == 7)
        #expect(try SGDRSchedule(nCycle: 4).epochs == 4)
        #expect(try SGDRSchedule(nCycle: 2, cycleLen: 2).epochs == 4)
    }

    @Test func lessonScheduleHandValues() throws {
        // B = 1,250 batches per epoch (ML-100K), lr 0.01, cycleLen 1, cycleMult 2, nCycle 2.
        let s = try CosineAnnealing(batchesPerEpoch: 1250, cycleLen: 1, cycleMult: 2)
        for t in 0...62 { #expect(s.learningRate(at: t, baseLR: 0.01) == 0.01 / 100) }
        #expect(s.learningRate(at: 62, baseLR: 0.01) == 1e-4)
        #expect(abs(s.learningRate(at: 63, baseLR: 0.01) - 0.005 * (1 + cos(Double.pi * 63 / 1250))) < 1e-15)
        #expect(abs(s.learningRate(at: 63, baseLR: 0.01) - 0.009937454897265338) < 1e-15)
        #expect(abs(s.learningRate(at: 625, baseLR: 0.01) - 0.005) < 1e-15)  // mid-cycle
        #expect(abs(s.learningRate(at: 1249, baseLR: 0.01) - 0.005 * (1 + cos(Double.pi * 1249 / 1250))) < 1e-18)
        #expect(s.learningRate(at: 1249, baseLR: 0.01) < 2e-8)
        // Restart: new nb = 2500; no warm-up since the global t = 1250 ≥ 2500/20.
        #expect(s.learningRate(at: 1250, baseLR: 0.01) == 0.01)
        #expect(abs(s.learningRate(at: 2500, baseLR: 0.01) - 0.005 * (1 + cos(Double.pi * 1250 / 2500))) < 1e-15)
        #expect(abs(s.learningRate(at: 3749, baseLR: 0.01) - 0.005 * (1 + cos(Double.pi * 2499 / 2500))) < 1e-18)
        #expect(s.cycle(containing: 3749).start == 1250)
        #expect(s.cycle(containing: 3749).length == 2500)
        #expect(s.cycle(containing: 3750).start == 3750)
        #expect(s.cycle(containing: 3750).length == 5000)
    }

    @Test func mlLatestSmallWarmupIs63Batches() throws {
        // B = 1,251: 62 < 62.55 is warm-up, 63 is not (docs/lesson5-semantics.md §8).
        let s = try CosineAnnealing(batchesPerEpoch: 1251, cycleLen: 1, cycleMult: 2)
        #expect(s.learningRate(at: 62, baseLR: 0.01) == 1e-4)
        #expect(abs(s.learningRate(at: 63, baseLR: 0.01) - 0.005 * (1 + cos(Double.pi * 63 / 1251))) < 1e-15)
        #expect(s.learningRate(at: 1251, baseLR: 0.01) == 0.01)
    }

    @Test func closedFormEqualsFastaisStatefulLoop() throws {
        for (b, len, mult) in [(1250, 1, 2), (1251, 1, 2), (7, 1, 1), (10, 2, 3), (3, 1, 30)] {
            let s = try CosineAnnealing(batchesPerEpoch: b, cycleLen: len, cycleMult: mult)
            let epochs = try #require(sumGeom(len, mult, 3))
            var reference = FastaiCosAnneal(nb: b * len, cycleMult: mult)
            let expected = reference.run(0.02, count: b * epochs)
            let got = (0..<(b * epochs)).map { s.learningRate(at: $0, baseLR: 0.02) }
            #expect(got == expected, "B=\(b) cycleLen=\(len) cycleMult=\(mult)")
        }
    }

    @Test func warmupInALaterCycleWithALargeMultiplier() throws {
        // B = 3, mult 30: cycle 1 has nb = 90 and starts at t = 3 < 90/20 = 4.5, so t = 3, 4 warm up.
        let s = try CosineAnnealing(batchesPerEpoch: 3, cycleLen: 1, cycleMult: 30)
        #expect(s.learningRate(at: 3, baseLR: 1) == 0.01)
        #expect(s.learningRate(at: 4, baseLR: 1) == 0.01)
        #expect(abs(s.learningRate(at: 5, baseLR: 1) - 0.5 * (1 + cos(Double.pi * 2 / 90))) < 1e-15)
    }

    @Test func constantRateWithoutCycleLen() throws {
        let plan = try SGDRSchedule(nCycle: 3)
        #expect(try plan.annealing(batchesPerEpoch: 10) == nil)
        #expect(try plan.learningRate(at: 0, baseLR: 0.05, batchesPerEpoch: 10) == 0.05)
        #expect(try plan.learningRate(at: 29, baseLR: 0.05, batchesPerEpoch: 10) == 0.05)
        let sgdr = try SGDRSchedule(nCycle: 2, cycleLen: 1, cycleMult: 2)
        #expect(try sgdr.learningRate(at: 0, baseLR: 0.05, batchesPerEpoch: 100) == 0.0005)
    }

    @Test func invalidParametersAreErrors() {
        #expect(throws: CollabError.invalidScheduleParameter(name: "batchesPerEpoch", value: 0, expected: "at least 1")) {
            try CosineAnnealing(batchesPerEpoch: 0, cycleLen: 1)
        }
        #expect(throws: CollabError.invalidScheduleParameter(name: "cycleMult", value: 0, expected: "at least 1")) {
            try SGDRSchedule(nCycle: 2, cycleLen: 1, cycleMult: 0)
        }
        #expect(throws: CollabError.invalidScheduleParameter(name: "cycleLen", value: 0, expected: "at least 1")) {
            try SGDRSchedule(nCycle: 2, cycleLen: 0)
        }
        #expect(throws: CollabError.invalidScheduleParameter(name: "nCycle", value: -1, expected: "at least 0")) {
            try SGDRSchedule(nCycle: -1)
        }
    }
}
