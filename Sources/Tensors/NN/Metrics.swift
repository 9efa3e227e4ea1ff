/// Classification metrics over flat score and label arrays (no autodiff).
///
/// Shapes: `scores` and `labels` are (N); labels are 0 or 1.
public enum Metrics {
    /// The fraction of rows where `scores[i] ≥ threshold` agrees with `labels[i] == 1`.
    /// scikit-learn: `accuracy_score(labels, scores >= threshold)`.
    /// - Throws: `TensorError.invalidArgument` when the lengths differ, a label is not 0 or 1, or N = 0.
    public static func accuracy(scores: [Float], labels: [Float], threshold: Float = 0.5) throws -> Double {
        try checkBinary(scores: scores, labels: labels, op: "accuracy")
        var correct = 0
        for (s, y) in zip(scores, labels) where (s >= threshold) == (y == 1) { correct += 1 }
        return Double(correct) / Double(scores.count)
    }

    /// The area under the ROC curve: the probability that a random positive scores higher than a
    /// random negative, ties counting one half. Computed from ranks (the Mann–Whitney U statistic,
    /// tied scores get their average rank), which equals scikit-learn's `roc_auc_score(labels,
    /// scores)` (trapezoidal area under the exact ROC curve).
    /// - Throws: `TensorError.invalidArgument` when the lengths differ, a label is not 0 or 1, a score
    ///   is NaN, or only one class is present (AUC is undefined, as scikit-learn says).
    public static func rocAUC(scores: [Float], labels: [Float]) throws -> Double {
        try checkBinary(scores: scores, labels: labels, op: "rocAUC")
        if let bad = scores.firstIndex(where: { $0.isNaN }) {
            throw TensorError.invalidArgument(op: "rocAUC", reason: "numbers as scores, but score \(bad) is NaN")
        }
        let positives = labels.reduce(0) { $0 + ($1 == 1 ? 1 : 0) }
        let negatives = labels.count - positives
        guard positives > 0, negatives > 0 else {
            throw TensorError.invalidArgument(op: "rocAUC", reason: "both classes (0 and 1) in the labels, but only one is present; the ROC AUC is undefined")
        }
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var rankSumOfPositives = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, scores[order[end + 1]] == scores[order[start]] { end += 1 }
            let averageRank = Double(start + end) / 2 + 1  // ranks are 1-based
            for k in start...end where labels[order[k]] == 1 { rankSumOfPositives += averageRank }
            start = end + 1
        }
        let p = Double(positives), n = Double(negatives)
        return (rankSumOfPositives - p * (p + 1) / 2) / (p * n)
    }

    private static func checkBinary(scores: [Float], labels: [Float], op: String) throws {
        guard scores.count == labels.count else {
            throw TensorError.invalidArgument(op: op, reason: "as many scores as labels, got \(scores.count) and \(labels.count)")
        }
        guard !scores.isEmpty else { throw TensorError.invalidArgument(op: op, reason: "at least one row") }
        if let bad = labels.firstIndex(where: { $0 != 0 && $0 != 1 }) {
            throw TensorError.invalidArgument(op: op, reason: "labels 0 or 1, got \(labels[bad]) at \(bad)")
        }
    }
}
