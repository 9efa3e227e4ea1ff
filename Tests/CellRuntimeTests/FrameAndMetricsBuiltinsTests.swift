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
