import Foundation
import FuzzTargets

// Two builds of one file. `make fuzz-coverage` builds it with `--sanitize=fuzzer` and
// `-DNOTEBOOK_LIBFUZZER`: libFuzzer supplies `main` and calls `LLVMFuzzerTestOneInput`, and the
// target is chosen by NOTEBOOK_FUZZ_TARGET. The ordinary build is a replayer:
// `notebook-fuzz TARGET FILE…` feeds each file to the same entry point (to reproduce a finding).

#if NOTEBOOK_LIBFUZZER
private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["NOTEBOOK_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("notebook-fuzz: set NOTEBOOK_FUZZ_TARGET to one of \(names)\n".utf8))
        exit(2)
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    target.run(bytes)
    return 0
}
#else
@main
enum NotebookFuzz {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: notebook-fuzz \(names) FILE…\n".utf8))
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): error: cannot read\n".utf8))
                exit(2)
            }
            target.run(Array(data))
            print("\(path): ok")
        }
    }
}
#endif
