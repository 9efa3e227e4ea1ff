import Testing

@testable import Plotting

/// A scatter of many points draws at most `ScatterData.maxDrawnPoints` dots and says so.
@Suite struct ScatterBudgetTests {
    /// Deterministic pseudo-random points (a 64-bit LCG), with clusters as real data has.
    static func points(_ n: Int) -> (x: [Double], y: [Double]) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        var x: [Double] = [], y: [Double] = []
        for i in 0..<n {
            let u = next(), v = next()
            x.append(i % 3 == 0 ? u * u : u)
            y.append(i % 3 == 0 ? v : v * 0.5 + u * 0.5)
        }
        return (x, y)
    }

    @Test(arguments: [200_000, 1_000_000])
    func largeScattersStayWithinBudgetAndSaySo(_ n: Int) {
        let (x, y) = Self.points(n)
        let svg = Chart.scatter(x: x, y: y, title: "many").svg()
        #expect(svg.utf8.count < 500_000, "\(svg.utf8.count) bytes")
        #expect(svg.contains("\(ScatterData.grouped(n)) points drawn as "))
        #expect(svg.contains("px cell and colour that holds any point"))
        let dots = svg.components(separatedBy: "h0").count - 1
        #expect(dots <= ScatterData.maxDrawnPoints && dots > 1000)
    }

    @Test func smallScattersAreNotThinned() {
        let (x, y) = Self.points(5_000)
        let svg = Chart.scatter(x: x, y: y).svg()
        #expect(!svg.contains("points drawn as"))
        #expect(svg.components(separatedBy: "h0").count - 1 == 5_000)
    }

    @Test func thinningKeepsEachColourInACell() {
        let points = (0..<30_000).map { (x: Double($0 % 2), y: 0.0, index: $0) }
        let (kept, _) = ScatterData.thinned(points, width: 640, height: 480) { $0 % 4 == 0 ? "red" : "blue" }
        #expect(kept.count == 3, "red only in the x = 0 cell, blue in both")
    }
}
