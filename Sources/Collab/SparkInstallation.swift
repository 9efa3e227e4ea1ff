import Foundation

/// Where the Spark engine's pieces are: the virtualenv `make spark` creates (`.venv-spark/`, with
/// pyspark, which brings `spark-submit` and Spark's jars), its Python, Java, and the job script
/// `scripts/spark_als.py` that ships with the project.
///
/// The project folder is found from `NOTEBOOK_HOME` when set, else by walking up from the current
/// directory, then from the running executable, to the first folder holding
/// `scripts/spark_als.py`. `NOTEBOOK_SPARK_VENV` overrides the virtualenv's path.
public struct SparkInstallation: Sendable, Equatable {
    /// The project folder (holds `scripts/spark_als.py`).
    public let projectRoot: String
    /// `scripts/spark_als.py`.
    public let jobScript: String
    /// The virtualenv's Python (for `PYSPARK_PYTHON` and Spark Connect jobs).
    public let python: String
    /// The installed pyspark package folder, used as `SPARK_HOME`.
    public let sparkHome: String
    /// The `java` executable, nil when none is found (Spark Connect does not need one).
    public let java: String?

    static let fix = "run `make spark` in the project folder (it installs Java 17 and pyspark into .venv-spark/)"

    /// Finds every piece.
    /// - Throws: ``ALSError/sparkNotInstalled(what:fix:)`` naming the first missing piece.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SparkInstallation {
        let files = FileManager.default
        guard let root = projectRoot(environment: environment) else {
            throw ALSError.sparkNotInstalled(
                what: "its job script scripts/spark_als.py",
                fix: "run the notebook from the project folder or set NOTEBOOK_HOME to it")
        }
        let venv = environment["NOTEBOOK_SPARK_VENV"].flatMap { $0.isEmpty ? nil : $0 } ?? root + "/.venv-spark"
        let python = venv + "/bin/python"
        guard files.isExecutableFile(atPath: python) else {
            throw ALSError.sparkNotInstalled(what: "a Python virtualenv with pyspark at \(venv)", fix: fix)
        }
        let lib = venv + "/lib"
        let versions = ((try? files.contentsOfDirectory(atPath: lib)) ?? []).filter { $0.hasPrefix("python") }.sorted()
        guard
            let sparkHome = versions.lazy.map({ lib + "/" + $0 + "/site-packages/pyspark" })
                .first(where: { files.fileExists(atPath: $0 + "/bin/spark-submit") })
        else {
            throw ALSError.sparkNotInstalled(what: "pyspark (with bin/spark-submit) in \(venv)", fix: fix)
        }
        return SparkInstallation(
            projectRoot: root, jobScript: root + "/scripts/spark_als.py", python: python,
            sparkHome: sparkHome, java: findJava(environment: environment))
    }

    /// `spark-submit` inside the pyspark package.
    public var sparkSubmit: String { sparkHome + "/bin/spark-submit" }

    /// Throws unless Java was found.
    public func requireJava() throws -> String {
        guard let java else {
            throw ALSError.sparkNotInstalled(
                what: "Java 17 or newer, but there is no `java` on PATH and JAVA_HOME is not set",
                fix: "install it with `make spark` (Debian's openjdk-17-jre-headless)")
        }
        return java
    }

    static func projectRoot(environment: [String: String]) -> String? {
        let files = FileManager.default
        func holdsScript(_ folder: String) -> Bool { files.fileExists(atPath: folder + "/scripts/spark_als.py") }
        if let home = environment["NOTEBOOK_HOME"], !home.isEmpty {
            return holdsScript(home) ? home : nil
        }
        var starts = [files.currentDirectoryPath]
        if let exe = try? files.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append((exe as NSString).deletingLastPathComponent)
        }
        for start in starts {
            var folder = start
            while true {
                if holdsScript(folder) { return folder }
                let parent = (folder as NSString).deletingLastPathComponent
                if parent == folder || parent.isEmpty { break }
                folder = parent
            }
        }
        return nil
    }

    static func findJava(environment: [String: String]) -> String? {
        let files = FileManager.default
        if let home = environment["JAVA_HOME"], !home.isEmpty, files.isExecutableFile(atPath: home + "/bin/java") {
            return home + "/bin/java"
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = String(folder) + "/java"
            if files.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
