import Foundation
import Testing

@testable import Kernel

@Suite struct KernelSpecTests {
    @Test func kernelJSONStartsThisExecutableWithTheConnectionFile() throws {
        let json = KernelSpec.json(executable: "/opt/bin/notebook")
        #expect(json["argv"] as? [String] == ["/opt/bin/notebook", "kernel", "{connection_file}"])
        #expect(json["language"] as? String == "swift")
        #expect(json["interrupt_mode"] as? String == "message")
    }

    @Test func aPrefixInstallGoesUnderShareJupyterKernels() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("kernelspec-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let folder = KernelSpec.folder(user: false, prefix: prefix.path)
        #expect(folder.path == prefix.path + "/share/jupyter/kernels/notebook-swift")
        let file = try KernelSpec.install(executable: "/x/notebook", into: folder)
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        #expect(written?["display_name"] as? String == "Swift (notebook)")
        #expect(KernelSpec.folder(user: false, prefix: nil).path == "/usr/local/share/jupyter/kernels/notebook-swift")
    }

    @Test func errorExcerptsPutTheCaretUnderTheColumn() {
        #expect(JupyterKernel.excerpt("let a = 1\n\tlet b = x", line: 2, column: 10) == "\tlet b = x\n\t        ^")
        #expect(JupyterKernel.excerpt("x", line: 3, column: 1) == nil)
        #expect(JupyterKernel.optionLines("//| eval: false\n  //| seed: 3\nlet x = 1\n//| late: 1").map { "\($0.0)=\($0.1)" } == ["eval=false", "seed=3"])
    }
}
