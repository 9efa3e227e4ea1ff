import Foundation

enum Alignment { case left, right, center }

struct Column {
    let title: String
    let width: Int
    let alignment: Alignment
}

func pad(_ s: String, _ width: Int, _ a: Alignment) -> String {
    let text = s.count > width ? String(s.prefix(width - 1)) + "…" : s
    let space = width - text.count
    switch a {
    case .left: return text + String(repeating: " ", count: space)
    case .right: return String(repeating: " ", count: space) + text
    case .center:
        let l = space / 2
        return String(repeating: " ", count: l) + text + String(repeating: " ", count: space - l)
    }
}

let columns = [Column(title: "City", width: 10, alignment: .left),
               Column(title: "Pop (M)", width: 8, alignment: .right),
               Column(title: "Country", width: 9, alignment: .center)]
let rows: [[String]] = [
    ["Tokyo", String(format: "%.1f", 37.4), "JP"],
    ["São Paulo", String(format: "%.1f", 22.0), "BR"],
    ["Ouagadougou", String(format: "%.1f", 2.5), "BF"],
    ["Lima", String(format: "%.1f", 10.7), "PE"],
]

func line(_ cells: [String]) -> String {
    "|" + zip(cells, columns).map { " " + pad($0, $1.width, $1.alignment) + " " }.joined(separator: "|") + "|"
}

let rule = "+" + columns.map { String(repeating: "-", count: $0.width + 2) }.joined(separator: "+") + "+"
print(rule)
print(line(columns.map(\.title)))
print(rule)
for r in rows { print(line(r)) }
print(rule)
