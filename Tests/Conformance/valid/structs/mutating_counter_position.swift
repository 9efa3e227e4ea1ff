struct Counter {
    var count = 0

    mutating func increment() {
        count += 1
    }

    mutating func increment(by amount: Int) {
        count += amount
    }

    mutating func reset() {
        count = 0
    }
}

var c = Counter()
c.increment()
c.increment()
print(c.count)
c.increment(by: 10)
print(c.count)
c.reset()
print(c.count)

struct Position {
    var x = 0.0
    var y = 0.0

    mutating func moveBy(dx: Double, dy: Double) {
        x += dx
        y += dy
    }

    mutating func jumpHome() {
        self = Position()
    }
}

var pos = Position()
pos.moveBy(dx: 1.5, dy: -2)
pos.moveBy(dx: 0.25, dy: 0.5)
print(pos.x, pos.y)
pos.jumpHome()
print(pos.x, pos.y)
