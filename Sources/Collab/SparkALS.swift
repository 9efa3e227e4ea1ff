import Foundation

/// The Spark engine: Spark MLlib's ALS run as a job, its factors read back in the dataset's
/// index order so every analysis on factors works on them as on the embedded engine's.
///
/// One fit: (1) check the master URL, the installation and, for `spark://` and `sc://`, that the
/// master accepts connections; (2) write the training and validation rows as `user,item,rating`
/// CSV (dataset indices) into a fresh job folder; (3) run `scripts/spark_als.py` through
/// `spark-submit` (or the virtualenv's Python for Spark Connect) under ``TimedProcess`` with a
/// start-up and a total deadline; (4) read `result.json`, `user_factors.csv` and
/// `item_factors.csv`. Results travel only through those files; the driver log is kept for
/// people, and named in errors.
///
/// Environment: `SPARK_HOME` = the installed pyspark package, `PYSPARK_PYTHON` = the virtualenv's
/// Python; local masters also get `SPARK_LOCAL_IP=127.0.0.1` and bind the driver to loopback.
/// The Spark UI is always off.
public struct SparkALS: Sendable {
    /// Knobs of a Spark run; each has an environment variable (read by ``init(environment:)``).
    public struct Options: Sendable, Equatable {
        /// Seconds the whole job may take (`NOTEBOOK_SPARK_TIMEOUT`, default 1800).
        public var timeout: Double = 1800
        /// Seconds until the Spark session is up (`NOTEBOOK_SPARK_STARTUP_TIMEOUT`, default 180).
        public var startupTimeout: Double = 180
        /// `--driver-memory` (`NOTEBOOK_SPARK_DRIVER_MEMORY`, e.g. "2g"); nil keeps Spark's default.
        public var driverMemory: String?
        /// Folder in which each job's folder is created (`NOTEBOOK_SPARK_WORKDIR`, default the
        /// system's temporary folder).
        public var workRoot: String
        /// Whether executors read the input files by path (`NOTEBOOK_SPARK_INPUT=path`, for a
        /// work folder on storage the whole cluster sees); otherwise, for non-local masters, the
        /// driver reads them and ships the rows (`upload`). Local masters always read by path.
        public var inputByPath: Bool = false
        /// Keep the job folder after a successful run (`NOTEBOOK_SPARK_KEEP=1`); failed runs keep it.
        public var keepJobFolder: Bool = false

        public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
            if let v = environment["NOTEBOOK_SPARK_TIMEOUT"].flatMap(Double.init), v > 0 { timeout = v }
            if let v = environment["NOTEBOOK_SPARK_STARTUP_TIMEOUT"].flatMap(Double.init), v > 0 { startupTimeout = v }
            driverMemory = environment["NOTEBOOK_SPARK_DRIVER_MEMORY"].flatMap { $0.isEmpty ? nil : $0 }
            workRoot =
                environment["NOTEBOOK_SPARK_WORKDIR"].flatMap { $0.isEmpty ? nil : $0 }
                ?? NSTemporaryDirectory()
            inputByPath = environment["NOTEBOOK_SPARK_INPUT"] == "path"
            keepJobFolder = environment["NOTEBOOK_SPARK_KEEP"] == "1"
        }
    }

    /// What a Spark fit gives back.
    public struct Output: Sendable {
        /// Factors in the dataset's index order (rows Spark did not return are zeros, flagged).
        public let factors: ALSFactors
        /// Spark's `RegressionEvaluator` RMSE on the validation rows (cold-start rows dropped).
        public let rmse: Double
        /// Validation rows Spark evaluated.
        public let evaluated: Int
        /// `spark.version`.
        public let sparkVersion: String
        /// Seconds of `als.fit` + collecting the factors, measured inside the job.
        public let fitSeconds: Double
        /// Wall-clock seconds of the whole job, JVM start included.
        public let jobSeconds: Double
        /// Peak resident memory of the spark-submit process (the driver JVM), bytes.
        public let peakResidentBytes: Int
    }

    public let master: SparkMaster
    public let options: Options
    private let environment: [String: String]

    /// - Throws: ``ALSError/invalidMaster(_:expected:)``.
    public init(
        master: String, options: Options = Options(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        self.master = try SparkMaster(master)
        self.options = options
        self.environment = environment
    }

    /// Trains on `train`, evaluates on `valid`.
    /// - Throws: ``ALSError/invalidParameter(name:value:expected:)``, ``ALSError/noTrainingData``,
    ///   ``ALSError/sparkNotInstalled(what:fix:)``, ``ALSError/sparkUnreachable(master:cause:)``,
    ///   ``ALSError/sparkTimeout(master:seconds:phase:log:)``,
    ///   ``ALSError/sparkJobFailed(master:cause:log:)``, ``ALSError/sparkBadResult(file:problem:)``,
    ///   ``ALSError/io(path:problem:)``.
    /// - Parameters:
    ///   - progress: told when the job starts and when its Spark session is up (called from
    ///     this thread).
    ///   - checkCancellation: polled while the job runs; when it throws, the job is stopped
    ///     (its whole process group) and the error is rethrown.
    public func train(
        _ train: RatingRows, valid: RatingRows, nUsers: Int, nItems: Int,
        parameters: ALSParameters, progress: ((String) -> Void)? = nil,
        checkCancellation: () throws -> Void = {}
    ) throws -> Output {
        try parameters.validate()
        guard train.count > 0 else { throw ALSError.noTrainingData }
        let installation = try SparkInstallation.locate(environment: environment)
        if !master.isConnect { _ = try installation.requireJava() }
        if master.kind == .yarn, (environment["HADOOP_CONF_DIR"] ?? "").isEmpty, (environment["YARN_CONF_DIR"] ?? "").isEmpty {
            throw ALSError.sparkNotInstalled(
                what: "HADOOP_CONF_DIR or YARN_CONF_DIR to find YARN for master yarn",
                fix: "export HADOOP_CONF_DIR=/path/to/hadoop/conf (see docs/scale-out.md)")
        }
        try checkReachable()

        let folder = try makeJobFolder()
        let log = folder + "/driver.log"
        let trainPath = folder + "/train.csv", validPath = folder + "/valid.csv"
        try Self.writeRows(train, to: trainPath)
        try Self.writeRows(valid, to: validPath)
        let out = folder + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)

        let process = makeProcess(
            installation: installation, parameters: parameters,
            trainPath: trainPath, validPath: validPath, out: out, log: log)
        let startedFile = out + "/started.json"
        let started = TimedProcess.Phase(name: "start", seconds: options.startupTimeout) {
            FileManager.default.fileExists(atPath: startedFile)
        }
        progress?("Spark: job started (driver log \(log))")
        let run: TimedProcess.Result
        do {
            run = try process.run(
                phases: [started], total: options.timeout,
                phaseDone: { phase, seconds in
                    if phase == "start" { progress?("Spark: session up after \(String(format: "%.1f", seconds)) s; fitting ALS") }
                }, checkCancellation: checkCancellation)
        } catch {
            // Stopped on request (a cell's timeout, Ctrl-C): nothing to keep.
            try? FileManager.default.removeItem(atPath: folder)
            throw error
        }
        switch run.outcome {
        case .timedOut(let phase):
            throw ALSError.sparkTimeout(
                master: master.url, seconds: phase == "start" ? options.startupTimeout : options.timeout,
                phase: phase, log: log)
        case .signalled(let signal):
            throw ALSError.sparkJobFailed(master: master.url, cause: "the job was killed by signal \(signal)", log: log)
        case .exited(let status) where status != 0:
            throw ALSError.sparkJobFailed(master: master.url, cause: failureCause(out: out, log: log, status: status), log: log)
        case .exited:
            break
        }
        let output = try readOutput(
            out: out, nUsers: nUsers, nItems: nItems, rank: parameters.rank,
            jobSeconds: run.seconds, peak: run.peakResidentBytes)
        if !options.keepJobFolder { try? FileManager.default.removeItem(atPath: folder) }
        return output
    }

    // MARK: - Steps

    private func checkReachable() throws {
        let endpoints: [SparkMaster.Endpoint]
        switch master.kind {
        case .standalone(let list): endpoints = list
        case .connect(let endpoint): endpoints = [endpoint]
        default: return
        }
        var causes: [String] = []
        for endpoint in endpoints {
            if let cause = TCPProbe.problem(host: endpoint.host, port: endpoint.port, timeout: 5) {
                causes.append("\(endpoint.host):\(endpoint.port) \(cause)")
            } else {
                return
            }
        }
        throw ALSError.sparkUnreachable(master: master.url, cause: causes.joined(separator: "; "))
    }

    private func makeJobFolder() throws -> String {
        let root = options.workRoot.hasSuffix("/") ? String(options.workRoot.dropLast()) : options.workRoot
        var template = Array((root + "/notebook-spark-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return mkdtemp(base) != nil
        }
        guard made else {
            throw ALSError.io(path: root, problem: "cannot create a job folder here (set NOTEBOOK_SPARK_WORKDIR to a writable folder)")
        }
        return String(decoding: template.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func makeProcess(
        installation: SparkInstallation, parameters: ALSParameters, trainPath: String,
        validPath: String, out: String, log: String
    ) -> TimedProcess {
        var env = environment
        env["SPARK_HOME"] = installation.sparkHome
        env["PYSPARK_PYTHON"] = installation.python
        env["PYSPARK_DRIVER_PYTHON"] = installation.python
        env["PATH"] = (installation.python as NSString).deletingLastPathComponent + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        if let java = installation.java, env["JAVA_HOME"] == nil {
            // /usr/lib/jvm/x/bin/java → /usr/lib/jvm/x (resolving Debian's alternatives link).
            let real =
                (try? FileManager.default.destinationOfSymbolicLink(atPath: java)).map {
                    $0.hasPrefix("/") ? $0 : ((java as NSString).deletingLastPathComponent as NSString).appendingPathComponent($0)
                } ?? java
            let resolved = URL(fileURLWithPath: real).resolvingSymlinksInPath().path
            env["JAVA_HOME"] = ((resolved as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        }
        let upload = !master.isLocal && !options.inputByPath
        var jobArguments = [
            installation.jobScript, "--master", master.url, "--train", trainPath, "--valid", validPath,
            "--out", out, "--rank", "\(parameters.rank)", "--reg-param", "\(parameters.regParam)",
            "--max-iter", "\(parameters.maxIter)", "--seed", "\(parameters.seed)",
        ]
        if upload || master.isConnect { jobArguments.append("--upload") }
        if master.isConnect {
            return TimedProcess(executable: installation.python, arguments: jobArguments, environment: env, logPath: log)
        }
        var submit = ["--master", master.url, "--conf", "spark.ui.enabled=false", "--conf", "spark.log.level=WARN"]
        if master.isLocal {
            env["SPARK_LOCAL_IP"] = "127.0.0.1"
            submit += [
                "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.sql.shuffle.partitions=4",
            ]
        }
        if let memory = options.driverMemory { submit += ["--driver-memory", memory] }
        return TimedProcess(
            executable: installation.sparkSubmit, arguments: submit + jobArguments,
            environment: env, logPath: log)
    }

    /// The job's own report (error.json), else the exit status and the log's last error line.
    private func failureCause(out: String, log: String, status: Int32) -> String {
        struct JobError: Decodable { let cause: String }
        if let data = FileManager.default.contents(atPath: out + "/error.json"),
            let error = try? JSONDecoder().decode(JobError.self, from: data)
        {
            return error.cause
        }
        // No report from the job (it never reached Python): the log's last lines, for people.
        let lines = ((try? String(contentsOfFile: log, encoding: .utf8))?.split(separator: "\n") ?? [])
            .map { String($0).trimmedWhitespace() }.filter { !$0.isEmpty }
        let tail = lines.suffix(3).joined(separator: " | ")
        return "spark-submit exited with status \(status)" + (tail.isEmpty ? "" : ": \(tail.prefix(600))")
    }

    private func readOutput(
        out: String, nUsers: Int, nItems: Int, rank: Int, jobSeconds: Double,
        peak: Int
    ) throws -> Output {
        struct JobResult: Decodable {
            let rmse: Double?
            let evaluated: Int
            let sparkVersion: String
            let fitSeconds: Double
        }
        let resultPath = out + "/result.json"
        guard let data = FileManager.default.contents(atPath: resultPath) else {
            throw ALSError.sparkBadResult(file: resultPath, problem: "the file is missing although the job exited with status 0")
        }
        let result: JobResult
        do {
            result = try JSONDecoder().decode(JobResult.self, from: data)
        } catch {
            throw ALSError.sparkBadResult(file: resultPath, problem: "\(error)")
        }
        let (users, userSeen) = try Self.readFactors(out + "/user_factors.csv", count: nUsers, rank: rank)
        let (items, itemSeen) = try Self.readFactors(out + "/item_factors.csv", count: nItems, rank: rank)
        let factors = try ALSFactors(
            rank: rank, nUsers: nUsers, nItems: nItems, userFactors: users, itemFactors: items,
            userHasFactor: userSeen, itemHasFactor: itemSeen)
        return Output(
            factors: factors, rmse: result.rmse ?? .nan, evaluated: result.evaluated,
            sparkVersion: result.sparkVersion, fitSeconds: result.fitSeconds, jobSeconds: jobSeconds,
            peakResidentBytes: peak)
    }

    // MARK: - Files

    /// Writes `user,item,rating` lines (indices, the rating's shortest Float text).
    static func writeRows(_ rows: RatingRows, to path: String) throws {
        guard let file = fopen(path, "w") else {
            throw ALSError.io(path: path, problem: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        defer { fclose(file) }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 20)
        for n in 0..<rows.count {
            buffer.append(contentsOf: "\(rows.userIdx[n]),\(rows.itemIdx[n]),\(rows.ratings[n])\n".utf8)
            if buffer.count >= 1 << 20 {
                guard fwrite(buffer, 1, buffer.count, file) == buffer.count else {
                    throw ALSError.io(path: path, problem: "cannot write: \(String(cString: strerror(errno)))")
                }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        guard fwrite(buffer, 1, buffer.count, file) == buffer.count else {
            throw ALSError.io(path: path, problem: "cannot write: \(String(cString: strerror(errno)))")
        }
    }

    /// Reads `id,f0,…,f{R-1}` lines into a (count × R) table; ids never listed stay zero rows.
    static func readFactors(_ path: String, count: Int, rank: Int) throws -> ([Float], [Bool]) {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ALSError.sparkBadResult(file: path, problem: "the file is missing or not UTF-8")
        }
        var table = [Float](repeating: 0, count: count * rank)
        var seen = [Bool](repeating: false, count: count)
        for (number, line) in text.split(separator: "\n").enumerated() {
            let fields = line.split(separator: ",")
            guard fields.count == rank + 1, let id = Int(fields[0]), id >= 0, id < count else {
                throw ALSError.sparkBadResult(file: path, problem: "line \(number + 1): expected an id in 0..<\(count) and \(rank) factors")
            }
            guard !seen[id] else { throw ALSError.sparkBadResult(file: path, problem: "line \(number + 1): id \(id) appears twice") }
            seen[id] = true
            for k in 0..<rank {
                guard let value = Double(fields[k + 1]) else {
                    throw ALSError.sparkBadResult(file: path, problem: "line \(number + 1): '\(fields[k + 1])' is not a number")
                }
                table[id * rank + k] = Float(value)
            }
        }
        return (table, seen)
    }
}
