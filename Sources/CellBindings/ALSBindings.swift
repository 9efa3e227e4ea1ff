// Alternating least squares in cells (issue 8): `cf.alsLearner(rank:regParam:maxIter:valIdxs:
// engine:seed:)` on a CollabFilterDataset, then `als.fit()`, `als.rmse`, `als.userFactors`,
// `als.itemFactors`, `als.predict()`. The engine is one argument: `.embedded` (default; also
// `.embedded(threads: N)`), `.spark` (master from `NOTEBOOK_SPARK_MASTER`, else `local[*]`) or
// `.spark(master: "local[2]" | "spark://host:7077" | "sc://host:15002" | …)`. The semantics are
// Collab's `ALSLearner`; both engines give factors in the dataset's index order.

import CellCore
import Collab
import Foundation
import Reporting
import Tensors

/// An ALS learner in a cell (`cf.alsLearner(…)`).
final class ALSLearnerObject: CellDisplayable, CustomStringConvertible {
    let learner: ALSLearner
    init(_ learner: ALSLearner) { self.learner = learner }
    var description: String {
        let p = learner.parameters
        var text =
            "ALSLearner(engine: \(learner.engine), rank: \(p.rank), regParam: \(p.regParam), maxIter: \(p.maxIter), "
            + "train: \(learner.split.train.count), valid: \(learner.split.valid.count)"
        if let rmse = learner.rmse { text += ", validation RMSE: \(String(format: "%.4f", rmse))" }
        return text + ")"
    }
    var reportOutput: ReportOutput { .text(description) }
}

enum ALSBindings {
    static let source = """
        /// Which engine trains an ALS learner.
        enum ALSEngine {
            /// Our own solver on this many threads; write `.embedded(threads:)`.
            case embeddedOnThreads(Int)
            /// Spark at this master (empty: `NOTEBOOK_SPARK_MASTER`, else `local[*]`); write
            /// `.spark(master:)`.
            case sparkAtMaster(String)
            /// Our own solver (LAPACK normal equations) on 2 threads.
            static var embedded: ALSEngine { .embeddedOnThreads(2) }
            /// Our own solver on `threads` threads.
            static func embedded(threads: Int) -> ALSEngine { .embeddedOnThreads(threads) }
            /// Spark at `NOTEBOOK_SPARK_MASTER` when set, else `local[*]`.
            static var spark: ALSEngine { .sparkAtMaster("") }
            /// Spark MLlib's ALS as a spark-submit job at a master URL (`local[2]`,
            /// `spark://host:7077`) or a Spark Connect address (`sc://host:15002`).
            static func spark(master: String) -> ALSEngine { .sparkAtMaster(master) }
        }

        extension CollabFilterDataset {
            /// Alternating least squares with Spark MLlib's explicit-feedback formulation (ALS-WR:
            /// regParam scaled by each user's and item's rating count, no biases, Gaussian
            /// unit-length start, items then users each iteration) on the split of `valIdxs`.
            /// Validation rows whose user or item has no training rating are dropped from the RMSE
            /// (coldStartStrategy "drop"). Spark: `ALS(rank, regParam, maxIter, seed)`.
            func alsLearner(rank: Int = 10, regParam: Double = 0.1, maxIter: Int = 10, valIdxs: [Int],
                            engine: ALSEngine = .embedded, seed: Int = 42) -> ALSLearner
        }

        /// An ALS model being trained with one engine.
        final class ALSLearner: CustomStringConvertible {
            /// Trains with the learner's engine and returns the validation RMSE (also `rmse`).
            /// Shows a table: engine, master, Spark version, threads, fit seconds, validation RMSE
            /// and rows evaluated; progress goes to stderr. Spark: `ALS.fit` +
            /// `RegressionEvaluator(metricName="rmse")`.
            @discardableResult func fit() -> Double
            /// Predictions for the validation rows in file order, (nValid): xᵤ·yᵢ, NaN where the
            /// user or item has no training rating. Spark: `model.transform(valid)`.
            func predict() -> Tensor
            /// The last fit's validation RMSE; nil before `fit()`.
            var rmse: Double? { get }
            /// User factors, (nUsers, rank), row k for the dataset's user index k. Spark: `model.userFactors`.
            var userFactors: Tensor { get }
            /// Item factors, (nItems, rank), row k for the dataset's item index k. Spark: `model.itemFactors`.
            var itemFactors: Tensor { get }
            /// The engine: "embedded (2 threads)" or "spark (master …)".
            var engine: String { get }
            /// Wall-clock seconds of the last fit; nil before `fit()`.
            var fitSeconds: Double? { get }
            /// `spark.version` of the last Spark fit; nil for the embedded engine or before `fit()`.
            var sparkVersion: String? { get }
            /// "ALSLearner(engine: …, rank: …)".
            var description: String { get }
        }
        """

    static var module: LibraryModule {
        var f: [String: HostFunction] = [:]
        func learner(_ call: HostCall) -> ALSLearner { call.object(nil, as: ALSLearnerObject.self).learner }
        func factors(_ call: HostCall) throws -> ALSFactors {
            guard let f = learner(call).factors else { throw hostError(ALSError.notFitted) }
            return f
        }
        f["CollabFilterDataset.alsLearner(rank:Int,regParam:Double,maxIter:Int,valIdxs:[Int],engine:ALSEngine,seed:Int)"] = { call in
            let dataset = call.object(nil, as: CollabDatasetObject.self).dataset
            guard case .enumCase(let k, let payload) = call.arguments[4] else { preconditionFailure("interpreter bug: not an ALSEngine") }
            let choice: ALSEngine
            if k == 0 {
                choice = .embedded(threads: payload[0].asInt)
            } else {
                let master = payload[0].asString
                choice = master.isEmpty ? .sparkDefault(environment: ProcessInfo.processInfo.environment) : .spark(master: master)
            }
            let parameters = ALSParameters(rank: call.int(0), regParam: call.double(1), maxIter: call.int(2), seed: call.int(5))
            return .host(
                ALSLearnerObject(
                    try engine { try ALSLearner(dataset: dataset, valIdxs: call.ints(3), parameters: parameters, engine: choice) }))
        }
        f["ALSLearner.fit()"] = { call in
            let l = learner(call)
            let rmse = try engine { try l.fit(progress: { line in FitProgressBar.write(line + "\n") }) }
            if let report = l.report { call.show(ReportOutput.table(reportTable(report))) }
            return .double(rmse)
        }
        f["ALSLearner.predict()"] = { call in
            let l = learner(call)
            return TensorConversion.wrap(Tensor(try engine { try l.predict() }))
        }
        f["ALSLearner.rmse"] = { call in .optional(learner(call).rmse.map(Value.double)) }
        f["ALSLearner.userFactors"] = { call in
            let x = try factors(call)
            return TensorConversion.wrap(try engine { try Tensor(x.userFactors, shape: [x.nUsers, x.rank]) })
        }
        f["ALSLearner.itemFactors"] = { call in
            let x = try factors(call)
            return TensorConversion.wrap(try engine { try Tensor(x.itemFactors, shape: [x.nItems, x.rank]) })
        }
        f["ALSLearner.engine"] = { call in .string(learner(call).engine.description) }
        f["ALSLearner.fitSeconds"] = { call in .optional(learner(call).report.map { Value.double($0.seconds) }) }
        f["ALSLearner.sparkVersion"] = { call in .optional(learner(call).report?.sparkVersion.map(Value.string)) }
        f["ALSLearner.description"] = { call in .string(call.object(nil, as: ALSLearnerObject.self).description) }
        return LibraryModule(name: "ALS", source: source, hostTypes: ["ALSLearner"], functions: f)
    }

    /// The one-row table a fit shows.
    static func reportTable(_ report: ALSFitReport) -> ReportTable {
        let columns = ["engine", "master", "Spark", "threads", "rank", "regParam", "maxIter", "fit s", "valid RMSE", "rows evaluated"]
        let row = [
            report.engine, report.master ?? "—", report.sparkVersion ?? "—", report.threads.map(String.init) ?? "—",
            String(report.parameters.rank), report.parameters.regParam.description, String(report.parameters.maxIter),
            String(format: "%.2f", report.seconds), String(format: "%.4f", report.rmse), "\(report.evaluated) of \(report.validCount)",
        ]
        return ReportTable(caption: "ALS fit", columns: columns, rows: [row], totalRows: 1, totalColumns: columns.count)
    }
}
