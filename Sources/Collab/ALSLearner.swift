import Foundation

/// Alternating least squares as a learner: a dataset, its validation split, hyper-parameters and
/// an engine (``ALSEngine``). The engine is one parameter: data, split, factors, RMSE and
/// predictions are the same for both, so every analysis on factors (top and bottom movies, PCA,
/// scatter plots) works whichever engine trained them.
///
/// Validation rows whose user or item has no training rating are left out of the RMSE (Spark's
/// `coldStartStrategy="drop"`; Spark's default "nan" would make the RMSE NaN) and are predicted
/// as NaN by ``predict()``.
public final class ALSLearner {
    /// Training and validation rows (fastai's split, original row order).
    public let split: CollabSplit
    public let nUsers: Int
    public let nItems: Int
    public let parameters: ALSParameters
    public let engine: ALSEngine
    /// The Spark engine's options (ignored by the embedded engine).
    public var sparkOptions: SparkALS.Options

    /// The last fit's factors; nil before ``fit(progress:checkCancellation:)``.
    public private(set) var factors: ALSFactors?
    /// The last fit's validation RMSE.
    public private(set) var rmse: Double?
    /// The last fit's facts.
    public private(set) var report: ALSFitReport?

    /// - Parameters:
    ///   - valIdxs: validation row positions (e.g. `cvIdxs(dataset.count)`).
    /// - Throws: the split's ``CollabError``s; ``ALSError/invalidParameter(name:value:expected:)``;
    ///   ``ALSError/invalidMaster(_:expected:)`` for a malformed Spark master.
    public init(
        dataset: CollabFilterDataset, valIdxs: [Int], parameters: ALSParameters = ALSParameters(),
        engine: ALSEngine = .embedded, sparkOptions: SparkALS.Options = SparkALS.Options()
    ) throws {
        try parameters.validate()
        if case .spark(let master) = engine { _ = try SparkMaster(master) }
        if case .embedded(let threads) = engine, threads < 1 {
            throw ALSError.invalidParameter(name: "threads", value: "\(threads)", expected: "at least 1")
        }
        self.split = try dataset.split(valIdxs: valIdxs)
        self.nUsers = dataset.nUsers
        self.nItems = dataset.nItems
        self.parameters = parameters
        self.engine = engine
        self.sparkOptions = sparkOptions
    }

    /// Trains with the chosen engine and returns the validation RMSE (also kept in ``rmse``).
    /// - Parameters:
    ///   - progress: told when the fit starts (engine and master), Spark's steps, and the end.
    ///   - checkCancellation: polled during the fit (between half-steps; every 20 ms while a
    ///     Spark job runs); when it throws, the fit stops (a Spark job is killed) and the error
    ///     is rethrown. The learner keeps its previous factors.
    /// - Throws: ``ALSError`` (for Spark: not installed, unreachable, timed out, job failed).
    @discardableResult
    public func fit(progress: ((String) -> Void)? = nil, checkCancellation: () throws -> Void = {}) throws -> Double {
        let start = TimedProcess.now()
        let fitted: ALSFitReport
        switch engine {
        case .embedded(let threads):
            progress?("ALS: embedded engine, \(threads) thread\(threads == 1 ? "" : "s"), rank \(parameters.rank), \(parameters.maxIter) iterations")
            let trained = try EmbeddedALS(threads: threads).train(
                split.train, nUsers: nUsers, nItems: nItems,
                parameters: parameters, checkCancellation: checkCancellation)
            let seconds = TimedProcess.now() - start
            let (value, evaluated) = trained.rmse(on: split.valid)
            factors = trained
            fitted = ALSFitReport(
                engine: "embedded", master: nil, sparkVersion: nil, threads: threads,
                seconds: seconds, rmse: value, evaluated: evaluated, validCount: split.valid.count,
                parameters: parameters)
        case .spark(let master):
            progress?("ALS: Spark engine, master \(master), rank \(parameters.rank), \(parameters.maxIter) iterations")
            let spark = try SparkALS(master: master, options: sparkOptions)
            let output = try spark.train(
                split.train, valid: split.valid, nUsers: nUsers, nItems: nItems,
                parameters: parameters, progress: progress, checkCancellation: checkCancellation)
            factors = output.factors
            fitted = ALSFitReport(
                engine: "spark", master: master, sparkVersion: output.sparkVersion, threads: nil,
                seconds: TimedProcess.now() - start, rmse: output.rmse, evaluated: output.evaluated,
                validCount: split.valid.count, parameters: parameters,
                sparkFitSeconds: output.fitSeconds)
        }
        rmse = fitted.rmse
        report = fitted
        progress?(fitted.description)
        return fitted.rmse
    }

    /// Predictions for the validation rows, in their order (NaN for cold-start rows), shape (V).
    /// - Throws: ``ALSError/notFitted``.
    public func predict() throws -> [Float] {
        guard let factors else { throw ALSError.notFitted }
        return factors.predictions(for: split.valid)
    }
}

/// What one ALS fit did, for the cell's report.
public struct ALSFitReport: Sendable, Equatable, CustomStringConvertible {
    /// "embedded" or "spark".
    public let engine: String
    /// The Spark master URL (Spark only).
    public let master: String?
    /// `spark.version` (Spark only).
    public let sparkVersion: String?
    /// Worker threads (embedded only).
    public let threads: Int?
    /// Wall-clock seconds of the fit as the notebook saw it (for Spark: JVM start, file writing
    /// and reading included).
    public let seconds: Double
    /// Validation RMSE (cold-start rows dropped).
    public let rmse: Double
    /// Validation rows evaluated.
    public let evaluated: Int
    /// All validation rows.
    public let validCount: Int
    public let parameters: ALSParameters
    /// Seconds Spark spent in `als.fit` + collecting factors (Spark only).
    public var sparkFitSeconds: Double? = nil

    public var description: String {
        var parts = ["engine \(engine)"]
        if let master { parts.append("master \(master)") }
        if let sparkVersion { parts.append("Spark \(sparkVersion)") }
        if let threads { parts.append("\(threads) thread\(threads == 1 ? "" : "s")") }
        parts.append("rank \(parameters.rank), regParam \(parameters.regParam), maxIter \(parameters.maxIter)")
        var time = "fit \(String(format: "%.2f", seconds)) s"
        if let sparkFitSeconds { time += " (Spark ALS \(String(format: "%.2f", sparkFitSeconds)) s)" }
        parts.append(time)
        var rmseText = "validation RMSE \(String(format: "%.4f", rmse))"
        if evaluated < validCount { rmseText += " on \(evaluated) of \(validCount) rows (\(validCount - evaluated) cold-start rows dropped)" }
        parts.append(rmseText)
        return parts.joined(separator: " · ")
    }
}
