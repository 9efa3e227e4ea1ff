import Foundation
import Frames
import Tensors
import TestSupport
import Testing

@testable import Collab

/// The tiny problem of golden/numpy_als.py: 5 users (user 4 unrated), 4 items, 10 ratings.
private func tinyRows() -> RatingRows {
    let users: [Int32] = [0, 0, 0, 1, 1, 2, 2, 3, 3, 3]
    let items: [Int32] = [0, 1, 2, 0, 2, 1, 2, 0, 1, 3]
    let ratings: [Float] = [5, 3, 1, 4, 1, 2, 5, 1, 4, 3.5]
    return RatingRows(rows: Array(0..<10), userIdx: users, itemIdx: items, ratings: ratings)
}

@Test func tinyProblemMatchesNumpy() throws {
    let initial: [Float] = [0.6, 0.8, 1.0, 0.0, 0.0, 1.0, -0.6, 0.8, 0.8, 0.6]
    let factors = try EmbeddedALS(threads: 2).train(
        tinyRows(), nUsers: 5, nItems: 4, parameters: ALSParameters(rank: 2, regParam: 0.1, maxIter: 3),
        initialUserFactors: initial)
    // golden/numpy_als.py (float64).
    let users: [Float] = [
        0.5680836853434329, 1.2661569798268637, 0.428524949664672, 1.095245165071287,
        2.4965886555215238, 1.2719856719644187, -0.8255828314814767, 1.1659966747218056, 0, 0,
    ]
    let items: [Float] = [
        2.39743097791731, 2.6294124808976926, -0.6162733852478136, 2.736859949531618,
        1.7184805197019783, 0.31332295612937194, -1.2961140119878924, 2.179873548388027,
    ]
    for (got, want) in zip(factors.userFactors, users) { #expect(abs(got - want) < 1e-4) }
    for (got, want) in zip(factors.itemFactors, items) { #expect(abs(got - want) < 1e-4) }
    #expect(factors.userHasFactor == [true, true, true, true, false])
    #expect(factors.itemHasFactor == [true, true, true, true])
    let (rmse, evaluated) = factors.rmse(on: tinyRows())
    #expect(evaluated == 10)
    #expect(abs(rmse - 0.21743450655346191) < 1e-4)
    // The unrated user is cold: NaN prediction, dropped from an RMSE.
    #expect(factors.predict(user: 4, item: 0).isNaN)
    let cold = RatingRows(rows: [0, 1], userIdx: [4, 0], itemIdx: [0, 0], ratings: [3, 5])
    let (coldRMSE, coldEvaluated) = factors.rmse(on: cold)
    #expect(coldEvaluated == 1)
    #expect(abs(coldRMSE - abs(Double(factors.predict(user: 0, item: 0)) - 5)) < 1e-6)
}

@Test func oneThreadAndTwoThreadsAgree() throws {
    let parameters = ALSParameters(rank: 3, regParam: 0.05, maxIter: 4, seed: 7)
    let one = try EmbeddedALS(threads: 1).train(tinyRows(), nUsers: 5, nItems: 4, parameters: parameters)
    let two = try EmbeddedALS(threads: 2).train(tinyRows(), nUsers: 5, nItems: 4, parameters: parameters)
    #expect(one == two)
}

@Test func rejectsBadParametersAndIndices() {
    #expect(throws: ALSError.invalidParameter(name: "rank", value: "0", expected: "an integer in 1...1000")) {
        try EmbeddedALS().train(tinyRows(), nUsers: 5, nItems: 4, parameters: ALSParameters(rank: 0))
    }
    #expect(throws: ALSError.invalidParameter(name: "item index", value: "3", expected: "in 0..<3")) {
        try EmbeddedALS().train(tinyRows(), nUsers: 5, nItems: 3, parameters: ALSParameters())
    }
    #expect(throws: ALSError.noTrainingData) {
        try EmbeddedALS().train(
            RatingRows(rows: [], userIdx: [], itemIdx: [], ratings: []),
            nUsers: 1, nItems: 1, parameters: ALSParameters())
    }
}

@Test func initialFactorsAreSeededUnitRows() {
    let a = RandomGenerator(seed: 42), b = RandomGenerator(seed: 42), c = RandomGenerator(seed: 43)
    let rows = a.unitRows(count: 50, rank: 7)
    #expect(rows == b.unitRows(count: 50, rank: 7))
    #expect(rows != c.unitRows(count: 50, rank: 7))
    for r in 0..<50 {
        let norm = (0..<7).map { Double(rows[r * 7 + $0]) * Double(rows[r * 7 + $0]) }.reduce(0, +)
        #expect(abs(norm - 1) < 1e-5)
    }
}

@Test func balancedRangesSplitByRatings() {
    // Entities with 4, 0, 1, 1, 2 ratings → offsets.
    let start = [0, 4, 4, 5, 6, 8]
    #expect(EmbeddedALS.balancedRanges(start, parts: 2) == [0..<2, 2..<5])
    #expect(EmbeddedALS.balancedRanges(start, parts: 1) == [0..<5])
    #expect(EmbeddedALS.balancedRanges([0], parts: 2) == [])
}

@Test func sparkMasterURLs() throws {
    #expect(try SparkMaster("local[2]").isLocal)
    #expect(try SparkMaster("local[*]").isLocal)
    #expect(try SparkMaster("local[4,2]").isLocal)
    #expect(
        try SparkMaster("spark://h1:7077,h2:7077").kind
            == .standalone(endpoints: [
                .init(host: "h1", port: 7077), .init(host: "h2", port: 7077),
            ]))
    #expect(try SparkMaster("sc://localhost").kind == .connect(.init(host: "localhost", port: 15002)))
    #expect(try SparkMaster("sc://10.0.0.5:15003/;token=abc").kind == .connect(.init(host: "10.0.0.5", port: 15003)))
    #expect(try SparkMaster("yarn").kind == .yarn)
    #expect(try SparkMaster("k8s://https://api:6443").kind == .kubernetes(apiServer: "https://api:6443"))
    for bad in ["", "local[0]", "local[x]", "spark://", "spark://host", "spark://host:99999", "mesos://m:5050", "lokal"] {
        #expect(throws: ALSError.invalidMaster(bad, expected: SparkMaster.expectedForms)) { try SparkMaster(bad) }
    }
    #expect(SparkMaster.defaultURL(environment: [:]) == "local[*]")
    #expect(SparkMaster.defaultURL(environment: ["NOTEBOOK_SPARK_MASTER": " spark://m:7077 "]) == "spark://m:7077")
    #expect(SparkMaster.defaultURL(environment: ["NOTEBOOK_SPARK_MASTER": ""]) == "local[*]")
}

@Test func timedProcessReportsStatusAndStopsAtTheDeadline() throws {
    let log = NSTemporaryDirectory() + "/als-timed-\(getpid()).log"
    defer { try? FileManager.default.removeItem(atPath: log) }
    let exit3 = try TimedProcess(
        executable: "/bin/sh", arguments: ["-c", "echo hi; exit 3"], environment: [:],
        logPath: log
    ).run(total: 30)
    #expect(exit3.outcome == .exited(3))
    #expect(try String(contentsOfFile: log, encoding: .utf8) == "hi\n")
    // A child that would sleep 60 s and has a grandchild: both stopped at the 0.5 s deadline.
    let marker = log + ".grandchild"
    let slow = try TimedProcess(
        executable: "/bin/sh",
        arguments: ["-c", "(sleep 3; touch \(marker)) & sleep 60"],
        environment: [:], logPath: log
    )
    .run(phases: [.init(name: "start", seconds: 0.5, isDone: { false })], total: 60)
    #expect(slow.outcome == .timedOut(phase: "start"))
    sleep(4)
    #expect(!FileManager.default.fileExists(atPath: marker))
}

@Test func rowsFileAndFactorTables() throws {
    let folder = NSTemporaryDirectory() + "/als-files-\(getpid())"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try SparkALS.writeRows(tinyRows(), to: folder + "/rows.csv")
    let text = try String(contentsOfFile: folder + "/rows.csv", encoding: .utf8)
    #expect(text.hasPrefix("0,0,5.0\n0,1,3.0\n"))
    #expect(text.hasSuffix("3,3,3.5\n"))
    try "2,0.5,-1.25\n0,1.0,2.0\n".write(toFile: folder + "/f.csv", atomically: true, encoding: .utf8)
    let (table, seen) = try SparkALS.readFactors(folder + "/f.csv", count: 3, rank: 2)
    #expect(table == [1, 2, 0, 0, 0.5, -1.25])
    #expect(seen == [true, false, true])
    try "5,0.5,1\n".write(toFile: folder + "/bad.csv", atomically: true, encoding: .utf8)
    #expect(throws: ALSError.sparkBadResult(file: folder + "/bad.csv", problem: "line 1: expected an id in 0..<3 and 2 factors")) {
        try SparkALS.readFactors(folder + "/bad.csv", count: 3, rank: 2)
    }
}

@Test func syntheticRatingsAreSeededAndFollowThePlantedModel() throws {
    var spec = SyntheticRatings()
    spec.users = 300
    spec.items = 200
    spec.count = 50_000
    spec.rank = 4
    spec.noise = 0.5
    let a = try spec.generate()
    let b = try spec.generate()
    #expect(a == b)
    spec.seed += 1
    #expect(try spec.generate() != a)
    #expect(a.train.count + a.valid.count == 50_000)
    // 20 % validation by a per-rating draw: 10,000 expected, σ ≈ 89.
    #expect(abs(a.valid.count - 10_000) < 450)
    #expect(a.train.rows.allSatisfy { $0 >= 0 && $0 < 50_000 } && a.train.userIdx.allSatisfy { $0 >= 0 && $0 < 300 })
    // Ratings = 3 + u·v + noise with Var(u·v) = 1 and noise 0.5: mean ≈ 3, variance ≈ 1.25.
    let r = a.train.ratings.map(Double.init)
    let mean = r.reduce(0, +) / Double(r.count)
    let variance = r.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(r.count)
    #expect(abs(mean - 3) < 0.1)
    #expect(abs(variance - 1.25) < 0.15)
    // ALS recovers the planted model: validation RMSE near the noise (0.5), far below the spread.
    let factors = try EmbeddedALS().train(
        a.train, nUsers: 300, nItems: 200,
        parameters: ALSParameters(rank: 5, regParam: 0.05, maxIter: 10))
    let (rmse, _) = factors.rmse(on: a.valid)
    #expect(rmse > 0.45 && rmse < 0.55, "rmse \(rmse)")
    #expect(throws: ALSError.self) {
        var bad = SyntheticRatings()
        bad.validFraction = 2
        _ = try bad.generate()
    }
}

/// The environment of a Spark run from this repository, without any YARN configuration.
private let noYarnEnvironment: [String: String] = {
    var env = ProcessInfo.processInfo.environment
    env["NOTEBOOK_HOME"] = Repository.root.path
    env["HADOOP_CONF_DIR"] = nil
    env["YARN_CONF_DIR"] = nil
    return env
}()

@Test(
    .enabled(
        if: Repository.noSkips
            || ((try? SparkInstallation.locate(environment: noYarnEnvironment)) != nil
                && SparkInstallation.findJava(environment: noYarnEnvironment) != nil),
        "needs Spark and Java (make spark)"))
func yarnNeedsItsConfiguration() throws {
    let env = noYarnEnvironment
    let yarn = try SparkALS(master: "yarn", environment: env)
    let rows = RatingRows(rows: [0], userIdx: [0], itemIdx: [0], ratings: [1])
    #expect(
        throws: ALSError.sparkNotInstalled(
            what: "HADOOP_CONF_DIR or YARN_CONF_DIR to find YARN for master yarn",
            fix: "export HADOOP_CONF_DIR=/path/to/hadoop/conf (see docs/scale-out.md)")
    ) {
        try yarn.train(rows, valid: rows, nUsers: 1, nItems: 1, parameters: ALSParameters(rank: 1))
    }
}

private struct Cancelled: Error, Equatable {}

@Test func cancellationStopsAFitAndItsProcessGroup() throws {
    // Embedded: the check runs before every half-step; the third call throws (in iteration 2).
    var calls = 0
    #expect(throws: Cancelled()) {
        try EmbeddedALS().train(
            tinyRows(), nUsers: 5, nItems: 4, parameters: ALSParameters(rank: 2, maxIter: 5),
            checkCancellation: {
                calls += 1
                if calls == 3 { throw Cancelled() }
            })
    }
    #expect(calls == 3)
    // A child (and its grandchild) stopped when the check throws, long before its deadline.
    let log = NSTemporaryDirectory() + "/als-cancel-\(getpid()).log"
    let marker = log + ".grandchild"
    defer { try? FileManager.default.removeItem(atPath: log) }
    let started = TimedProcess.now()
    #expect(throws: Cancelled()) {
        try TimedProcess(
            executable: "/bin/sh", arguments: ["-c", "(sleep 3; touch \(marker)) & sleep 60"],
            environment: [:], logPath: log
        )
        .run(total: 60, checkCancellation: { if TimedProcess.now() - started > 0.3 { throw Cancelled() } })
    }
    sleep(4)
    #expect(!FileManager.default.fileExists(atPath: marker))
}
