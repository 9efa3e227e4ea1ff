import Foundation

/// A report printed to PDF by headless Chromium (Debian's `chromium-headless-shell`, or
/// `chromium`), the way a teacher prints the HTML report from a browser: A4, the report's print
/// stylesheet (`Stylesheet`: no shadows, cells and charts kept off page breaks), no header or
/// footer lines. The browser runs with every host name resolving nowhere, so nothing is fetched.
public enum PDFReport {
    /// Why a PDF could not be written; every case names the PDF's path.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// No browser was found (`make browser` installs one).
        case noBrowser(pdf: String)
        /// The browser exited with an error, or wrote no PDF.
        case browserFailed(pdf: String, status: Int32, output: String)

        public var description: String {
            switch self {
            case .noBrowser(let pdf):
                "cannot write \(pdf): expected headless Chromium (chromium-headless-shell or chromium) on PATH; `make browser` installs it"
            case .browserFailed(let pdf, let status, let output):
                "cannot write \(pdf): headless Chromium exited with status \(status) and wrote no PDF"
                    + (output.isEmpty ? "" : ": \(output)")
            }
        }
    }

    /// Names tried on PATH, in order, then Debian's paths outside it.
    static let browserNames = ["chromium-headless-shell", "chromium", "chromium-browser"]
    static let browserPaths = ["/usr/lib/chromium/chrome-headless-shell", "/usr/lib/chromium/headless_shell"]

    /// The browser `write` would use, or nil when none is installed.
    public static func browser() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in browserNames {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return browserPaths.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Prints the HTML report at `html` to `pdf` (replacing it). Blocks until the browser exits,
    /// at most `timeout` seconds.
    /// - Throws: `Failure`.
    public static func write(html: URL, to pdf: URL, timeout: TimeInterval = 120) throws {
        let target = pdf.standardizedFileURL
        guard let browser = browser() else { throw Failure.noBrowser(pdf: target.path) }
        try? FileManager.default.removeItem(at: target)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("notebook-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            browser.hasSuffix("headless-shell") ? "--headless" : "--headless=new",
            "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--mute-audio",
            "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=\(profile.path)",
            "--no-pdf-header-footer", "--print-to-pdf=\(target.path)", html.standardizedFileURL.absoluteString,
        ]
        // Output goes to a file, not a pipe: the browser's helper processes may hold a pipe open.
        let log = profile.appendingPathComponent("browser.log")
        try? FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try? FileHandle(forWritingTo: log)
        process.standardOutput = logHandle
        process.standardError = logHandle
        do { try process.run() } catch {
            throw Failure.browserFailed(pdf: target.path, status: -1, output: "\(error)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try? logHandle?.close()
        let collected = (try? Data(contentsOf: log)) ?? Data()
        let size = (try? FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int) ?? 0
        guard process.terminationStatus == 0, size > 0 else {
            // Chromium is chatty on stderr; the last lines say what went wrong.
            let lines = String(decoding: collected, as: UTF8.self).split(separator: "\n").suffix(3).joined(separator: " | ")
            throw Failure.browserFailed(pdf: target.path, status: process.terminationStatus, output: lines)
        }
    }
}
