protocol Shape {
    func draw() -> String
}

struct Line: Shape {
    let length: Int
    func draw() -> String { String(repeating: "-", count: length) }
}

struct Framed<S: Shape>: Shape {
    let inner: S
    func draw() -> String { "[" + inner.draw() + "]" }
}

func makeShape(_ n: Int) -> some Shape {
    Framed(inner: Framed(inner: Line(length: n)))
}

func describe(_ s: some Shape) -> String {
    "shape: " + s.draw()
}

print(makeShape(3).draw())
print(describe(Line(length: 5)))
print(describe(makeShape(1)))
