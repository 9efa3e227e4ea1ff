/// A cell of a pointy-top hexagonal grid in axial coordinates (column `q`, row `r`), as in
/// Red Blob Games' "Hexagonal Grids" (redblobgames.com/grids/hexagons).
public struct HexCell: Sendable, Hashable, Comparable {
    public var q: Int
    public var r: Int

    public init(q: Int, r: Int) {
        self.q = q
        self.r = r
    }

    /// Row-major order (top row first, then left to right), used to write cells deterministically.
    public static func < (a: HexCell, b: HexCell) -> Bool {
        (a.r, a.q) < (b.r, b.q)
    }
}

/// A pointy-top hexagonal grid in px with cell (0, 0) centred on `origin`. Hexagons have circumradius
/// `radius`, width √3·radius, and rows 1.5·radius apart, odd rows shifted half a hexagon — the layout
/// of matplotlib's `hexbin`, but regular in screen space.
public struct HexGrid: Sendable {
    public var origin: (x: Double, y: Double)
    public var radius: Double

    public init(origin: (x: Double, y: Double), radius: Double) {
        self.origin = origin
        self.radius = radius
    }

    /// Width of one hexagon (flat side to flat side), in px.
    public var hexWidth: Double { 3.0.squareRoot() * radius }

    /// The cell a point (x, y) px is counted in: the nearest row first, then the nearest hexagon in
    /// that row ("odd-r" offset coordinates converted to axial). Points with equal y therefore always
    /// share a row, so discrete data (ratings in half stars) gives clean bands instead of the zigzag
    /// that exact nearest-centre binning (matplotlib's) produces when a value lies between two rows.
    /// For continuous data the two differ only for points near a hexagon's slanted edges.
    /// Nil for non-finite input or points absurdly far (> 10^9 cells) from the origin.
    public func cell(x: Double, y: Double) -> HexCell? {
        let rowHeight = 1.5 * radius
        let fr = ((y - origin.y) / rowHeight).rounded()
        guard fr.isFinite, abs(fr) < 1e9 else { return nil }
        let row = Int(fr)
        let shift = (row & 1) == 1 ? hexWidth / 2 : 0
        let fc = ((x - origin.x - shift) / hexWidth).rounded()
        guard fc.isFinite, abs(fc) < 1e9 else { return nil }
        let column = Int(fc)
        return HexCell(q: column - (row - (row & 1)) / 2, r: row)
    }

    /// Centre of `cell` in px.
    public func center(_ cell: HexCell) -> (x: Double, y: Double) {
        (
            origin.x + radius * (3.0.squareRoot() * Double(cell.q) + 3.0.squareRoot() / 2 * Double(cell.r)),
            origin.y + radius * 1.5 * Double(cell.r)
        )
    }

    /// How many of `points` (px) fall in each cell, cells in `HexCell` order; non-finite points are skipped.
    public func counts(_ points: [(x: Double, y: Double)]) -> [(cell: HexCell, count: Int)] {
        var tally: [HexCell: Int] = [:]
        for p in points {
            if let c = cell(x: p.x, y: p.y) { tally[c, default: 0] += 1 }
        }
        return tally.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
