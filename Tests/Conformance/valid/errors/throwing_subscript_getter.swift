enum GridError: Error {
    case outOfBounds(row: Int, col: Int)
}

struct Board {
    let size: Int
    var cells: [Character]

    init(size: Int) {
        self.size = size
        cells = Array(repeating: ".", count: size * size)
    }

    subscript(row: Int, col: Int) -> Character {
        get throws {
            guard (0..<size).contains(row), (0..<size).contains(col) else {
                throw GridError.outOfBounds(row: row, col: col)
            }
            return cells[row * size + col]
        }
    }

    mutating func place(_ c: Character, _ row: Int, _ col: Int) {
        cells[row * size + col] = c
    }
}

var b = Board(size: 3)
b.place("X", 1, 1)
b.place("O", 0, 2)
for (r, c) in [(1, 1), (0, 2), (2, 2), (3, 0), (0, -1)] {
    do {
        print(r, c, try b[r, c])
    } catch GridError.outOfBounds(let row, let col) {
        print("no cell at \(row),\(col)")
    }
}
