import Tensors

/// Classification metrics in cells (scikit-learn's semantics): `accuracy` and `rocAUC` over scores
/// and 0/1 labels given as tensors (one dimension, or one row or column) or arrays of numbers.
public enum MetricsBuiltins {
    private typealias P = BuiltinParameter

    public static var table: BuiltinTable {
        BuiltinTable(domain: "Metrics", functions: [
            BuiltinFunction("accuracy", [P(nil, "scores", "Tensor or [Double]"), P(nil, "labels", "Tensor or [Double]"),
                                         P("threshold", "threshold", "Double", default: .double(0.5))],
                            returns: "Double",
                            doc: "The fraction of rows where `scores ≥ threshold` agrees with `labels == 1` (labels 0 or 1; pass probabilities, or logits with threshold 0). scikit-learn: `accuracy_score(labels, scores >= threshold)`.") { _, a, _ in
                let (scores, labels) = try pair(a)
                return .double(try metric { try Metrics.accuracy(scores: scores, labels: labels, threshold: Float(try a.double("threshold"))) })
            },
            BuiltinFunction("rocAUC", [P(nil, "scores", "Tensor or [Double]"), P(nil, "labels", "Tensor or [Double]")],
                            returns: "Double",
                            doc: "The area under the ROC curve of `scores` for 0/1 `labels`: the probability that a random positive scores above a random negative (ties count one half). Errors when only one class is present. scikit-learn: `roc_auc_score(labels, scores)`.") { _, a, _ in
                let (scores, labels) = try pair(a)
                return .double(try metric { try Metrics.rocAUC(scores: scores, labels: labels) })
            },
        ])
    }

    private static func pair(_ a: BuiltinArguments) throws -> ([Float], [Float]) {
        func floats(_ name: String) throws -> [Float] {
            do { return try PlotBuiltins.numbers(from: a.value(name)).map(Float.init) } catch let error as BuiltinError {
                throw a.error(name, "argument '\(name)': \(error.message)")
            }
        }
        return (try floats("scores"), try floats("labels"))
    }

    private static func metric(_ body: () throws -> Double) throws -> Double {
        do { return try body() } catch let error as TensorError { throw BuiltinError("\(error)") }
    }
}
