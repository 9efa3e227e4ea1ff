import Foundation

/// Paths and switches shared by the test targets.
public enum Repository {
    /// The repository root, found from this file's path (Tests/TestSupport/Repository.swift).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// MovieLens 100K's ratings as `make data` writes them (never committed: licence); nil when absent.
    public static var movieLens100K: String? {
        let path = root.appendingPathComponent("data/ml-100k/ratings.csv").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The Spark environment `make spark` installs (git-ignored `.venv-spark/`); false when absent.
    public static var hasSparkVirtualenv: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(".venv-spark/bin/python").path)
    }

    /// `make test` installs the data and Spark first and then sets NOTEBOOK_NO_SKIP=1: a test that
    /// needs them runs (and fails if they are missing) instead of being skipped, so CI never skips.
    /// Use as `.enabled(if: Repository.movieLens100K != nil || Repository.noSkips, "…")`.
    public static var noSkips: Bool { ProcessInfo.processInfo.environment["NOTEBOOK_NO_SKIP"] == "1" }
}

/// A fresh temporary folder for one test.
public func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("notebook-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
