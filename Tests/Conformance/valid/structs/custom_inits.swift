struct Celsius {
    var degrees: Double

    init(degrees: Double) {
        self.degrees = degrees
    }

    init(fahrenheit: Double) {
        degrees = (fahrenheit - 32) / 1.8
    }

    init(kelvin: Double) {
        self.init(degrees: kelvin - 273.15)
    }
}

let boiling = Celsius(fahrenheit: 212)
let freezing = Celsius(kelvin: 273.15)
let room = Celsius(degrees: 21.5)
print(boiling.degrees)
print(freezing.degrees)
print(room.degrees)

struct Rect {
    var width: Int
    var height: Int

    init(square side: Int) {
        width = side
        height = side
    }

    init(_ w: Int, _ h: Int) {
        width = w
        height = h
    }
}

let sq = Rect(square: 7)
let r = Rect(3, 8)
print(sq.width * sq.height)
print(r.width, r.height)
