import CellLanguage
@testable import CellRuntime
import Foundation
import Collab
import Testing

/// ALS builtins in cells (`cf.alsLearner`), on a small CSV in a temporary folder: the embedded
/// engine end to end, and the errors a cell gets for bad engines and unreachable masters.
@Suite struct ALSBuiltinsTests {
    /// `tiny.csv`: the 10 ratings of Tests/CollabTests/golden/numpy_als.py with raw ids 100+u and
    /// 500+i, then one rating (row 10) of an item only validation sees.
    static let folder: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("als-builtins-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let rows = [(0, 0, 5.0), (0, 1, 3), (0, 2, 1), (1, 0, 4), (1, 2, 1), (2, 1, 2), (2, 2, 5), (3, 0, 1), (3, 1, 4), (3, 3, 3.5),
                    (1, 4, 2)]
        let text = "userId,movieId,rating\n" + rows.map { "\(100 + $0.0),\(500 + $0.1),\($0.2)\n" }.joined()
        try? text.write(to: dir.appendingPathComponent("tiny.csv"), atomically: true, encoding: .utf8)
        return dir.path
    }()

    func runCells(_ cells: [String]) -> [CellRunResult] {
        let session = Session(baseDirectory: URL(fileURLWithPath: Self.folder), seed: 42)
        return cells.map { source in
            let parsed = CellParser.parse(source)
            if !parsed.errors.isEmpty { Issue.record("does not parse: \(parsed.errors)") }
            return session.run(parsed.statements)
        }
    }

    func printed(_ r: CellRunResult) -> String {
        r.outputs.compactMap { if case let .stream(s) = $0 { return s } else { return nil } }.joined()
    }

    @Test func embeddedEngineInCells() throws {
        let results = runCells([
            """
            let cf = CollabFilterDataset.fromCSV("tiny.csv")
            let als = cf.alsLearner(rank: 2, regParam: 0.1, maxIter: 3, valIdxs: [3, 10])
            print(als.rmse == nil, als.engine)
            """,
            "let fitted = als.fit()\nprint(fitted)",
            """
            print(als.userFactors.shape, als.itemFactors.shape, als.rmse! > 0)
            let p = als.predict()
            print(p.shape, p[1] != p[1])
            """,
        ])
        #expect(results.allSatisfy { $0.error == nil }, "\(results.map { $0.error?.message ?? "" })")
        #expect(printed(results[0]) == "true embedded (2 threads)\n")
        // The fit's report table, and its value: the RMSE over the one validation row with a
        // trained user and item (row 3: user 101, item 500; row 10's item 504 is cold).
        let tables = results[1].outputs.compactMap { if case let .display(.table(t)) = $0 { return t } else { return nil } }
        #expect(tables.first?.rows.first?[0] == "embedded")
        #expect(tables.first?.rows.first?[9] == "1 of 2")
        #expect(printed(results[2]) == "[4, 2] [5, 2] true\n[2] true\n")
        // Same numbers as the Collab layer on the same split.
        let data = try CollabFilterDataset.fromCSV(path: Self.folder + "/tiny.csv")
        let learner = try ALSLearner(dataset: data, valIdxs: [3, 10], parameters: ALSParameters(rank: 2, regParam: 0.1, maxIter: 3))
        let expected = try learner.fit()
        #expect(printed(results[1]) == "\(expected)\n")
    }

    @Test func badEnginesAndUnfittedLearnersAreClearErrors() {
        let results = runCells([
            "let cf = CollabFilterDataset.fromCSV(\"tiny.csv\")",
            "cf.alsLearner(valIdxs: [0], engine: .spark(master: \"bogus\"))",
            "cf.alsLearner(valIdxs: [0], engine: .embedded(threads: 0))",
            "cf.alsLearner(valIdxs: [0], engine: .gpu)",
            "cf.alsLearner(rank: 0, valIdxs: [0])",
            "cf.alsLearner(valIdxs: [0]).userFactors",
            "cf.alsLearner(valIdxs: [0], engine: .spark(master: \"spark://127.0.0.1:1\")).fit()",
        ])
        let messages = results.map { $0.error?.message ?? "no error" }
        #expect(messages[0] == "no error")
        #expect(messages[1] == "expected a Spark master URL (\(SparkMaster.expectedForms)), got 'bogus'")
        #expect(messages[2].contains("expected .embedded(threads: Int) with at least 1 thread"))
        #expect(messages[3].contains("expected .embedded, .embedded(threads: Int), .spark or .spark(master: String), got .gpu"))
        #expect(messages[4] == "expected rank to be an integer in 1...1000, got 0")
        #expect(messages[5] == "expected a fitted ALS learner: call fit() first")
        #expect(messages[6].hasPrefix("cannot reach the Spark master spark://127.0.0.1:1: 127.0.0.1:1 "))
    }

    static let sparkReady = FileManager.default.fileExists(
        atPath: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".venv-spark/bin/python").path)

    /// A cell's timeout stops a Spark fit (the job is killed), as it stops `learn.fit`.
    @Test(.enabled(if: sparkReady, "needs `make spark`"))
    func aCellTimeoutStopsASparkFit() {
        let session = Session(baseDirectory: URL(fileURLWithPath: Self.folder), seed: 42)
        let setup = CellParser.parse("let cf = CollabFilterDataset.fromCSV(\"tiny.csv\")\nlet als = cf.alsLearner(rank: 2, valIdxs: [3], engine: .spark(master: \"local[1]\"))")
        #expect(session.run(setup.statements).error == nil)
        let fit = session.run(CellParser.parse("als.fit()").statements, timeout: 1)
        #expect(fit.error?.message == "cell exceeded its timeout of 1 s")
        let after = session.run(CellParser.parse("als.rmse == nil").statements)
        #expect(after.error == nil)
    }
}
