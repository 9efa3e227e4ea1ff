import Foundation

/// Placing point labels so that no two overlap, the pass a scatter of titled points needs (the
/// idea of matplotlib's adjustText and ggrepel, done greedily and deterministically).
///
/// Each label, in the order given (so the caller's order is the priority), tries positions around
/// its point: first touching it (right, left, above, below, then the four diagonals), then farther
/// out on rings of 18, 30, 44 and 60 px in twelve directions, joined to the point by a thin leader
/// line. A position is taken when the label's box stays inside `bounds` and overlaps no label
/// already placed and no point's dot. A label with no free position is left out, and the chart says
/// how many were. All sizes in px; text widths are `TextFit.width` estimates.
public struct LabelPlacement {
    /// An axis-aligned box in px (SVG coordinates, y down).
    public struct Box: Equatable, Sendable {
        public var left: Double
        public var top: Double
        public var right: Double
        public var bottom: Double

        public init(left: Double, top: Double, right: Double, bottom: Double) {
            self.left = left
            self.top = top
            self.right = right
            self.bottom = bottom
        }

        /// Whether the two boxes share any area (touching edges do not count).
        public func overlaps(_ o: Box) -> Bool {
            left < o.right && o.left < right && top < o.bottom && o.top < bottom
        }
        func inset(by d: Double) -> Box { Box(left: left - d, top: top - d, right: right + d, bottom: bottom + d) }
    }

    /// Where one label went: its text's anchor point (`x`, `y` is the box's vertical middle),
    /// whether it is right-aligned (`text-anchor: end`), its box, and the leader line's far end
    /// when it sits away from its point.
    struct Placed {
        var index: Int
        /// The label as drawn: cut with "…" only when wider than `maxWidthShare` of the area.
        var text: String
        var x: Double
        var y: Double
        var anchorsEnd: Bool
        var box: Box
        var leaderEnd: (x: Double, y: Double)?
    }

    /// Gap in px between a dot's centre and a label touching it.
    static let gap = 6.0
    /// Distances in px of the rings tried after the touching positions.
    static let rings: [Double] = [18, 30, 44, 60]
    /// Half the side of the square each dot keeps free, in px (dots are 6 px across).
    static let dotRadius = 4.0
    /// The widest a label may be, as a share of the placement area's width.
    static let maxWidthShare = 0.6
    /// Space kept between label boxes, in px.
    static let padding = 1.0

    /// The height in px of a one-line label at `fontSize`: 1.2 em.
    static func height(fontSize: Double) -> Double { fontSize * 1.2 }

    /// Places `labels[i]` (empty ones are skipped) beside `points[i]` inside `bounds`; a label
    /// wider than `maxWidthShare` of the bounds is first cut with "…" to that width. Returns the placed labels in
    /// input order and how many non-empty labels found no free position.
    static func place(
        points: [(x: Double, y: Double)], labels: [String], fontSize: Double, bounds: Box
    ) -> (placed: [Placed], leftOut: Int) {
        let h = height(fontSize: fontSize)
        var taken: [Box] = points.map { Box(left: $0.x - dotRadius, top: $0.y - dotRadius, right: $0.x + dotRadius, bottom: $0.y + dotRadius) }
        let dotCount = taken.count
        var placed: [Placed] = []
        var leftOut = 0
        for (i, label) in labels.enumerated() where i < points.count && !label.isEmpty {
            let p = points[i]
            let text = TextFit.fitted(label, width: (bounds.right - bounds.left) * maxWidthShare, fontSize: fontSize)
            guard !text.isEmpty else {
                leftOut += 1
                continue
            }
            let w = TextFit.width(text, fontSize: fontSize)
            var found: Placed?
            for candidate in candidates(p, width: w, height: h, index: i, text: text) {
                let box = candidate.box
                guard box.left >= bounds.left, box.right <= bounds.right, box.top >= bounds.top, box.bottom <= bounds.bottom else { continue }
                let padded = box.inset(by: padding)
                var free = true
                for (k, other) in taken.enumerated() where padded.overlaps(other) {
                    // A label touching its own point may sit beside that point's dot, never on it.
                    if k == i && k < dotCount && candidate.leaderEnd == nil && !box.overlaps(other) { continue }
                    free = false
                    break
                }
                if free {
                    found = candidate
                    break
                }
            }
            if let found {
                placed.append(found)
                taken.append(found.box)
            } else {
                leftOut += 1
            }
        }
        return (placed, leftOut)
    }

    /// The drawn point labels of a scatter's SVG (`svg()` output), each with the box it takes:
    /// from its `<text>` element's `x`, `y` and `text-anchor`, `labelFontSize` and the
    /// `TextFit.width` estimate, 1.2 em tall centred on `y`, as the placement computed it. For
    /// checks (tests) that no two labels overlap.
    public static func drawnLabels(inSVG svg: String) -> [(text: String, box: Box)] {
        guard let start = svg.range(of: "<g font-size=\"11\" class=\"point-labels\">"),
            let end = svg.range(of: "</g>", range: start.upperBound..<svg.endIndex)
        else { return [] }
        let group = svg[start.upperBound..<end.lowerBound]
        var out: [(text: String, box: Box)] = []
        let fontSize = ScatterData.labelFontSize
        let h = height(fontSize: fontSize)
        for element in group.components(separatedBy: "</text>") {
            guard let open = element.range(of: "<text "), let close = element.range(of: ">", range: open.upperBound..<element.endIndex) else { continue }
            let attributes = element[open.upperBound..<close.lowerBound]
            func attribute(_ name: String) -> String? {
                guard let r = attributes.range(of: " \(name)=\"") ?? (attributes.hasPrefix("\(name)=\"") ? attributes.range(of: "\(name)=\"") : nil),
                    let q = attributes.range(of: "\"", range: r.upperBound..<attributes.endIndex)
                else { return nil }
                return String(attributes[r.upperBound..<q.lowerBound])
            }
            guard let x = attribute("x").flatMap(Double.init), let y = attribute("y").flatMap(Double.init) else { continue }
            let text = String(element[close.upperBound...])
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            let w = TextFit.width(text, fontSize: fontSize)
            let left = attribute("text-anchor") == "end" ? x - w : x
            out.append((text, Box(left: left, top: y - h / 2, right: left + w, bottom: y + h / 2)))
        }
        return out
    }

    /// The positions tried for one label of `width`×`height` px at point `p`, in order of preference.
    static func candidates(_ p: (x: Double, y: Double), width w: Double, height h: Double, index: Int, text: String) -> [Placed] {
        func at(_ x: Double, _ y: Double, end: Bool, leader: Bool) -> Placed {
            let left = end ? x - w : x
            let box = Box(left: left, top: y - h / 2, right: left + w, bottom: y + h / 2)
            var leaderEnd: (x: Double, y: Double)?
            if leader {
                // The leader stops at the box's nearest edge point to the dot.
                leaderEnd = (min(max(p.x, box.left), box.right), min(max(p.y, box.top), box.bottom))
            }
            return Placed(index: index, text: text, x: x, y: y, anchorsEnd: end, box: box, leaderEnd: leaderEnd)
        }
        let g = gap
        var out = [
            at(p.x + g, p.y, end: false, leader: false),
            at(p.x - g, p.y, end: true, leader: false),
            at(p.x - w / 2, p.y - g - h / 2, end: false, leader: false),
            at(p.x - w / 2, p.y + g + h / 2, end: false, leader: false),
            at(p.x + g / 2, p.y - g / 2 - h / 2, end: false, leader: false),
            at(p.x - g / 2, p.y - g / 2 - h / 2, end: true, leader: false),
            at(p.x + g / 2, p.y + g / 2 + h / 2, end: false, leader: false),
            at(p.x - g / 2, p.y + g / 2 + h / 2, end: true, leader: false),
        ]
        for r in rings {
            for step in 0..<12 {
                let angle = Double(step) * .pi / 6
                let dx = r * cos(angle), dy = -r * sin(angle)
                // Right of the point the label starts there; left of it, it ends there; straight
                // above or below it is centred.
                if abs(dx) < 1e-9 {
                    out.append(at(p.x - w / 2, p.y + dy + (dy < 0 ? -h / 2 : h / 2), end: false, leader: true))
                } else {
                    out.append(at(p.x + dx, p.y + dy, end: dx < 0, leader: true))
                }
            }
        }
        return out
    }
}
