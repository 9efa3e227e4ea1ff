struct Distance {
    var meters: Double

    init(meters: Double) {
        self.meters = meters
    }

    init(kilometers: Double) {
        meters = kilometers * 1000
    }

    init(miles: Double) {
        self.init(meters: miles * 1609.344)
    }
}

let run = Distance(kilometers: 5)
let mile = Distance(miles: 1)
let pool = Distance(meters: 50)
print(run.meters)
print(mile.meters)
print(pool.meters)

struct Frame {
    var width: Int
    var height: Int

    init(side: Int) {
        width = side
        height = side
    }

    init(_ w: Int, by h: Int) {
        width = w
        height = h
    }
}

let square = Frame(side: 6)
let poster = Frame(40, by: 60)
print(square.width * square.height)
print(poster.width, poster.height)
