import Collab
import Foundation
import Tensors

/// Alternating least squares in cells (issue 8): `cf.alsLearner(rank:regParam:maxIter:valIdxs:
/// engine:seed:)` on a CollabFilterDataset, then `als.fit()`, `als.rmse`, `als.userFactors`,
/// `als.itemFactors`, `als.predict()`. The engine is one argument: `.embedded` (default; also
/// `.embedded(threads: N)`), `.spark` (master from `NOTEBOOK_SPARK_MASTER`, else `local[*]`) or
/// `.spark(master: "local[2]" | "spark://host:7077" | "sc://host:15002" | …)`. The semantics are
/// Collab's ``ALSLearner``; both engines give factors in the dataset's index order.
public enum ALSBuiltins {
    typealias P = BuiltinParameter

    public static var table: BuiltinTable {
        BuiltinTable(domain: "ALS", methods: [
            "CollabFilterDataset": [alsLearner],
            "ALSLearner": learnerMethods,
        ], properties: [
            "ALSLearner": learnerProperties,
        ])
    }

    private static var alsLearner: BuiltinFunction {
        BuiltinFunction("alsLearner", [P("rank", "rank", "Int", default: .int(10)),
                                       P("regParam", "regParam", "Double", default: .double(0.1)),
                                       P("maxIter", "maxIter", "Int", default: .int(10)),
                                       P("valIdxs", "valIdxs", "[Int]"),
                                       P("engine", "engine", ".embedded, .embedded(threads:), .spark or .spark(master:)",
                                         default: .symbol("embedded", []), defaultText: ".embedded"),
                                       P("seed", "seed", "Int", default: .int(42))],
                        returns: "ALSLearner",
                        doc: "Alternating least squares with Spark MLlib's explicit-feedback formulation (ALS-WR: regParam scaled by each user's and item's rating count, no biases, Gaussian unit-length start, items then users each iteration) on the split of `valIdxs`. `engine`: `.embedded` (our LAPACK solver on 2 threads), `.spark(master:)` (a spark-submit job; `.spark` alone uses NOTEBOOK_SPARK_MASTER, else local[*]). Validation rows whose user or item has no training rating are dropped from the RMSE (coldStartStrategy \"drop\"). Spark: `ALS(rank, regParam, maxIter, seed)`.") { r, a, c in
            guard case let .host(object as CollabDatasetObject) = r else { throw BuiltinError("expected a CollabFilterDataset, got \(r.typeName)") }
            let engine = try engineChoice(a, "engine")
            let valIdxs = try indices(a, "valIdxs")
            let parameters = ALSParameters(rank: try a.int("rank"), regParam: try a.double("regParam"),
                                           maxIter: try a.int("maxIter"), seed: try a.int("seed"))
            return .host(ALSLearnerObject(try CollabBuiltins.collab(c) {
                try ALSLearner(dataset: object.dataset, valIdxs: valIdxs, parameters: parameters, engine: engine)
            }))
        }
    }

    private static var learnerMethods: [BuiltinFunction] {
        [
            BuiltinFunction("fit", returns: "Double",
                            doc: "Trains with the learner's engine and returns the validation RMSE (also `als.rmse`). Shows a table: engine, master, Spark version, threads, fit seconds, validation RMSE and rows evaluated; progress goes to stderr. A Spark failure (no Java, bad or unreachable master, job error, deadline) is an error naming the cause; the cell's timeout or Ctrl-C stops the fit, killing a Spark job. Spark: `ALS.fit` + `RegressionEvaluator(metricName=\"rmse\")`.") { r, _, c in
                let learner = try learnerOf(r)
                let rmse = try CollabBuiltins.collab(c) {
                    try learner.fit(progress: { line in ProgressOutput.write(line + "\n") },
                                    checkCancellation: { try c.checkCancellation() })
                }
                if let report = learner.report { c.display(.table(reportTable(report))) }
                return .double(rmse)
            },
            BuiltinFunction("predict", returns: "Tensor",
                            doc: "Predictions for the validation rows in file order, shape (nValid): xᵤ·yᵢ, NaN where the user or item has no training rating. Spark: `model.transform(valid)`.") { r, _, c in
                let learner = try learnerOf(r)
                return TensorConversion.wrap(Tensor(try CollabBuiltins.collab(c) { try learner.predict() }))
            },
        ]
    }

    private static var learnerProperties: [BuiltinProperty] {
        [
            BuiltinProperty("rmse", "Double?", doc: "The last fit's validation RMSE; nil before `fit()`.") { r, _ in
                try learnerOf(r).rmse.map(Value.double) ?? .none
            },
            BuiltinProperty("userFactors", "Tensor", doc: "User factors, shape (nUsers, rank), row k for the dataset's user index k (zeros for users without training ratings). Spark: `model.userFactors`.") { r, c in
                let learner = try learnerOf(r)
                let factors = try CollabBuiltins.collab(c) { () throws -> ALSFactors in
                    guard let f = learner.factors else { throw ALSError.notFitted }
                    return f
                }
                return TensorConversion.wrap(try CollabBuiltins.collab(c) { try Tensor(factors.userFactors, shape: [factors.nUsers, factors.rank]) })
            },
            BuiltinProperty("itemFactors", "Tensor", doc: "Item factors, shape (nItems, rank), row k for the dataset's item index k (zeros for items without training ratings). Spark: `model.itemFactors`.") { r, c in
                let learner = try learnerOf(r)
                let factors = try CollabBuiltins.collab(c) { () throws -> ALSFactors in
                    guard let f = learner.factors else { throw ALSError.notFitted }
                    return f
                }
                return TensorConversion.wrap(try CollabBuiltins.collab(c) { try Tensor(factors.itemFactors, shape: [factors.nItems, factors.rank]) })
            },
            BuiltinProperty("engine", "String", doc: "The engine: \"embedded (2 threads)\" or \"spark (master …)\".") { r, _ in
                .string(try learnerOf(r).engine.description)
            },
            BuiltinProperty("fitSeconds", "Double?", doc: "Wall-clock seconds of the last fit (for Spark including the JVM start and the files); nil before `fit()`.") { r, _ in
                try learnerOf(r).report.map { Value.double($0.seconds) } ?? .none
            },
            BuiltinProperty("sparkVersion", "String?", doc: "`spark.version` of the last Spark fit; nil for the embedded engine or before `fit()`.") { r, _ in
                try learnerOf(r).report?.sparkVersion.map(Value.string) ?? .none
            },
        ]
    }

    /// The one-row table a fit shows.
    static func reportTable(_ report: ALSFitReport) -> DisplayTable {
        let columns = ["engine", "master", "Spark", "threads", "rank", "regParam", "maxIter", "fit s", "valid RMSE", "rows evaluated"]
        let row = [report.engine, report.master ?? "—", report.sparkVersion ?? "—", report.threads.map(String.init) ?? "—",
                   String(report.parameters.rank), Display.formatDouble(report.parameters.regParam), String(report.parameters.maxIter),
                   String(format: "%.2f", report.seconds), String(format: "%.4f", report.rmse),
                   "\(report.evaluated) of \(report.validCount)"]
        return DisplayTable(caption: "ALS fit", columns: columns, rows: [row], totalRows: 1, totalColumns: columns.count)
    }

    private static func engineChoice(_ a: BuiltinArguments, _ name: String) throws -> ALSEngine {
        let expected = ".embedded, .embedded(threads: Int), .spark or .spark(master: String)"
        guard case let .symbol(symbol, args) = a.value(name) else { throw a.mismatch(name, expected: expected) }
        switch symbol {
        case "embedded":
            if args.isEmpty { return .embedded }
            guard args.count == 1, args[0].label == "threads", case let .int(threads) = args[0].value, threads >= 1 else {
                throw a.error(name, "expected .embedded(threads: Int) with at least 1 thread")
            }
            return .embedded(threads: threads)
        case "spark":
            if args.isEmpty { return .sparkDefault(environment: ProcessInfo.processInfo.environment) }
            guard args.count == 1, args[0].label == "master", case let .string(master) = args[0].value else {
                throw a.error(name, "expected .spark(master: String), e.g. .spark(master: \"local[2]\")")
            }
            return .spark(master: master)
        default:
            throw a.error(name, "expected \(expected), got .\(symbol)")
        }
    }

    private static func indices(_ a: BuiltinArguments, _ name: String) throws -> [Int] {
        if case let .host(t as TensorObject) = a.value(name), let idx = t.indices { return idx.values }
        return try a.array(name).map { v in
            guard case let .int(i) = v else { throw a.mismatch(name, expected: "[Int]") }
            return i
        }
    }

    private static func learnerOf(_ v: Value) throws -> ALSLearner {
        guard case let .host(h as ALSLearnerObject) = v else { throw BuiltinError("expected an ALSLearner, got \(v.typeName)") }
        return h.learner
    }
}

/// An ALS learner in a cell (`cf.alsLearner(…)`).
final class ALSLearnerObject: HostObject {
    let learner: ALSLearner
    init(_ learner: ALSLearner) { self.learner = learner }
    var typeName: String { "ALSLearner" }
    func display() -> DisplayValue {
        let p = learner.parameters
        var text = "ALSLearner(engine: \(learner.engine), rank: \(p.rank), regParam: \(p.regParam), maxIter: \(p.maxIter), "
            + "train: \(learner.split.train.count), valid: \(learner.split.valid.count)"
        if let rmse = learner.rmse { text += ", validation RMSE: \(String(format: "%.4f", rmse))" }
        return .text(text + ")")
    }
}
