// The kernelspec that tells Jupyter how to start the kernel: a folder `notebook-swift` holding
// kernel.json, under a `share/jupyter/kernels` folder Jupyter searches.

import Foundation

public enum KernelSpec {
    /// The kernel's name (the folder, and a notebook's `metadata.kernelspec.name`).
    public static let name = "notebook-swift"
    public static let displayName = "Swift (notebook)"

    /// kernel.json for a `notebook` executable at `executable`.
    public static func json(executable: String) -> [String: Any] {
        [
            "argv": [executable, "kernel", "{connection_file}"], "display_name": displayName, "language": "swift",
            "interrupt_mode": "message", "metadata": ["debugger": false],
        ]
    }

    /// Where the kernelspec goes: `PREFIX/share/jupyter/kernels/notebook-swift` with a prefix,
    /// the user's data folder (`$JUPYTER_DATA_DIR`, else `~/.local/share/jupyter`) for a user
    /// install, else `/usr/local/share/jupyter` (system-wide).
    public static func folder(user: Bool, prefix: String?) -> URL {
        let environment = ProcessInfo.processInfo.environment
        let data: URL
        if let prefix {
            data = URL(fileURLWithPath: prefix).appendingPathComponent("share/jupyter")
        } else if user {
            if let dir = environment["JUPYTER_DATA_DIR"], !dir.isEmpty {
                data = URL(fileURLWithPath: dir)
            } else {
                let home = environment["HOME"] ?? NSHomeDirectory()
                data = URL(fileURLWithPath: home).appendingPathComponent(".local/share/jupyter")
            }
        } else {
            data = URL(fileURLWithPath: "/usr/local/share/jupyter")
        }
        return data.appendingPathComponent("kernels").appendingPathComponent(name)
    }

    /// Writes kernel.json into `folder` (created when missing); returns the file written.
    public static func install(executable: String, into folder: URL) throws -> URL {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let data = try JSONSerialization.data(withJSONObject: json(executable: executable), options: [.prettyPrinted, .sortedKeys])
            let file = folder.appendingPathComponent("kernel.json")
            try data.write(to: file, options: .atomic)
            return file
        } catch {
            throw KernelError("\(folder.path): cannot write the kernelspec: \(error.localizedDescription)")
        }
    }
}
