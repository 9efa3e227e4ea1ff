import Foundation

#if canImport(Glibc)
import Glibc
private let posixWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let posixWrite = Darwin.write
#endif

/// The module's entry point: a `ReportDocument` becomes one self-contained HTML page (inline
/// CSS, inline SVG, no JavaScript, nothing fetched from the network), like a Jupyter or Quarto
/// HTML export.
public enum HTMLReport {
    /// The whole page as UTF-8 HTML text. Every plain text in `doc` is escaped; `.prose` and
    /// `.heading` HTML and `.html`/`.svg` outputs are trusted and inserted unchanged.
    public static func render(_ doc: ReportDocument) -> String {
        var renderer = HTMLRenderer(doc)
        return renderer.render()
    }

    /// Renders `doc` and writes it to the file `url` atomically: creates the parent folder if
    /// needed, writes and flushes a temporary file in the same folder, then renames it over
    /// `url` (POSIX `rename`), so readers see either the old report or the complete new one.
    ///
    /// - Throws: `ReportWriteError` naming `url.path` when the folder cannot be created, the
    ///   temporary file cannot be written, or the rename fails; the old file is then unchanged.
    public static func write(_ doc: ReportDocument, to url: URL) throws {
        try writeAtomically(Array(render(doc).utf8), to: url)
    }

    static func writeAtomically(_ bytes: [UInt8], to url: URL) throws {
        let target = url.standardizedFileURL
        let path = target.path
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ReportWriteError.cannotCreateFolder(
                report: path, folder: folder.path, reason: reason(of: error))
        }
        let temporary = folder.appendingPathComponent(
            ".\(target.lastPathComponent).\(UUID().uuidString).tmp"
        ).path

        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ReportWriteError.cannotWriteTemporaryFile(
                report: path, temporary: temporary, reason: lastErrno())
        }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = posixWrite(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = lastErrno()
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = lastErrno() }
        if close(fd) != 0, failure == nil { failure = lastErrno() }
        if let failure {
            unlink(temporary)
            throw ReportWriteError.cannotWriteTemporaryFile(
                report: path, temporary: temporary, reason: failure)
        }
        guard rename(temporary, path) == 0 else {
            let failure = lastErrno()
            unlink(temporary)
            throw ReportWriteError.cannotReplace(report: path, reason: failure)
        }
    }

    private static func lastErrno() -> String {
        String(cString: strerror(errno))
    }

    private static func reason(of error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}
