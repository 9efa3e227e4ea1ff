import Foundation
import Synchronization

/// Whether long builtins (training fits, Spark jobs) report progress on stderr. `notebook run
/// --quiet` turns it off; the report still gets each fit's table.
public enum ProgressOutput {
    private static let enabled = Atomic<Bool>(true)

    public static var isEnabled: Bool {
        get { enabled.load(ordering: .relaxed) }
        set { enabled.store(newValue, ordering: .relaxed) }
    }

    /// Writes `text` to stderr when progress output is enabled.
    public static func write(_ text: String) {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
