struct Rectangle {
    var width: Double
    var height: Double
    var area: Double { width * height }
    var perimeter: Double { 2 * (width + height) }
    func scaled(by f: Double) -> Rectangle {
        Rectangle(width: width * f, height: height * f)
    }
    func fits(in other: Rectangle) -> Bool {
        width <= other.width && height <= other.height
    }
    static func square(_ side: Double) -> Rectangle {
        Rectangle(width: side, height: side)
    }
}
let r = Rectangle(width: 3, height: 4.5)
print(r.area, r.perimeter)
print(r.scaled(by: 2))
print(r.fits(in: .square(5)), r.fits(in: .square(4)))
print(Rectangle.square(2.5).area)
