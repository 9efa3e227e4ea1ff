import Foundation

/// Paths to the small hand-made CSV files beside the tests.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    /// MovieLens 100K as CSV (`scripts/` fetches it into `data/ml-100k/`; not in the repo for
    /// licence reasons). nil when absent, so tests using it skip.
    static var ml100k: String? {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let path = packageRoot.appendingPathComponent("data/ml-100k/ratings.csv").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
