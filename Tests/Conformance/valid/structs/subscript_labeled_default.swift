struct Spreadsheet {
    private var cells: [String: Double] = [:]

    subscript(column: Character, row: Int) -> Double {
        get { cells["\(column)\(row)"] ?? 0 }
        set { cells["\(column)\(row)"] = newValue }
    }

    subscript(column c: Character, rows range: ClosedRange<Int>) -> [Double] {
        range.map { self[c, $0] }
    }

    subscript(sum c: Character, upTo last: Int = 3) -> Double {
        (1...last).map { self[c, $0] }.reduce(0, +)
    }
}

var sheet = Spreadsheet()
sheet["A", 1] = 10
sheet["A", 2] = 2.5
sheet["A", 3] = -1
sheet["B", 1] = 7
sheet["A", 2] *= 2
print(sheet["A", 2], sheet["C", 9])
print(sheet[column: "A", rows: 1...4])
print(sheet[sum: "A"])
print(sheet[sum: "A", upTo: 1])
print(sheet[sum: "B"])
