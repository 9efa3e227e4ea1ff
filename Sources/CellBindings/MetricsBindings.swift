// Classification metrics in cells (scikit-learn's semantics): `accuracy` and `rocAUC` over
// scores and 0/1 labels given as tensors (one dimension, or one row or column, such as a model's
// (n, 1) output) or arrays of Doubles. The formulas are the engine's (Sources/Tensors/NN/Metrics).

import CellCore
import Tensors

enum MetricsBindings {
    static let source = """
        /// The fraction of rows where `scores ≥ threshold` agrees with `labels == 1` (labels 0 or 1;
        /// pass probabilities, or logits with threshold 0). scikit-learn:
        /// `accuracy_score(labels, scores >= threshold)`.
        func accuracy(_ scores: Tensor, _ labels: Tensor, threshold: Double = 0.5) -> Double
        func accuracy(_ scores: [Double], _ labels: [Double], threshold: Double = 0.5) -> Double
        /// The area under the ROC curve of `scores` for 0/1 `labels`: the probability that a random
        /// positive scores above a random negative (ties count one half). Stops the cell when only
        /// one class is present. scikit-learn: `roc_auc_score(labels, scores)`.
        func rocAUC(_ scores: Tensor, _ labels: Tensor) -> Double
        func rocAUC(_ scores: [Double], _ labels: [Double]) -> Double
        """

    static var module: LibraryModule {
        LibraryModule(
            name: "Metrics", source: source,
            functions: [
                "accuracy(Tensor,Tensor,threshold:Double)": { call in
                    let (s, l) = (try flat(call, 0), try flat(call, 1))
                    return .double(try engine { try Metrics.accuracy(scores: s, labels: l, threshold: call.float(2)) })
                },
                "accuracy([Double],[Double],threshold:Double)": { call in
                    let (s, l) = (call.doubles(0).map { Float($0) }, call.doubles(1).map { Float($0) })
                    return .double(try engine { try Metrics.accuracy(scores: s, labels: l, threshold: call.float(2)) })
                },
                "rocAUC(Tensor,Tensor)": { call in
                    let (s, l) = (try flat(call, 0), try flat(call, 1))
                    return .double(try engine { try Metrics.rocAUC(scores: s, labels: l) })
                },
                "rocAUC([Double],[Double])": { call in
                    let (s, l) = (call.doubles(0).map { Float($0) }, call.doubles(1).map { Float($0) })
                    return .double(try engine { try Metrics.rocAUC(scores: s, labels: l) })
                },
            ])
    }

    /// A tensor argument as a flat list: rank 0 or 1, or a matrix with one row or one column.
    static func flat(_ call: HostCall, _ i: Int) throws -> [Float] {
        let t = call.tensor(i)
        let dims = t.shape.dims
        guard dims.count <= 1 || dims.filter({ $0 != 1 }).count <= 1 else {
            throw HostError("expected a tensor of one dimension (or one row or column), got shape \(dims)", argument: i)
        }
        return t.storage
    }
}
