import Foundation
import Testing

@testable import Reporting

@Suite struct WriteTests {
    func scratchFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("reporting-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func inode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1
    }

    @Test func createsFoldersAndLeavesNoTemporaryFile() throws {
        let root = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("a/b/lesson5.html")
        try HTMLReport.write(sampleDocument(), to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == HTMLReport.render(sampleDocument()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["lesson5.html"])
    }

    @Test func replacesOldFileByRename() throws {
        let root = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("report.html")
        try "old report".write(to: target, atomically: false, encoding: .utf8)
        let before = try inode(target.path)
        try HTMLReport.write(sampleDocument(), to: target)
        // A new inode shows the file was renamed into place, not truncated and rewritten.
        #expect(try inode(target.path) != before)
        #expect(try String(contentsOf: target, encoding: .utf8) == HTMLReport.render(sampleDocument()))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["report.html"])
    }

    @Test func folderThatIsAFileFailsNamingThePath() throws {
        let root = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let blocker = root.appendingPathComponent("output")
        try "not a folder".write(to: blocker, atomically: false, encoding: .utf8)
        let target = blocker.appendingPathComponent("lesson5.html")
        do {
            try HTMLReport.write(sampleDocument(), to: target)
            Issue.record("expected an error")
        } catch let error as ReportWriteError {
            guard case .cannotCreateFolder(let report, let folder, _) = error else {
                Issue.record("unexpected \(error)"); return
            }
            #expect(report == target.path)
            #expect(folder == blocker.path)
            #expect(error.description.contains(target.path))
        }
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "not a folder")
    }

    @Test func failedRenameLeavesOldTargetAndNoTemporaryFile() throws {
        // A non-empty folder where the report should go: rename(2) fails even for root.
        let root = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("report.html")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
        try "keep".write(to: target.appendingPathComponent("inside.txt"), atomically: false, encoding: .utf8)
        do {
            try HTMLReport.write(sampleDocument(), to: target)
            Issue.record("expected an error")
        } catch let error as ReportWriteError {
            guard case .cannotReplace(let report, let reason) = error else {
                Issue.record("unexpected \(error)"); return
            }
            #expect(report == target.path)
            #expect(!reason.isEmpty)
            #expect(error.description.hasPrefix("cannot write report \(target.path): "))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["report.html"])
        #expect(try String(contentsOf: target.appendingPathComponent("inside.txt"), encoding: .utf8) == "keep")
    }

    @Test(.enabled(if: geteuid() != 0, "root ignores folder permissions"))
    func readOnlyFolderFailsAndKeepsOldFile() throws {
        let root = try scratchFolder()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.path)
            try? FileManager.default.removeItem(at: root)
        }
        let target = root.appendingPathComponent("report.html")
        try "old report".write(to: target, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: root.path)
        do {
            try HTMLReport.write(sampleDocument(), to: target)
            Issue.record("expected an error")
        } catch let error as ReportWriteError {
            #expect(error.reportPath == target.path)
            #expect(error.description.contains(target.path))
        }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old report")
    }
}
