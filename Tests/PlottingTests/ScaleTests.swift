import Testing

@testable import Plotting

@Suite struct ScaleTests {
    @Test func linearMapsDomainOntoReversedRange() {
        let s = LinearScale(domain: (0, 10), range: (400, 0))
        #expect(s(0) == 400)
        #expect(s(10) == 0)
        #expect(s(2.5) == 300)
        #expect(LinearScale(domain: (1, 1), range: (0, 100))(5) == 50)
    }

    @Test func domainsForDegenerateData() {
        #expect(LinearScale.domain(covering: []) == (0, 1))
        #expect(LinearScale.domain(covering: [.nan, .infinity]) == (0, 1))
        #expect(LinearScale.domain(covering: [0, 0]) == (-1, 1))
        // 5 ± 0.5 = 4.5…5.5, step 0.2 → floor(22.5)/5 = 4.4, ceil(27.5)/5 = 5.6.
        #expect(LinearScale.domain(covering: [5, 5, 5]) == (4.4, 5.6))
        #expect(LinearScale.domain(covering: [-2, .nan, 3.7]) == (-2, 4))
        let huge = LinearScale.domain(covering: [Double.greatestFiniteMagnitude])
        #expect(huge.lower < huge.upper && huge.upper.isFinite)
    }

    @Test func bandsLikeD3ScaleBand() {
        // d3.scaleBand().domain([a,b,c,d]).range([0,420]).padding(0.2): step = 420 / 4.2 = 100.
        let band = BandScale(count: 4, range: (0, 420), padding: 0.2)
        #expect(band.step == 100)
        #expect(band.bandwidth == 80)
        #expect(band.start(0) == 20)
        #expect(band.center(3) == 360)
    }

    @Test func hexGridRoundsToNearestCentre() {
        let grid = HexGrid(origin: (0, 0), radius: 10)
        #expect(grid.cell(x: 0, y: 0) == HexCell(q: 0, r: 0))
        let c = grid.center(HexCell(q: 2, r: 1))
        // x = 10·(√3·2 + √3/2) = 43.30…, y = 15.
        #expect(abs(c.x - 43.30127) < 1e-4 && c.y == 15)
        #expect(grid.cell(x: c.x + 3, y: c.y - 4) == HexCell(q: 2, r: 1))
        #expect(grid.cell(x: .nan, y: 0) == nil)
        // Row first: y = 7 is nearer row 0 (y = 0) than row 1 (y = 15), whatever x is; exact
        // nearest-centre binning would put x = 8.66 (halfway between two row-0 centres) into row 1.
        #expect((0..<20).allSatisfy { grid.cell(x: Double($0) * 5, y: 7)?.r == 0 })
        #expect(grid.cell(x: 9, y: 7) == HexCell(q: 1, r: 0))
        #expect(grid.cell(x: -8, y: -16) == HexCell(q: 0, r: -1))
        let counts = grid.counts([(0, 0), (1, 1), (c.x, c.y), (.infinity, 0)])
        #expect(counts.map(\.cell) == [HexCell(q: 0, r: 0), HexCell(q: 2, r: 1)])
        #expect(counts.map(\.count) == [2, 1])
    }

    @Test func palette() {
        #expect(Palette.categorical(0) == "#1f77b4")
        #expect(Palette.categorical(11) == "#ff7f0e")
        #expect(Palette.categorical(-1) == "#17becf")
        #expect(Palette.viridis(0) == "#440154")
        #expect(Palette.viridis(1) == "#fde725")
        #expect(Palette.viridis(0.05) == "#461365")
        #expect(Palette.sanitized("#ABC", fallback: "x") == "#ABC")
        #expect(Palette.sanitized("Crimson", fallback: "x") == "crimson")
        #expect(Palette.sanitized("rgb(10, 20, 30)", fallback: "x") == "rgb(10, 20, 30)")
        #expect(Palette.sanitized("url(http://evil)", fallback: "x") == "x")
        #expect(Palette.sanitized("\"><script>", fallback: "x") == "x")
        #expect(Palette.sanitized("#12345", fallback: "x") == "x")
        #expect(Palette.sanitized(nil, fallback: "x") == "x")
    }
}
