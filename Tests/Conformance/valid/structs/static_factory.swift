struct Matrix2 {
    var a: Double, b: Double, c: Double, d: Double

    static let identity = Matrix2(a: 1, b: 0, c: 0, d: 1)

    static func rotation90() -> Matrix2 {
        Matrix2(a: 0, b: -1, c: 1, d: 0)
    }

    static func scale(_ s: Double) -> Matrix2 {
        Matrix2(a: s, b: 0, c: 0, d: s)
    }

    func times(_ m: Matrix2) -> Matrix2 {
        Matrix2(a: a * m.a + b * m.c, b: a * m.b + b * m.d,
                c: c * m.a + d * m.c, d: c * m.b + d * m.d)
    }

    var determinant: Double { a * d - b * c }
}

let r = Matrix2.rotation90()
let r2 = r.times(r)
print(r2.a, r2.b, r2.c, r2.d)
print(Matrix2.identity.determinant)
print(Matrix2.scale(3).determinant)
let m = Matrix2.scale(2).times(.rotation90())
print(m.a, m.b, m.c, m.d)
