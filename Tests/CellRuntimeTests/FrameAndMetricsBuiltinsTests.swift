import CellLanguage
import Foundation
import Testing
@testable import CellRuntime

@Suite struct FrameAndMetricsBuiltinsTests {
    @Test func assignAddsOrReplacesATypedColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("assign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "a,b\n1,x\n2,y\n".write(to: folder.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
        let session = Session(baseDirectory: folder)
        let result = session.run(CellParser.parse("""
        let f = readCSV("t.csv")
        let g = f.assign("c", [1.5, nil]).assign("b", [3, 4]).assign("d", ["p", "q"])
        print(g.columnNames, g["b"].values, g["c"].values, g["d"].values)
        """).statements)
        #expect(result.error == nil, "\(String(describing: result.error))")
        #expect(result.outputs == [.stream("[\"a\", \"b\", \"c\", \"d\"] [3, 4] [1.5, nil] [\"p\", \"q\"]\n")])
        check("""
        let f = readCSV("nope.csv") // error: 1:17: cannot read CSV file /tmp/notebook/nope.csv: expected a CSV file, but no file exists at this path
        """)
    }

    @Test func metricsMatchScikitLearn() {
        // Values from Tests/TensorsTests/golden/metrics_sklearn.py.
        check("""
        let scores = [0.1, 0.4, 0.35, 0.8, 0.65, 0.2, 0.9, 0.5, 0.5, 0.3]
        let labels = [0, 0, 1, 1, 1, 0, 1, 0, 1, 1]
        print(accuracy(scores, labels), rocAUC(scores, labels)) // expect: 0.7 0.8125
        print(rocAUC(Tensor([0.5, 0.5, 0.5, 0.7, 0.2]), Tensor([1.0, 0, 1, 1, 0])) > 0.8333) // expect: true
        """)
        check("""
        rocAUC([0.1, 0.2], [1, 1]) // error: 1:1: rocAUC: expected both classes (0 and 1) in the labels, but only one is present; the ROC AUC is undefined
        """)
    }
}

@Suite struct NewcomerRegressionTests {
    @Test func hugeStridesAndConcatenationsAreErrors() {
        check("""
        stride(from: 0.0, to: 1.0, by: 1e-12).count // error: 1:28: the stride would make about 1e+12 values; at most 100000000 are allowed (loop with 'while' instead); stride(from start: Int or Double, to end: Int or Double, by stride: Int or Double) -> Array
        """)
        check("""
        print(stride(from: 0, to: 10, by: 3)) // expect: [0, 3, 6, 9]
        """)
    }

    @Test func tensorValuesReadAsTheirShortestDecimal() {
        check("""
        let t = Tensor([0.1, 2.5])
        print(t[0], t.tolist(), Tensor([0.3]).item()) // expect: 0.1 [0.1, 2.5] 0.3
        """)
    }

    @Test func aTimeoutIsJudgedWhenTheCellEnds() throws {
        let session = Session(baseDirectory: URL(fileURLWithPath: "/tmp"))
        // One long builtin call never reaches a loop or call check; the end-of-cell check catches it.
        let parsed = CellParser.parse("let a = Tensor.uniform([600, 600])\nlet b = matmul(a, matmul(a, matmul(a, a)))\nb.shape")
        let result = session.run(parsed.statements, timeout: 0.000_001)
        #expect(result.error?.message.hasPrefix("cell exceeded its timeout") == true, "\(String(describing: result.error))")
    }
}
