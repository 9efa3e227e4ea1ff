import Testing

@testable import Tensors

/// Golden values from scikit-learn (golden/metrics_sklearn.py).
@Suite struct MetricsTests {
    let scores: [Float] = [0.1, 0.4, 0.35, 0.8, 0.65, 0.2, 0.9, 0.5, 0.5, 0.3]
    let labels: [Float] = [0, 0, 1, 1, 1, 0, 1, 0, 1, 1]

    @Test func accuracyMatchesScikitLearn() throws {
        #expect(try Metrics.accuracy(scores: scores, labels: labels) == 0.7)
    }

    @Test func rocAUCMatchesScikitLearn() throws {
        #expect(abs(try Metrics.rocAUC(scores: scores, labels: labels) - 0.8125) < 1e-12)
        let tied = try Metrics.rocAUC(scores: [0.5, 0.5, 0.5, 0.7, 0.2], labels: [1, 0, 1, 1, 0])
        #expect(abs(tied - 0.8333333333333333) < 1e-12)
        #expect(try Metrics.rocAUC(scores: [1, 2, 3], labels: [0, 0, 1]) == 1)
        #expect(try Metrics.rocAUC(scores: [3, 2, 1], labels: [0, 0, 1]) == 0)
    }

    @Test func badInputIsAnError() {
        #expect(throws: TensorError.self) { try Metrics.rocAUC(scores: [0.1, 0.2], labels: [1, 1]) }
        #expect(throws: TensorError.self) { try Metrics.rocAUC(scores: [0.1], labels: [1, 0]) }
        #expect(throws: TensorError.self) { try Metrics.accuracy(scores: [0.1], labels: [2]) }
        #expect(throws: TensorError.self) { try Metrics.accuracy(scores: [], labels: []) }
        #expect(throws: TensorError.self) { try Metrics.rocAUC(scores: [.nan, 1], labels: [0, 1]) }
    }
}
