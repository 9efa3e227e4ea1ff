import Foundation
import FuzzTargets
import TestSupport
import Testing

/// `make test` replays every committed fuzzing input (the seed corpus, what `make fuzz-coverage`
/// kept, and every crash found, renamed `crash-*`) through the entry point libFuzzer drives.
@Suite struct CorpusReplayTests {
    static func inputs(_ target: FuzzTarget) throws -> [URL] {
        try target.seedFolders.flatMap { name in
            let folder = Repository.root.appendingPathComponent("fuzz/corpus/\(name)")
            return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { !$0.lastPathComponent.hasPrefix(".") }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func replayTheCommittedCorpus(_ target: FuzzTarget) throws {
        let files = try Self.inputs(target)
        #expect(files.count >= 5, "fuzz/corpus/\(target.seedFolders) holds the seed corpus")
        for file in files { target.run(Array(try Data(contentsOf: file))) }
    }
}
