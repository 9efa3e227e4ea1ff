struct Life {
    let width: Int, height: Int
    var cells: Set<Int>

    init(width: Int, height: Int, alive: [(Int, Int)]) {
        self.width = width
        self.height = height
        cells = Set(alive.map { $0.1 * width + $0.0 })
    }

    func neighbors(_ x: Int, _ y: Int) -> Int {
        var n = 0
        for dy in -1...1 {
            for dx in -1...1 where !(dx == 0 && dy == 0) {
                let nx = (x + dx + width) % width, ny = (y + dy + height) % height
                if cells.contains(ny * width + nx) { n += 1 }
            }
        }
        return n
    }

    func step() -> Life {
        var next = self
        next.cells = []
        for y in 0..<height {
            for x in 0..<width {
                let n = neighbors(x, y)
                let alive = cells.contains(y * width + x)
                if n == 3 || (alive && n == 2) { next.cells.insert(y * width + x) }
            }
        }
        return next
    }

    func render() -> String {
        (0..<height).map { y in
            String((0..<width).map { cells.contains(y * width + $0) ? "#" : "." })
        }.joined(separator: "\n")
    }
}

var world = Life(width: 6, height: 6, alive: [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)])
for gen in 0..<4 {
    print("generation \(gen), alive \(world.cells.count)")
    print(world.render())
    world = world.step()
}
